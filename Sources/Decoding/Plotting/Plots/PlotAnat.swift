extension Plotting {
    /// Draws an anatomical image alone, dimmed grey as nilearn's `plot_anat`; cuts go through
    /// its brightest large structure unless `cutCoords` are given.
    public static func plotAnat(
        _ anat: some PlottableImage, title: String? = nil, displayMode: DisplayMode = .ortho,
        cutCoords: CutCoords? = nil, annotate: Bool = true, drawCross: Bool = true, blackBg: Bool? = nil,
        dim: Double = 0.8, size: FigureSize? = nil, dpi: Double = 100
    ) throws -> Figure {
        let options = SliceFigureOptions(
            kind: "plot_anat", title: title, displayMode: displayMode, cutCoords: cutCoords, colorbar: false,
            annotate: annotate, drawCross: drawCross, blackBg: blackBg, dim: dim, size: size, dpi: dpi)
        return try drawSlices(options, overlay: nil, background: anat)
    }
}
