// Comparisons of numbers through the element loops, with broadcasting: `p .> 10`,
// `x .== x.max(axis: 1, keepDims: true)`. (Comparison.swift covers any Comparable element,
// same shapes only.)

extension NDArray where Element: NumericElement {
    static func compared(_ a: NDArray, _ b: NDArray, _ op: ComparisonOperator) -> NDArray<Bool> {
        broadcasting(a, b) { Element.compare(op, $0, $1, $2, $3, $4, $5) }
    }

    public static func .== (lhs: NDArray, rhs: NDArray) -> NDArray<Bool> { compared(lhs, rhs, .equal) }
    public static func .!= (lhs: NDArray, rhs: NDArray) -> NDArray<Bool> { compared(lhs, rhs, .notEqual) }
    public static func .< (lhs: NDArray, rhs: NDArray) -> NDArray<Bool> { compared(lhs, rhs, .less) }
    public static func .<= (lhs: NDArray, rhs: NDArray) -> NDArray<Bool> { compared(lhs, rhs, .lessOrEqual) }
    public static func .> (lhs: NDArray, rhs: NDArray) -> NDArray<Bool> { compared(lhs, rhs, .greater) }
    public static func .>= (lhs: NDArray, rhs: NDArray) -> NDArray<Bool> { compared(lhs, rhs, .greaterOrEqual) }
    public static func .== (lhs: NDArray, rhs: Element) -> NDArray<Bool> { compared(lhs, NDArray(scalar: rhs), .equal) }
    public static func .!= (lhs: NDArray, rhs: Element) -> NDArray<Bool> { compared(lhs, NDArray(scalar: rhs), .notEqual) }
    public static func .< (lhs: NDArray, rhs: Element) -> NDArray<Bool> { compared(lhs, NDArray(scalar: rhs), .less) }
    public static func .<= (lhs: NDArray, rhs: Element) -> NDArray<Bool> { compared(lhs, NDArray(scalar: rhs), .lessOrEqual) }
    public static func .> (lhs: NDArray, rhs: Element) -> NDArray<Bool> { compared(lhs, NDArray(scalar: rhs), .greater) }
    public static func .>= (lhs: NDArray, rhs: Element) -> NDArray<Bool> { compared(lhs, NDArray(scalar: rhs), .greaterOrEqual) }
}
