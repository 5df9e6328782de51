/// A small table of named, typed columns sharing one row index: the part of pandas'
/// `DataFrame` the tutorials use to hold behavioural labels (`labels`, `chunks`).
public struct DataFrame: RowSelectable, Hashable, Sendable {
    /// The column names, in file order (pandas' `df.columns`).
    public let columnNames: [String]
    /// The columns' values, in the order of ``columnNames``.
    public let columns: [TableColumn]
    /// Row labels (pandas' index); `0..<n` for a freshly read table.
    public let index: [Int]

    /// A table of these columns in this order, with `index` as row labels (`0..<n` if nil).
    ///
    /// - Precondition: names are as many as columns, and all columns (and the index) have one length.
    public init(columns named: [(name: String, values: TableColumn)], index: [Int]? = nil) {
        let rows = named.first?.values.count ?? (index?.count ?? 0)
        precondition(named.allSatisfy { $0.values.count == rows }, "columns of different lengths")
        let index = index ?? Array(0..<rows)
        precondition(index.count == rows, "index of \(index.count) labels for \(rows) rows")
        self.columnNames = named.map(\.name)
        self.columns = named.map(\.values)
        self.index = index
    }

    /// Number of rows (pandas' `len(df)`).
    public var count: Int { index.count }
    /// `(rows, columns)`, as pandas' `df.shape`.
    public var shape: Shape { [count, columns.count] }

    /// One column as a ``Series`` carrying this frame's index.
    public subscript(name: String) -> Series {
        get throws(TableError) {
            guard let position = columnNames.firstIndex(of: name) else {
                throw .missingColumn(name: name, present: columnNames)
            }
            return Series(name: name, values: columns[position], index: index)
        }
    }

    /// Rows at integer positions (pandas' `iloc`), keeping their index labels.
    public subscript(positions positions: [Int]) -> DataFrame {
        DataFrame(
            columns: zip(columnNames, columns).map { ($0, $1.selecting(positions)) },
            index: positions.map { index[$0] })
    }
}
