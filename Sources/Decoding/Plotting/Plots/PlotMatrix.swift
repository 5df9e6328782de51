extension Plotting {
    /// Draws a matrix as a heat map with row/column labels, as nilearn's `plot_matrix` — for a
    /// confusion matrix or a correlation matrix. Cells are coloured from `vmin` to `vmax`
    /// (default: the matrix's finite range); column labels are turned 50°, row labels 10°.
    /// - Throws: ``PlottingError/notAMatrix(shape:)`` unless the array is 2-D and non-empty,
    ///   ``PlottingError/labelCount(expected:got:)`` unless `labels` is empty or has one label
    ///   per row and per column.
    public static func plotMatrix<T: MatrixPlotValue>(
        _ matrix: NDArray<T>, labels: [String], title: String? = nil, cmap: Colormap = .rdBuR,
        vmin: Double? = nil, vmax: Double? = nil, colorbar: Bool = true, size: FigureSize? = nil, dpi: Double = 100
    ) throws -> Figure {
        let values = matrix.storage.map(\.plotValue), shape = matrix.shape
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

/// A number ``Plotting/plotMatrix(_:labels:title:cmap:vmin:vmax:colorbar:size:dpi:)`` can
/// colour — counts of a confusion matrix or floats of a correlation matrix — read as a double.
public protocol MatrixPlotValue {
    /// The value the colormap is applied to.
    var plotValue: Double { get }
}

extension MatrixPlotValue where Self: BinaryInteger {
    /// The integer as a double (exact below 2⁵³).
    public var plotValue: Double { Double(self) }
}

extension MatrixPlotValue where Self: BinaryFloatingPoint {
    /// The float as a double (exact for Float and Double).
    public var plotValue: Double { Double(self) }
}

extension Int: MatrixPlotValue {}
extension Int32: MatrixPlotValue {}
extension Int64: MatrixPlotValue {}
extension Float: MatrixPlotValue {}
extension Double: MatrixPlotValue {}
