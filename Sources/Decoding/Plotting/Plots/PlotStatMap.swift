extension Plotting {
    /// Draws a signed statistical map (t-values, classifier weights…) over an anatomy, as
    /// nilearn's `plot_stat_map`.
    ///
    /// Colours of a two-signed map are symmetric around 0: `-vmax` and `+vmax` (default: the
    /// largest |value|) take the colormap's two ends, 0 its middle; a one-signed map (F-scores)
    /// spans the colormap over its own range, as nilearn's `symmetric_cbar="auto"` does (see
    /// ``colorRange(lo:hi:vmax:)``). Voxels with |v| ≤ `threshold` are transparent.
    /// The map is resampled linearly in world space onto the background's cut, over voxels above
    /// threshold only, so its blobs neither shrink nor grow a halo of near-zero colour. The
    /// colorbar spans the colour range (from 0 for a one-signed map). Cuts go
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
        guard max(abs(lo), abs(hi)) > 0 else { throw PlottingError.allZeroStatMap }
        let range = colorRange(lo: lo, hi: hi, vmax: vmax)
        let scale = ColorbarSpec(colormap: cmap, bar: range.bar, norm: range.norm, threshold: threshold, alpha: Float(alpha))
        let cut = threshold ?? 0
        let shown: @Sendable (Float) -> Bool = { $0.isFinite && abs(Double($0)) > cut }
        let overlay = try SliceOverlay(stat, scale: scale, interpolation: interpolation.sampler, shown: shown,
                                       resamplesShownOnly: true, flatPosition: 1, activationThreshold: threshold)
        let options = SliceFigureOptions(
            kind: "plot_stat_map", title: title, displayMode: displayMode, cutCoords: cutCoords, colorbar: colorbar,
            annotate: annotate, drawCross: drawCross, blackBg: blackBg, dim: dim, size: size, dpi: dpi)
        return try drawSlices(options, overlay: overlay, background: bgImg)
    }

    /// nilearn's `get_colorbar_and_data_ranges` with `symmetric_cbar="auto"`: a two-signed map
    /// spans ±vmax (default: the largest |value|) with 0 in the colormap's middle; a one-signed
    /// map spans its own range (up to `vmax`), and its colorbar starts at 0.
    static func colorRange(lo: Double, hi: Double, vmax: Double?)
        -> (norm: ClosedRange<Double>, bar: ClosedRange<Double>) {
        if lo < 0 && 0 < min(hi, vmax ?? hi) {
            let top = vmax ?? max(-lo, hi)
            return (-top...top, -top...top)
        }
        if lo >= 0 {
            let top = max(lo, vmax ?? hi)
            return (lo...top, 0...top)
        }
        return (lo...max(lo, vmax ?? hi), lo...0)
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
