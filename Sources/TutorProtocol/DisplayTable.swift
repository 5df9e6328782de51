/// A table a step displayed (a `DataFrame` or `Series` it printed), as cells rather than
/// text, so pages and notebooks can show it as an HTML table the way Jupyter shows pandas
/// objects, while `text` — exactly what was printed — stays what `tutor check` compares.
///
/// It holds what the printed form shows, no more: the same rows (a long table keeps its
/// first and last rows around an elided middle) and the same cell texts.
public struct DisplayTable: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        case dataFrame, series
    }

    public struct Column: Codable, Sendable, Equatable {
        public var name: String
        /// Numbers align right in the page's table.
        public var isNumeric: Bool

        public init(name: String, isNumeric: Bool) {
            self.name = name
            self.isNumeric = isNumeric
        }
    }

    public var kind: Kind
    public var columns: [Column]
    /// The shown rows' index labels.
    public var index: [String]
    /// The shown cells, one array per row, one text per column.
    public var rows: [[String]]
    /// Rows were left out after this many shown rows (a `...` row goes there).
    public var rowsElidedAfter: Int?
    /// Columns were left out after this many shown columns (a `...` column goes there).
    public var columnsElidedAfter: Int?
    /// What pandas writes under the table: `1452 rows × 2 columns` for a cut frame,
    /// `Name: labels, Length: 1452, dtype: object` for a series.
    public var footer: String?
    /// The printed form, exactly (without `print`'s terminator).
    public var text: String

    public init(
        kind: Kind, columns: [Column], index: [String], rows: [[String]], rowsElidedAfter: Int? = nil,
        columnsElidedAfter: Int? = nil, footer: String? = nil, text: String
    ) {
        self.kind = kind
        self.columns = columns
        self.index = index
        self.rows = rows
        self.rowsElidedAfter = rowsElidedAfter
        self.columnsElidedAfter = columnsElidedAfter
        self.footer = footer
        self.text = text
    }
}

/// Something that prints as a table; the harness sends its `displayTable` when a step
/// prints it.
public protocol TableDisplayable {
    var displayTable: DisplayTable { get }
}
