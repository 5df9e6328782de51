extension Series: CustomStringConvertible {
    /// What `print(series)` shows in pandas (object strings), with the seed's 60-row truncation.
    public var description: String { formatted(.seed) }

    /// pandas' `Series.__repr__` under `options`: index and values three spaces apart, a
    /// centred `...` line when rows are cut, and the `Name: …, Length: …, dtype: …` footer.
    public func formatted(_ options: TableDisplayOptions) -> String {
        var footerParts = [String]()
        if let name { footerParts.append("Name: " + TableCells.escaped(name)) }
        let limit = options.shownRows(of: count)
        if limit != nil { footerParts.append("Length: \(count)") }
        footerParts.append("dtype: \(dtypeName)")
        let footer = footerParts.joined(separator: ", ")
        if count == 0 { return "Series([], \(footer))" }

        var shown = self
        var dotsAfter: Int?
        if let limit {
            if limit == 1 {
                shown = self[positions: [0]]
                dotsAfter = 1
            } else {
                let half = limit / 2
                shown = self[positions: Array(0..<half) + Array((count - half)..<count)]
                dotsAfter = half
            }
        }
        var labels = shown.index.map(String.init)
        var (cells, _) = TableCells.fixedWidth(TableCells.cells(shown.values), maxWidth: options.maxColumnWidth)
        if let row = dotsAfter {
            let width = cells[row - 1].pythonLength
            cells.insert((width > 3 ? "..." : "..").pythonCenter(width), at: row)
            labels.insert("", at: row)
        }
        return TableCells.adjoin(3, [labels, cells]) + "\n" + footer
    }
}
