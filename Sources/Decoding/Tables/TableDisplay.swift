import TutorProtocol

/// Tables as cells for the tutorial runner's pages (pandas' `_repr_html_`): the rows and
/// columns the printed form shows, each cell as pandas writes it, without the padding.
extension DataFrame: TableDisplayable {
    /// The table the runner shows as HTML when a step prints this frame, with the seed tutorial's display options.
    public var displayTable: DisplayTable { displayTable(.seed) }

    /// The frame's rows, columns and cells as `print` would truncate them under `options`.
    public func displayTable(_ options: TableDisplayOptions) -> DisplayTable {
        let (rows, rowsCut) = TableDisplayRows.positions(count: count, options: options)
        var kept = Array(columns.indices)
        var columnsCut: Int?
        if options.maxColumns > 0, columns.count > options.maxColumns {
            let half = options.maxColumns / 2
            kept = half >= 1 ? Array(0..<half) + Array((columns.count - half)..<columns.count) : Array(0..<options.maxColumns)
            columnsCut = half >= 1 ? half : options.maxColumns
        }
        let cells = kept.map { TableDisplayRows.cells(columns[$0].selecting(rows)) }
        let truncated = rowsCut != nil || columnsCut != nil
        return DisplayTable(
            kind: .dataFrame,
            columns: kept.map { DisplayTable.Column(name: TableCells.escaped(columnNames[$0]), isNumeric: columns[$0].isNumeric) },
            index: rows.map { String(index[$0]) },
            rows: rows.indices.map { r in cells.map { $0[r] } },
            rowsElidedAfter: rowsCut, columnsElidedAfter: columnsCut,
            footer: truncated ? "\(count) rows × \(columns.count) columns" : nil,
            text: formatted(options))
    }
}

extension Series: TableDisplayable {
    /// The table the runner shows as HTML when a step prints this series, with the seed tutorial's display options.
    public var displayTable: DisplayTable { displayTable(.seed) }

    /// The series' rows as `print` would truncate them under `options`.
    public func displayTable(_ options: TableDisplayOptions) -> DisplayTable {
        let text = formatted(options)
        let (rows, cut) = TableDisplayRows.positions(count: count, options: options)
        let cells = TableDisplayRows.cells(values.selecting(rows))
        return DisplayTable(
            kind: .series,
            columns: [DisplayTable.Column(name: name.map(TableCells.escaped) ?? "", isNumeric: values.isNumeric)],
            index: rows.map { String(index[$0]) },
            rows: cells.map { [$0] },
            rowsElidedAfter: cut,
            footer: text.split(separator: "\n").last.map(String.init),
            text: text)
    }
}

/// What both kinds share: which rows show, and their cells.
enum TableDisplayRows {
    /// The positions of the shown rows and, when rows are cut, how many come before the cut
    /// (the same rows the printed form shows).
    static func positions(count: Int, options: TableDisplayOptions) -> (rows: [Int], cutAfter: Int?) {
        guard let limit = options.shownRows(of: count) else { return (Array(0..<count), nil) }
        let half = limit / 2
        guard half >= 1 else { return (Array(0..<limit), limit) }
        return (Array(0..<half) + Array((count - half)..<count), half)
    }

    static func cells(_ column: TableColumn) -> [String] {
        TableCells.cells(column).map { String($0.drop { $0 == " " }) }
    }
}
