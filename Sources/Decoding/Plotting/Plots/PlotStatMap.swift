extension Plotting {
    /// Draws a signed statistical map (t-values, classifier weights…) over an anatomy, as
    /// nilearn's `plot_stat_map`.
    ///
    /// Colours are symmetric around 0: `-vmax` and `+vmax` (default: the largest |value|) take
    /// the colormap's two ends, 0 its middle; voxels with |v| ≤ `threshold` are transparent.
    /// The map is resampled linearly in world space onto the background's cut, over voxels above
    /// threshold only, so its blobs neither shrink nor grow a halo of near-zero colour. The
    /// colorbar spans ±vmax (only the half that is used when all values share a sign). Cuts go
    /// through the centre of the largest cluster of strong values unless `cutCoords` are given.
    ///
    /// The default `cmap` is `RdBu_r`, nilearn's default since 0.11 (`.coldHot` gives the
    /// older look).
    public static func plotStatMap(
        _ stat: Volume, bgImg: Volume? = nil, title: String? = nil, displayMode: DisplayMode = .ortho,
        cutCoords: CutCoords? = nil, threshold: Double? = 1e-6, vmax: Double? = nil, cmap: Colormap = .rdBuR,
        colorbar: Bool = true, alpha: Double = 1, annotate: Bool = true, drawCross: Bool = true,
        interpolation: Interpolation = .linear, dim: Double = 0.8, size: FigureSize? = nil, dpi: Double = 100
    ) throws -> Figure {
        let (lo, hi) = finiteRange(stat)
        let largest = max(abs(lo), abs(hi))
        guard largest > 0 else { throw PlottingError.allZeroStatMap }
        let top = vmax ?? largest
        let cut = threshold ?? 0
        let opacity = Float(alpha)
        let shows: @Sendable (Float) -> Bool = { $0.isFinite && abs(Double($0)) > cut }
        let bounds = try worldBounds(overlay: stat, shown: shows, background: bgImg)
        let overlay = SliceLayer(sampler: try VolumeSampler(stat), interpolation: interpolation.sampler,
                                 include: shows) { v in
            guard shows(v) else { return nil }
            return cmap((Double(v) + top) / (2 * top)).fading(opacity)
        }
        let layers = try (bgImg.map { [try anatomyLayer($0, dim: dim)] } ?? []) + [overlay]
        let cuts = try SliceScene.cuts(
            mode: displayMode, cutCoords: cutCoords,
            automatic: { CutCoordinates.strongestCluster(of: stat, activationThreshold: threshold) ?? SIMD3(0, 0, 0) },
            stacked: { stackedCuts($0, axis: $1, of: stat) })
        // nilearn's symmetric_cbar="auto": a one-signed map shows only its half of the scale.
        let barMin = lo >= 0 ? 0 : -top, barMax = hi <= 0 ? 0 : top
        let bar = colorbar
            ? ColorbarSpec(colormap: cmap, vmin: barMin, vmax: barMax, normMin: -top, normMax: top,
                           threshold: threshold, alpha: opacity)
            : nil
        var scene = SliceScene(layers: layers, mode: displayMode, cuts: cuts, bounds: bounds, title: title,
                               colorbar: bar, reservesColorbarSpace: colorbar, size: size)
        scene.showsAnnotations = annotate
        scene.showsCross = drawCross
        return try finish(scene, dpi: dpi, altText: "plot_stat_map" + (title.map { ": \($0)" } ?? ""))
    }

    /// How an overlay is read between voxel centres.
    public enum Interpolation: Sendable {
        /// Each pixel takes its nearest voxel: blocky, exact values (matplotlib's look).
        case nearest
        /// Trilinear between voxel centres: smooth.
        case linear

        var sampler: VolumeSampler.Interpolation { self == .nearest ? .nearest : .linear }
    }
}
