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
    /// older look). `blackBg` nil is nilearn's `"auto"`: black unless the background's border is
    /// light (black without a background); `dim` dims the background as nilearn's does.
    public static func plotStatMap(
        _ stat: some PlottableImage, bgImg: (any PlottableImage)? = nil, title: String? = nil,
        displayMode: DisplayMode = .ortho, cutCoords: CutCoords? = nil, threshold: Double? = 1e-6,
        vmax: Double? = nil, cmap: Colormap = .rdBuR, colorbar: Bool = true, alpha: Double = 1,
        annotate: Bool = true, drawCross: Bool = true, blackBg: Bool? = nil, interpolation: Interpolation = .linear,
        dim: Double = 0.8, size: FigureSize? = nil, dpi: Double = 100
    ) throws -> Figure {
        let stat = try stat.plottedVolume()
        let (lo, hi) = finiteRange(stat)
        let largest = max(abs(lo), abs(hi))
        guard largest > 0 else { throw PlottingError.allZeroStatMap }
        let top = vmax ?? largest
        let cut = threshold ?? 0
        let opacity = Float(alpha)
        let shown: @Sendable (Float) -> Bool = { $0.isFinite && abs(Double($0)) > cut }
        let layer = SliceLayer(sampler: try VolumeSampler(stat), interpolation: interpolation.sampler,
                               include: shown) { v in
            guard shown(v) else { return nil }
            return cmap((Double(v) + top) / (2 * top)).fading(opacity)
        }
        // nilearn's symmetric_cbar="auto": a one-signed map shows only its half of the scale.
        let barMin = lo >= 0 ? 0 : -top, barMax = hi <= 0 ? 0 : top
        let bar = colorbar
            ? ColorbarSpec(colormap: cmap, vmin: barMin, vmax: barMax, normMin: -top, normMax: top,
                           threshold: threshold, alpha: opacity)
            : nil
        let overlay = SliceOverlay(volume: stat, layer: layer, shown: shown, activationThreshold: threshold, colorbar: bar)
        let options = SliceFigureOptions(
            kind: "plot_stat_map", title: title, displayMode: displayMode, cutCoords: cutCoords, colorbar: colorbar,
            annotate: annotate, drawCross: drawCross, blackBg: blackBg, dim: dim, size: size, dpi: dpi)
        return try drawSlices(options, overlay: overlay, background: try bgImg?.plottedVolume())
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
