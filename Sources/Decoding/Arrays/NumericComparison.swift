// Comparisons of numbers through the element loops, with broadcasting: `p .> 10`,
// `x .== x.max(axis: 1, keepDims: true)`. (Comparison.swift covers any Comparable element,
// same shapes only.)

extension NDArray where Element: NumericElement {
    static func compared(_ a: NDArray, _ b: NDArray, _ op: ComparisonOperator) -> NDArray<Bool> {
        let shape = orTrap { () throws(ShapeError) in try Shape.broadcast(a.shape, b.shape) }
        let layout = BroadcastLayout(shape: shape, operands: [a.shape, b.shape])
        let count = shape.elementCount
        let out = [Bool](unsafeUninitializedCapacity: count) { c, initialized in
            adviseHugePages(c)
            a.storage.withUnsafeBufferPointer { pa in
                b.storage.withUnsafeBufferPointer { pb in
                    layout.forEachRun { o, oa, ob, _ in
                        Element.compare(
                            op, pa.baseAddress! + oa, layout.runStrides[0], pb.baseAddress! + ob,
                            layout.runStrides[1], c.baseAddress! + o, layout.runLength)
                    }
                }
            }
            initialized = count
        }
        return NDArray<Bool>(shape: shape, storage: out)
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
