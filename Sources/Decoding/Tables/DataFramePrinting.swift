extension DataFrame: CustomStringConvertible {
    /// What `print(df)` shows in pandas (object strings), with the seed's 60-row truncation.
    public var description: String { formatted(.seed) }

    /// pandas' `DataFrame.__repr__` under `options`: right-aligned columns two spaces apart,
    /// the index left-aligned, a `...` row and the dimensions line when rows are cut.
    public func formatted(_ options: TableDisplayOptions) -> String {
        if count == 0 || columns.isEmpty {
            return "Empty DataFrame\nColumns: [" + columnNames.joined(separator: ", ") + "]\nIndex: ["
                + index.map(String.init).joined(separator: ", ") + "]"
        }
        var dotsAfter: Int?
        var shown = self
        if let limit = options.shownRows(of: count) {
            let half = limit / 2
            if half >= 1 {
                shown = self[positions: Array(0..<half) + Array((count - half)..<count)]
                dotsAfter = half
            } else {
                shown = self[positions: Array(0..<limit)]
                dotsAfter = limit
            }
        }
        var dotColumn: Int?
        if options.maxColumns > 0, columns.count > options.maxColumns {
            let half = options.maxColumns / 2
            let kept = half >= 1
                ? Array(0..<half) + Array((columns.count - half)..<columns.count) : Array(0..<options.maxColumns)
            shown = DataFrame(columns: kept.map { (shown.columnNames[$0], shown.columns[$0]) }, index: shown.index)
            dotColumn = (half >= 1 ? half : options.maxColumns) + 1
        }
        // Index column: header "" then labels, left-justified.
        let labels = shown.index.map(String.init)
        let indexWidth = labels.map(\.pythonLength).max() ?? 0
        var strcols = [([""] + labels).map { $0.pythonLjust(indexWidth) }]
        for (position, (name, column)) in zip(shown.columnNames, shown.columns).enumerated() {
            // pandas decides the header's leading space from the dtype at the same *position*
            // of the untruncated frame, which differs once columns are cut; kept for fidelity.
            let header = (columns[position].isNumeric ? " " : "") + TableCells.escaped(name)
            let (cells, width) = TableCells.fixedWidth(
                TableCells.cells(column), minimum: header.pythonLength, maxWidth: options.maxColumnWidth)
            strcols.append([header.pythonRjust(max(width, header.pythonLength))] + cells)
        }
        if let dotColumn {
            strcols.insert(Array(repeating: " ...", count: strcols[0].count), at: dotColumn)
        }
        if let row = dotsAfter {
            for i in strcols.indices {
                let isDotColumn = i == dotColumn
                let width = isDotColumn ? 4 : strcols[i][row].pythonLength
                let dots = width > 3 || isDotColumn ? "..." : ".."
                strcols[i].insert(i == 0 ? dots.pythonLjust(width) : dots.pythonRjust(width), at: row + 1)
            }
        }
        var text = Self.joinMultiline(strcols, lineWidth: options.lineWidth)
        if dotsAfter != nil || dotColumn != nil { text += "\n\n[\(count) rows x \(columns.count) columns]" }
        return text
    }

    /// pandas' `_join_multiline`: columns that do not fit in `lineWidth` go to further blocks,
    /// each repeating the index, lines of a continued block ending in ` \`.
    private static func joinMultiline(_ strcols: [[String]], lineWidth: Int) -> String {
        var columns = strcols
        let index = columns.removeFirst()
        let available = lineWidth - ((index.map(\.pythonLength).max() ?? 0) + 1)
        let widths = columns.map { $0.map(\.pythonLength).max() ?? 0 }
        let bins = binify(widths, lineWidth: available)
        var blocks = [String]()
        var start = 0
        for (i, end) in bins.enumerated() {
            var row = [index] + columns[start..<end]
            if bins.count > 1 {
                let rows = row.last!.count
                row.append(end <= columns.count && i < bins.count - 1
                    ? [" \\"] + Array(repeating: "  ", count: rows - 1)
                    : Array(repeating: " ", count: rows))
            }
            blocks.append(TableCells.adjoin(1, row))
            start = end
        }
        return blocks.joined(separator: "\n\n")
    }

    private static func binify(_ widths: [Int], lineWidth: Int) -> [Int] {
        var bins = [Int]()
        var current = 0
        for (i, w) in widths.enumerated() {
            let adjoined = w + 1
            current += adjoined
            let wrap = i > 0 && (i == widths.count - 1 ? current + 1 > lineWidth : current + 2 > lineWidth)
            if wrap {
                bins.append(i)
                current = adjoined
            }
        }
        bins.append(widths.count)
        return bins
    }
}
