extension Plotting {
    /// Draws an anatomical image alone, dimmed grey as nilearn's `plot_anat`; cuts go through
    /// its brightest large structure unless `cutCoords` are given.
    public static func plotAnat(
        _ anat: Volume, title: String? = nil, displayMode: DisplayMode = .ortho, cutCoords: CutCoords? = nil,
        annotate: Bool = true, drawCross: Bool = true, dim: Double = 0.8, size: FigureSize? = nil, dpi: Double = 100
    ) throws -> Figure {
        let bounds = try worldBounds(overlay: nil, background: anat)
        let cuts = try SliceScene.cuts(
            mode: displayMode, cutCoords: cutCoords,
            automatic: { CutCoordinates.strongestCluster(of: anat) ?? SIMD3(0, 0, 0) },
            stacked: { stackedCuts($0, axis: $1, of: anat) })
        var scene = SliceScene(layers: [try anatomyLayer(anat, dim: dim)], mode: displayMode, cuts: cuts,
                               bounds: bounds, title: title, colorbar: nil, reservesColorbarSpace: false, size: size)
        scene.showsAnnotations = annotate
        scene.showsCross = drawCross
        return try finish(scene, dpi: dpi, altText: "plot_anat" + (title.map { ": \($0)" } ?? ""))
    }

    /// Draws any 3-D image with a colormap over an optional background, as nilearn's
    /// `plot_img`: values scaled from `vmin` to `vmax` (default: the image's range), values
    /// with |v| ≤ `threshold` transparent when a threshold is given.
    public static func plotImg(
        _ img: Volume, bgImg: Volume? = nil, title: String? = nil, displayMode: DisplayMode = .ortho,
        cutCoords: CutCoords? = nil, cmap: Colormap = .gray, threshold: Double? = nil, vmin: Double? = nil,
        vmax: Double? = nil, colorbar: Bool = false, alpha: Double = 1, annotate: Bool = true,
        drawCross: Bool = true, size: FigureSize? = nil, dpi: Double = 100
    ) throws -> Figure {
        let (lo, hi) = finiteRange(img)
        let bottom = vmin ?? lo, top = vmax ?? hi
        let span = top - bottom
        let opacity = Float(alpha)
        let shows: @Sendable (Float) -> Bool = { v in v.isFinite && threshold.map { abs(Double(v)) > $0 } ?? true }
        let bounds = try worldBounds(overlay: img, shown: shows, background: bgImg)
        let layer = SliceLayer(sampler: try VolumeSampler(img), interpolation: .linear,
                               include: threshold == nil ? nil : shows) { v in
            guard shows(v) else { return nil }
            return cmap(span > 0 ? (Double(v) - bottom) / span : 0).fading(opacity)
        }
        let layers = try (bgImg.map { [try anatomyLayer($0)] } ?? []) + [layer]
        let cuts = try SliceScene.cuts(
            mode: displayMode, cutCoords: cutCoords,
            automatic: { CutCoordinates.strongestCluster(of: img, activationThreshold: threshold) ?? SIMD3(0, 0, 0) },
            stacked: { stackedCuts($0, axis: $1, of: img) })
        let bar = colorbar && span > 0
            ? ColorbarSpec(colormap: cmap, vmin: bottom, vmax: top, normMin: bottom, normMax: top,
                           threshold: threshold, alpha: opacity)
            : nil
        var scene = SliceScene(layers: layers, mode: displayMode, cuts: cuts, bounds: bounds, title: title,
                               colorbar: bar, reservesColorbarSpace: colorbar, size: size)
        scene.showsAnnotations = annotate
        scene.showsCross = drawCross
        return try finish(scene, dpi: dpi, altText: "plot_img" + (title.map { ": \($0)" } ?? ""))
    }
}
