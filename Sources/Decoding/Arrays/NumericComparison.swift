// Comparisons of numbers through the element loops, with broadcasting: `p .> 10`,
// `x .== x.max(axis: 1, keepDims: true)`. (Comparison.swift covers any Comparable element,
// same shapes only.)

extension NDArray where Element: NumericElement {
    static func compared(_ a: NDArray, _ b: NDArray, _ op: ComparisonOperator) -> NDArray<Bool> {
        broadcasting(a, b) { Element.compare(op, $0, $1, $2, $3, $4, $5) }
    }

    /// numpy's `a == b` for numbers, broadcasting; any comparison with NaN is false except `!=`.
    public static func .== (lhs: NDArray, rhs: NDArray) -> NDArray<Bool> { compared(lhs, rhs, .equal) }
    /// numpy's `a != b` for numbers, broadcasting; any comparison with NaN is false except `!=`.
    public static func .!= (lhs: NDArray, rhs: NDArray) -> NDArray<Bool> { compared(lhs, rhs, .notEqual) }
    /// numpy's `a < b` for numbers, broadcasting; any comparison with NaN is false except `!=`.
    public static func .< (lhs: NDArray, rhs: NDArray) -> NDArray<Bool> { compared(lhs, rhs, .less) }
    /// numpy's `a <= b` for numbers, broadcasting; any comparison with NaN is false except `!=`.
    public static func .<= (lhs: NDArray, rhs: NDArray) -> NDArray<Bool> { compared(lhs, rhs, .lessOrEqual) }
    /// numpy's `a > b` for numbers, broadcasting; any comparison with NaN is false except `!=`.
    public static func .> (lhs: NDArray, rhs: NDArray) -> NDArray<Bool> { compared(lhs, rhs, .greater) }
    /// numpy's `a >= b` for numbers, broadcasting; any comparison with NaN is false except `!=`.
    public static func .>= (lhs: NDArray, rhs: NDArray) -> NDArray<Bool> { compared(lhs, rhs, .greaterOrEqual) }
    /// numpy's `a == value` (`p .> 10` for `p > 10`), as a mask for indexing or `where`.
    public static func .== (lhs: NDArray, rhs: Element) -> NDArray<Bool> { compared(lhs, NDArray(scalar: rhs), .equal) }
    /// numpy's `a != value` (`p .> 10` for `p > 10`), as a mask for indexing or `where`.
    public static func .!= (lhs: NDArray, rhs: Element) -> NDArray<Bool> { compared(lhs, NDArray(scalar: rhs), .notEqual) }
    /// numpy's `a < value` (`p .> 10` for `p > 10`), as a mask for indexing or `where`.
    public static func .< (lhs: NDArray, rhs: Element) -> NDArray<Bool> { compared(lhs, NDArray(scalar: rhs), .less) }
    /// numpy's `a <= value` (`p .> 10` for `p > 10`), as a mask for indexing or `where`.
    public static func .<= (lhs: NDArray, rhs: Element) -> NDArray<Bool> { compared(lhs, NDArray(scalar: rhs), .lessOrEqual) }
    /// numpy's `a > value` (`p .> 10` for `p > 10`), as a mask for indexing or `where`.
    public static func .> (lhs: NDArray, rhs: Element) -> NDArray<Bool> { compared(lhs, NDArray(scalar: rhs), .greater) }
    /// numpy's `a >= value` (`p .> 10` for `p > 10`), as a mask for indexing or `where`.
    public static func .>= (lhs: NDArray, rhs: Element) -> NDArray<Bool> { compared(lhs, NDArray(scalar: rhs), .greaterOrEqual) }
}
