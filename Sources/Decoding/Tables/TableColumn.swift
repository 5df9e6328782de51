/// The typed values of one table column, in row order. The three kinds are what a delimited
/// text file can hold once parsed the way pandas' `read_csv` infers them.
public enum TableColumn: Hashable, Sendable {
    /// Text values (pandas' `object` dtype).
    case strings([String])
    /// Integer values (pandas' `int64`): every field of the column parsed as an integer.
    case ints([Int])
    /// Floating-point values; a missing field reads as `nan`, as in pandas.
    case doubles([Double])

    /// The number of values.
    public var count: Int {
        switch self {
        case .strings(let v): v.count
        case .ints(let v): v.count
        case .doubles(let v): v.count
        }
    }

    /// The pandas dtype name shown in a Series footer: strings are numpy `object` columns.
    public var dtypeName: String {
        switch self {
        case .strings: "object"
        case .ints: "int64"
        case .doubles: "float64"
        }
    }

    /// Whether the column holds numbers (ints or doubles), as pandas' numeric dtypes.
    public var isNumeric: Bool {
        if case .strings = self { return false }
        return true
    }

    /// The rows at `positions`, in that order.
    func selecting(_ positions: [Int]) -> TableColumn {
        switch self {
        case .strings(let v): .strings(positions.map { v[$0] })
        case .ints(let v): .ints(positions.map { v[$0] })
        case .doubles(let v): .doubles(positions.map { v[$0] })
        }
    }

    /// Each value as text, for membership tests against labels.
    var texts: [String] {
        switch self {
        case .strings(let v): v
        case .ints(let v): v.map(String.init)
        case .doubles(let v): v.map { String($0) }
        }
    }
}

extension TableColumn: CustomStringConvertible {
    /// The column as numpy prints `series.values`: `['rest' 'rest' ... 'rest']`.
    public var description: String {
        switch self {
        case .strings(let v): NDArray(v).description
        case .ints(let v): NDArray(v).description
        case .doubles(let v): NDArray(v).description
        }
    }
}
