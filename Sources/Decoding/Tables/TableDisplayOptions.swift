/// pandas' display options that shape a printed table.
///
/// The default reproduces the seed tutorial's printouts: a table longer than 60 rows shows its
/// first and last 30 (pandas before 1.0, or any pandas with `display.min_rows = None`).
/// ``pandasDefault`` is pandas ≥ 1.0 out of the box, which shows 5 + 5 rows instead.
public struct TableDisplayOptions: Hashable, Sendable {
    /// `display.max_rows`: longer tables are truncated; 0 never truncates.
    public var maxRows: Int
    /// `display.min_rows`: rows shown once truncated; `nil` means `maxRows`.
    public var minRows: Int?
    /// `display.max_colwidth`: longer cells end in `...`.
    public var maxColumnWidth: Int
    /// `display.width`: a frame wider than this is printed in blocks of columns.
    public var lineWidth: Int
    /// `display.max_columns` (outside a terminal): more columns are cut to the first and last
    /// halves around a `...` column; 0 never cuts.
    public var maxColumns: Int

    /// pandas' option values; the defaults are the seed tutorial's (see above).
    public init(maxRows: Int = 60, minRows: Int? = nil, maxColumnWidth: Int = 50, lineWidth: Int = 80,
                maxColumns: Int = 20) {
        self.maxRows = maxRows
        self.minRows = minRows
        self.maxColumnWidth = maxColumnWidth
        self.lineWidth = lineWidth
        self.maxColumns = maxColumns
    }

    /// The seed tutorial's printouts: 60 rows, then the first and last 30.
    public static let seed = TableDisplayOptions()
    /// pandas ≥ 1.0 out of the box: past 60 rows, the first and last 5.
    public static let pandasDefault = TableDisplayOptions(minRows: 10)

    /// Rows shown when a table of `rows` rows is truncated, or `nil` when it is shown whole.
    func shownRows(of rows: Int) -> Int? {
        guard maxRows > 0, rows > maxRows else { return nil }
        if let minRows, minRows > 0 { return min(minRows, maxRows) }
        return maxRows
    }
}
