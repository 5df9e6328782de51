extension Plotting {
    /// Draws a matrix as a heat map with row/column labels, as nilearn's `plot_matrix` — for a
    /// confusion matrix or a correlation matrix. Cells are coloured from `vmin` to `vmax`
    /// (default: the matrix's range); column labels are turned 50°, row labels 10°.
    public static func plotMatrix<T: BinaryInteger>(
        _ matrix: NDArray<T>, labels: [String], title: String? = nil, cmap: Colormap = .rdBuR,
        vmin: Double? = nil, vmax: Double? = nil, colorbar: Bool = true, size: FigureSize? = nil, dpi: Double = 100
    ) throws -> Figure {
        try plotMatrix(values: matrix.storage.map { Double($0) }, shape: matrix.shape, labels: labels, title: title,
                       cmap: cmap, vmin: vmin, vmax: vmax, colorbar: colorbar, size: size, dpi: dpi)
    }

    public static func plotMatrix<T: BinaryFloatingPoint>(
        _ matrix: NDArray<T>, labels: [String], title: String? = nil, cmap: Colormap = .rdBuR,
        vmin: Double? = nil, vmax: Double? = nil, colorbar: Bool = true, size: FigureSize? = nil, dpi: Double = 100
    ) throws -> Figure {
        try plotMatrix(values: matrix.storage.map { Double($0) }, shape: matrix.shape, labels: labels, title: title,
                       cmap: cmap, vmin: vmin, vmax: vmax, colorbar: colorbar, size: size, dpi: dpi)
    }

    private static func plotMatrix(
        values: [Double], shape: Shape, labels: [String], title: String?, cmap: Colormap, vmin: Double?,
        vmax: Double?, colorbar: Bool, size: FigureSize?, dpi: Double
    ) throws -> Figure {
        guard shape.count == 2, shape[0] > 0, shape[1] > 0 else { throw PlottingError.notAMatrix(shape: shape.description) }
        if !labels.isEmpty && (labels.count != shape[0] || labels.count != shape[1]) {
            throw PlottingError.labelCount(expected: shape[0] == shape[1] ? shape[0] : max(shape[0], shape[1]),
                                           got: labels.count)
        }
        let finite = values.filter(\.isFinite)
        let scene = MatrixScene(values: values, rows: shape[0], columns: shape[1], labels: labels, title: title,
                                colormap: cmap, vmin: vmin ?? finite.min() ?? 0, vmax: vmax ?? finite.max() ?? 1,
                                colorbar: colorbar, size: size ?? .inches(width: 7, height: 5))
        return try finish("plot_matrix" + (title.map { ": \($0)" } ?? ""), dpi: dpi) { (try scene.render(dpi: $0), []) }
    }
}
