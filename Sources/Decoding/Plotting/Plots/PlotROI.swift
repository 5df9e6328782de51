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
        _ roi: Volume, bgImg: Volume? = nil, cmap: Colormap = .paired, displayMode: DisplayMode = .ortho,
        cutCoords: CutCoords? = nil, title: String? = nil, threshold: Double = 0.5, alpha: Double = 0.7,
        colorbar: Bool = true, annotate: Bool = true, drawCross: Bool = true, dim: Double = 0.8,
        size: FigureSize? = nil, dpi: Double = 100
    ) throws -> Figure {
        let bounds = try worldBounds(overlay: roi, shown: { $0.isFinite && abs(Double($0)) > threshold },
                                     background: bgImg)
        let shown = roi.values.filter { $0.isFinite && abs(Double($0)) > threshold }
        let vmin = Double(shown.min() ?? 0), vmax = Double(shown.max() ?? 0)
        let span = vmax - vmin
        let opacity = Float(alpha)
        let overlay = SliceLayer(sampler: try VolumeSampler(roi), interpolation: .nearest, include: nil) { v in
            guard v.isFinite, abs(Double(v)) > threshold else { return nil }
            return cmap(span > 0 ? (Double(v) - vmin) / span : 0).fading(opacity)
        }
        let layers = try (bgImg.map { [try anatomyLayer($0, dim: dim)] } ?? []) + [overlay]
        let cuts = try SliceScene.cuts(
            mode: displayMode, cutCoords: cutCoords,
            automatic: {
                CutCoordinates.strongestCluster(of: roi, activationThreshold: threshold)
                    ?? bgImg.flatMap { CutCoordinates.strongestCluster(of: $0) } ?? SIMD3(0, 0, 0)
            },
            stacked: { stackedCuts($0, axis: $1, of: roi) })
        let bar = colorbar && span > 0
            ? ColorbarSpec(colormap: cmap, vmin: vmin, vmax: vmax, normMin: vmin, normMax: vmax, threshold: nil, alpha: opacity)
            : nil
        var scene = SliceScene(layers: layers, mode: displayMode, cuts: cuts, bounds: bounds, title: title,
                               colorbar: bar, reservesColorbarSpace: colorbar, size: size)
        scene.showsAnnotations = annotate
        scene.showsCross = drawCross
        return try finish(scene, dpi: dpi, altText: "plot_roi" + (title.map { ": \($0)" } ?? ""))
    }
}
