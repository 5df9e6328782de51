extension Plotting {
    /// Draws any 3-D image with a colormap over an optional background, as nilearn's
    /// `plot_img`: values scaled from `vmin` to `vmax` (default: the image's range), values
    /// with |v| ≤ `threshold` transparent when a threshold is given (and shown in the brain's
    /// grey on the colorbar). The background is grey over its own range, dimmed by `dim`
    /// (default 0: nilearn's `plot_img` does not dim); the figure is white unless `blackBg`; the
    /// image is read nearest-neighbour unless `interpolation` says otherwise (nilearn's default).
    ///
    /// nilearn's searchlight example: `plotImg(scoresImg, bgImg: meanFmri, title: "Searchlight
    /// scores image", displayMode: .z, cutCoords: [-9], cmap: .inferno, threshold: 0.2,
    /// vmin: 0.2, vmax: 0.9, blackBg: true)`.
    public static func plotImg(
        _ img: some PlottableImage, bgImg: (any PlottableImage)? = nil, title: String? = nil,
        displayMode: DisplayMode = .ortho, cutCoords: CutCoords? = nil, cmap: Colormap = .gray,
        threshold: Double? = nil, vmin: Double? = nil, vmax: Double? = nil, colorbar: Bool = true, alpha: Double = 1,
        annotate: Bool = true, drawCross: Bool = true, blackBg: Bool = false, interpolation: Interpolation = .nearest,
        dim: Double = 0, size: FigureSize? = nil, dpi: Double = 100
    ) throws -> Figure {
        let img = try img.plottedVolume()
        let (lo, hi) = finiteRange(img)
        let bottom = vmin ?? lo, top = vmax ?? hi
        guard bottom <= top else { throw PlottingError.invalidColorRange(vmin: bottom, vmax: top) }
        let scale = ColorbarSpec(colormap: cmap, bar: bottom...top, threshold: threshold, alpha: Float(alpha))
        let shown: @Sendable (Float) -> Bool = { v in v.isFinite && threshold.map { abs(Double(v)) > $0 } ?? true }
        let overlay = try SliceOverlay(img, scale: scale, interpolation: interpolation.sampler, shown: shown,
                                       resamplesShownOnly: threshold != nil, activationThreshold: threshold)
        let options = SliceFigureOptions(
            kind: "plot_img", title: title, displayMode: displayMode, cutCoords: cutCoords, colorbar: colorbar,
            annotate: annotate, drawCross: drawCross, blackBg: blackBg, dim: dim, size: size, dpi: dpi)
        return try drawSlices(options, overlay: overlay, background: bgImg)
    }
}
