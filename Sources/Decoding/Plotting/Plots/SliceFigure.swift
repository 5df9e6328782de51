/// What every brain figure shares — the keyword arguments nilearn's `plot_anat`, `plot_roi`,
/// `plot_stat_map` and `plot_img` have in common — gathered once so that the four plots go
/// through one layout-and-finish path (``Plotting/drawSlices(_:overlay:background:)``).
struct SliceFigureOptions: Sendable {
    /// nilearn's function name (`"plot_roi"`), the start of the figure's alt text.
    var kind: String
    var title: String?
    var displayMode: DisplayMode
    var cutCoords: CutCoords?
    /// Whether the figure keeps room for a colorbar (drawn when the overlay has a scale).
    var colorbar: Bool
    var annotate: Bool
    var drawCross: Bool
    /// nil: nilearn's `black_bg="auto"` (dark unless the background image's border is light).
    var blackBg: Bool?
    /// Dimming of the background image (see ``Plotting/anatomyLayer(_:range:dim:blackBackground:colormap:)``).
    var dim: Double
    var size: FigureSize?
    var dpi: Double

    /// The figure's alt text: the kind, then the title when there is one.
    var altText: String { kind + (title.map { ": \($0)" } ?? "") }
}

/// The image drawn in colour over the background, and what the figure takes from it.
struct SliceOverlay: Sendable {
    let volume: Volume
    let layer: SliceLayer
    /// Voxels that are drawn: the axes grow to fit them.
    let shown: @Sendable (Float) -> Bool
    /// Voxel index box of the voxels `shown` accepts (nil: none).
    let shownVoxels: (lo: SIMD3<Int>, hi: SIMD3<Int>)?
    /// Threshold for the automatic cut (nilearn's `find_xyz_cut_coords(activation_threshold)`).
    let activationThreshold: Double?
    /// The overlay's colour scale, shown when the figure has a colorbar and the scale a span.
    let scale: ColorbarSpec
}

extension SliceOverlay {
    /// `volume` coloured by `scale`: the colormap spread over the scale's `norm` range at its
    /// opacity (`flatPosition` of the colormap when that range is empty), voxels failing
    /// `shown` transparent. With `resamplesShownOnly`, linear interpolation reads only shown
    /// voxels, so blobs neither shrink nor grow a halo of near-zero colour.
    init(_ volume: Volume, scale: ColorbarSpec, interpolation: VolumeSampler.Interpolation,
         shown: @escaping @Sendable (Float) -> Bool, resamplesShownOnly: Bool, flatPosition: Double = 0,
         activationThreshold: Double?) throws {
        var layer = SliceLayer(sampler: try VolumeSampler(volume), interpolation: interpolation,
                               include: resamplesShownOnly ? shown : nil) { v in
            guard shown(v) else { return nil }
            return scale.colormap(scale.position(of: Double(v), flat: flatPosition)).fading(scale.alpha)
        }
        // A value the colour shows comes from shown voxels only (nearest: one of them; linear:
        // an average of them, or of finite voxels when all are shown).
        let shownVoxels = Plotting.shownVoxels(volume, shown)
        layer.drawn = SliceLayer.reach(of: shownVoxels, volume.affine)
        self.init(volume: volume, layer: layer, shown: shown, shownVoxels: shownVoxels,
                  activationThreshold: activationThreshold, scale: scale)
    }
}

extension Plotting {
    /// The one path of the brain plots: world bounds, cuts (given, or through the overlay's
    /// strongest cluster, else the background's), layers, then ``finish(_:dpi:draw:)``.
    static func drawSlices(_ options: SliceFigureOptions, overlay: SliceOverlay?,
                           background: (any PlottableImage)?) throws -> Figure {
        let background = try background.map(plottedGrid)
        let bounds = try worldBounds(overlay: overlay, background: background)
        let black = options.blackBg ?? background?.1.darkBorder ?? true
        let backgroundLayer = try background.map { grid, summary in
            try anatomyLayer(grid, summary: summary, dim: options.dim, blackBackground: black)
        }
        // Cuts placed from the background read it as floats (widened once, only then).
        var widened: Volume?
        func backgroundVolume() -> Volume? {
            if widened == nil { widened = background?.0.volume }
            return widened
        }
        let cuts = try SliceScene.cuts(
            mode: options.displayMode, cutCoords: options.cutCoords,
            automatic: {
                overlay.flatMap {
                    CutCoordinates.strongestCluster(of: $0.volume, activationThreshold: $0.activationThreshold)
                } ?? backgroundVolume().flatMap { CutCoordinates.strongestCluster(of: $0) } ?? SIMD3(0, 0, 0)
            },
            stacked: { count, axis in
                (overlay?.volume ?? backgroundVolume()).map { stackedCuts(count, axis: axis, of: $0) } ?? []
            })
        let bar = overlay.flatMap { options.colorbar && $0.scale.bar.upperBound > $0.scale.bar.lowerBound ? $0.scale : nil }
        var scene = SliceScene(layers: [backgroundLayer, overlay?.layer].compactMap { $0 }, mode: options.displayMode,
                               cuts: cuts, bounds: bounds, title: options.title, colorbar: bar,
                               reservesColorbarSpace: options.colorbar, size: options.size)
        scene.showsAnnotations = options.annotate
        scene.showsCross = options.drawCross
        scene.blackBackground = black
        let drawn = scene
        return try finish(options.altText, dpi: options.dpi) { try drawn.render(dpi: $0) }
    }

    /// Draws a figure, reports it to the runner's capture hook and returns it: the last step
    /// of every plot and chart.
    static func finish(_ altText: String, dpi: Double,
                       draw: @escaping @Sendable (Double) throws -> (Canvas, [PanelGeometry])) throws -> Figure {
        let figure = try Figure(dpi: dpi, altText: altText, redraw: draw)
        FigureCapture.record(figure)
        return figure
    }
}
