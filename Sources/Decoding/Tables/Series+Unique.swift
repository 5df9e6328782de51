extension Series {
    /// pandas' `unique()` of a text column: the distinct values in order of first appearance.
    /// - Precondition: the column holds strings.
    public func unique() -> StringArray {
        var seen = Set<String>()
        return StringArray(strings.storage.filter { seen.insert($0).inserted })
    }
}

/// The array pandas 3 returns for the unique values of a text column, printed as pandas prints
/// it (`<StringArray>`, the values, `Length: n, dtype: str`).
public struct StringArray: RandomAccessCollection, Equatable, Sendable, CustomStringConvertible {
    /// The distinct values, in order of first appearance.
    public let values: [String]

    /// Wraps `values` as they are (no deduplication).
    public init(_ values: [String]) { self.values = values }

    /// 0: positions are those of ``values``.
    public var startIndex: Int { values.startIndex }
    /// The number of distinct values.
    public var endIndex: Int { values.endIndex }
    /// The distinct value at `position`, in order of first appearance.
    public subscript(position: Int) -> String { values[position] }

    /// pandas' repr: `<StringArray>`, the quoted values in brackets, then `Length: n, dtype: str`.
    public var description: String {
        let items = values.map(\.pythonRepr).joined(separator: ", ")
        return "<StringArray>\n[\(items)]\nLength: \(values.count), dtype: str"
    }
}
