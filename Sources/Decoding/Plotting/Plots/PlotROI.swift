extension Plotting {
    /// Draws a region of interest (a mask or a label image) over an anatomy, as nilearn's
    /// `plot_roi`: the ROI's voxels coloured by `cmap` at opacity `alpha`, values with
    /// |v| ≤ `threshold` transparent, cuts through the centre of the ROI's largest
    /// connected part unless `cutCoords` (world mm, displayed axes in x, y, z order) are given.
    ///
    /// The ROI is read nearest-neighbour in world space, so its edges stay on its own voxel
    /// grid whatever the background's resolution. A single-valued mask gets the colormap's
    /// first colour (`Paired`: light blue) and no colorbar; label images span the colormap.
    public static func plotROI(
        _ roi: some PlottableImage, bgImg: (any PlottableImage)? = nil, cmap: Colormap = .paired,
        displayMode: DisplayMode = .ortho, cutCoords: CutCoords? = nil, title: String? = nil, threshold: Double = 0.5,
        alpha: Double = 0.7, colorbar: Bool = true, annotate: Bool = true, drawCross: Bool = true,
        blackBg: Bool? = nil, dim: Double = 0.8, size: FigureSize? = nil, dpi: Double = 100
    ) throws -> Figure {
        let roi = try roi.plottedVolume()
        let shown: @Sendable (Float) -> Bool = { $0.isFinite && abs(Double($0)) > threshold }
        var lowest = Float.infinity, highest = -Float.infinity
        for v in roi.values where shown(v) {
            lowest = min(lowest, v)
            highest = max(highest, v)
        }
        let (vmin, vmax) = lowest <= highest ? (Double(lowest), Double(highest)) : (0, 0)
        let scale = ColorbarSpec(colormap: cmap, bar: vmin...vmax, threshold: nil, alpha: Float(alpha))
        let overlay = try SliceOverlay(roi, scale: scale, interpolation: .nearest, shown: shown,
                                       resamplesShownOnly: false, activationThreshold: threshold)
        let options = SliceFigureOptions(
            kind: "plot_roi", title: title, displayMode: displayMode, cutCoords: cutCoords, colorbar: colorbar,
            annotate: annotate, drawCross: drawCross, blackBg: blackBg, dim: dim, size: size, dpi: dpi)
        return try drawSlices(options, overlay: overlay, background: bgImg)
    }
}
