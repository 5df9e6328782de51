/// One named column with its row labels: pandas' `Series` as the tutorials use it
/// (`behavioral["labels"]`, `conditions[mask]`, `conditions.shape`).
///
/// The index keeps the labels of the rows it came from, so a selection prints
/// `21 face`, not `0 face`, exactly as pandas does.
public struct Series: RowSelectable, Hashable, Sendable {
    /// The column's name (pandas' `series.name`), shown in the printed footer; nil for none.
    public let name: String?
    /// Row labels (pandas' index), one per value.
    public let index: [Int]
    /// The typed values, in row order.
    public let values: TableColumn

    /// A column of `values` named `name`, with `index` as row labels (`0..<n` if nil).
    ///
    /// - Precondition: `index.count == values.count`.
    public init(name: String?, values: TableColumn, index: [Int]? = nil) {
        let index = index ?? Array(0..<values.count)
        precondition(index.count == values.count, "index of \(index.count) labels for \(values.count) values")
        self.name = name
        self.values = values
        self.index = index
    }

    /// The number of values (pandas' `len(series)`).
    public var count: Int { values.count }
    /// `(n,)`, as pandas' `series.shape`.
    public var shape: Shape { [count] }
    /// pandas' dtype name: `object`, `int64` or `float64`.
    public var dtypeName: String { values.dtypeName }

    /// The values of a string column.
    /// - Precondition: the column holds strings.
    public var strings: NDArray<String> {
        guard case .strings(let v) = values else { preconditionFailure("column \(name ?? "") holds \(dtypeName), not strings") }
        return NDArray(v)
    }

    /// The values of an integer column.
    /// - Precondition: the column holds integers.
    public var ints: NDArray<Int> {
        guard case .ints(let v) = values else { preconditionFailure("column \(name ?? "") holds \(dtypeName), not integers") }
        return NDArray(v)
    }

    /// The values of a numeric column as float64 (integers converted).
    /// - Precondition: the column is numeric.
    public var doubles: NDArray<Double> {
        switch values {
        case .doubles(let v): return NDArray(v)
        case .ints(let v): return NDArray(v.map(Double.init))
        case .strings: preconditionFailure("column \(name ?? "") holds strings, not numbers")
        }
    }

    /// pandas' `isin`: true where the value (as text) is one of `labels`.
    public func isIn(_ labels: [String]) -> [Bool] {
        let wanted = Set(labels)
        return values.texts.map { wanted.contains($0) }
    }

    /// pandas' `isin` for integer labels, e.g. run numbers.
    public func isIn(_ labels: [Int]) -> [Bool] {
        isIn(labels.map(String.init))
    }

    /// Element-wise equality with one label, as pandas' `series == "face"`.
    public static func .== (lhs: Series, rhs: String) -> NDArray<Bool> { NDArray(lhs.isIn([rhs])) }

    /// Element-wise equality with predicted labels, as numpy's `prediction == conditions`;
    /// `.sum()` of the result counts the matches.
    /// - Precondition: as many labels as values.
    public static func .== (lhs: Series, rhs: NDArray<String>) -> NDArray<Bool> {
        precondition(rhs.size == lhs.count, "cannot compare \(lhs.count) values with \(rhs.size) labels")
        return NDArray(Swift.zip(lhs.values.texts, rhs.storage).map { $0 == $1 })
    }

    /// The same comparison with the predicted labels on the left.
    public static func .== (lhs: NDArray<String>, rhs: Series) -> NDArray<Bool> { rhs .== lhs }

    /// Rows in a range of positions, as pandas' `series[:-30]` or `series[-30:]`
    /// (`series[positions: (series.count - 30)...]`), keeping their index labels.
    public subscript<R: RangeExpression<Int>>(positions range: R) -> Series {
        let r = range.relative(to: 0..<count)
        precondition(r.lowerBound >= 0 && r.upperBound <= count, "positions \(r) out of bounds for \(count) rows")
        return self[positions: Array(r)]
    }

    /// Rows at integer positions (pandas' `iloc`), keeping their index labels.
    public subscript(positions positions: [Int]) -> Series {
        Series(name: name, values: values.selecting(positions), index: positions.map { index[$0] })
    }
}
