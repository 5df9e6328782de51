/// Why a table could not be read or indexed; each case names the file, line or column at fault.
public enum TableError: Error, Equatable, CustomStringConvertible {
    /// The file at `path` could not be read (missing, unreadable, not UTF-8), with the reason.
    case unreadableFile(path: String, reason: String)
    /// The file holds no header line (pandas: "No columns to parse from file").
    case emptyFile(path: String)
    /// A data line with a different number of fields than the header (1-based line number).
    case raggedRow(path: String, line: Int, expected: Int, found: Int)
    /// A quoted field that never closes.
    case unterminatedQuote(path: String, line: Int)
    /// No column called `name`; `present` lists those there are.
    case missingColumn(name: String, present: [String])
    /// A row mask of `found` values was given for `expected` rows.
    case maskLength(expected: Int, found: Int)

    /// The table file and line, or the column or mask at fault, and what was expected.
    public var description: String {
        switch self {
        case .unreadableFile(let path, let reason):
            "cannot read table file \(path): \(reason)"
        case .emptyFile(let path):
            "table file \(path) is empty: no header line with column names"
        case .raggedRow(let path, let line, let expected, let found):
            "\(path), line \(line): expected \(expected) fields (as in the header), saw \(found)"
        case .unterminatedQuote(let path, let line):
            "\(path), line \(line): quoted field is not closed"
        case .missingColumn(let name, let present):
            "no column named '\(name)'; the columns are: " + present.map { "'\($0)'" }.joined(separator: ", ")
        case .maskLength(let expected, let found):
            "boolean mask of length \(found) does not match the \(expected) rows"
        }
    }
}
