// numpy's element-wise comparisons (`y == "face"`, `a < b`) give boolean arrays, usable as
// masks. Swift's `==` must return `Bool`, so these use the standard library's pointwise
// operators `.==`, `.<`, … (the ones SIMD types use).

extension NDArray where Element: Equatable {
    /// Element-wise `==` of two arrays of one shape (numpy `a == b`), as a mask.
    ///
    /// - Precondition: both arrays have the same shape (no broadcasting).
    public static func .== (lhs: NDArray, rhs: NDArray) -> NDArray<Bool> { zip(lhs, rhs, ==) }
    /// Element-wise `!=` of two arrays of one shape (numpy `a != b`), as a mask.
    public static func .!= (lhs: NDArray, rhs: NDArray) -> NDArray<Bool> { zip(lhs, rhs, !=) }
    /// numpy's `a == value` for any comparable element (strings, labels), as a mask.
    public static func .== (lhs: NDArray, rhs: Element) -> NDArray<Bool> { lhs.map { $0 == rhs } }
    /// numpy's `a != value` for any comparable element (strings, labels), as a mask.
    public static func .!= (lhs: NDArray, rhs: Element) -> NDArray<Bool> { lhs.map { $0 != rhs } }
    /// numpy's `value == a`, as a mask.
    public static func .== (lhs: Element, rhs: NDArray) -> NDArray<Bool> { rhs.map { lhs == $0 } }
    /// numpy's `value != a`, as a mask.
    public static func .!= (lhs: Element, rhs: NDArray) -> NDArray<Bool> { rhs.map { lhs != $0 } }

    /// numpy's `np.isin(x, values)`: true where the element is one of `values`.
    public func isIn(_ values: some Sequence<Element>) -> NDArray<Bool> {
        let candidates = Array(values)
        return map { candidates.contains($0) }
    }
}

extension NDArray where Element: Comparable {
    /// Element-wise `<` of two arrays of one shape (numpy `a < b`), as a mask.
    public static func .< (lhs: NDArray, rhs: NDArray) -> NDArray<Bool> { zip(lhs, rhs, <) }
    /// Element-wise `<=` of two arrays of one shape (numpy `a <= b`), as a mask.
    public static func .<= (lhs: NDArray, rhs: NDArray) -> NDArray<Bool> { zip(lhs, rhs, <=) }
    /// Element-wise `>` of two arrays of one shape (numpy `a > b`), as a mask.
    public static func .> (lhs: NDArray, rhs: NDArray) -> NDArray<Bool> { zip(lhs, rhs, >) }
    /// Element-wise `>=` of two arrays of one shape (numpy `a >= b`), as a mask.
    public static func .>= (lhs: NDArray, rhs: NDArray) -> NDArray<Bool> { zip(lhs, rhs, >=) }
    /// numpy's `a < value` for any comparable element (strings, labels), as a mask.
    public static func .< (lhs: NDArray, rhs: Element) -> NDArray<Bool> { lhs.map { $0 < rhs } }
    /// numpy's `a <= value` for any comparable element (strings, labels), as a mask.
    public static func .<= (lhs: NDArray, rhs: Element) -> NDArray<Bool> { lhs.map { $0 <= rhs } }
    /// numpy's `a > value` for any comparable element (strings, labels), as a mask.
    public static func .> (lhs: NDArray, rhs: Element) -> NDArray<Bool> { lhs.map { $0 > rhs } }
    /// numpy's `a >= value` for any comparable element (strings, labels), as a mask.
    public static func .>= (lhs: NDArray, rhs: Element) -> NDArray<Bool> { lhs.map { $0 >= rhs } }
}

extension NDArray where Element == Bool {
    /// numpy's `m1 & m2` on masks of one shape: true where both are.
    public static func .& (lhs: NDArray, rhs: NDArray) -> NDArray { zip(lhs, rhs) { $0 && $1 } }
    /// numpy's `m1 | m2` on masks of one shape: true where either is.
    public static func .| (lhs: NDArray, rhs: NDArray) -> NDArray { zip(lhs, rhs) { $0 || $1 } }
    /// numpy's `~mask`: true where the mask is false.
    public static prefix func .! (operand: NDArray) -> NDArray { operand.map { !$0 } }
}

extension NDArray {
    /// A new array of the same shape with `transform` applied to every element.
    public func map<T>(_ transform: (Element) throws -> T) rethrows -> NDArray<T> {
        NDArray<T>(shape: shape, storage: try storage.map(transform))
    }

    /// Combines two arrays of the same shape element by element.
    static func zip<A, B, T>(_ lhs: NDArray<A>, _ rhs: NDArray<B>, _ combine: (A, B) -> T) -> NDArray<T> {
        precondition(lhs.shape == rhs.shape, "operands could not be broadcast together with shapes \(lhs.shape) \(rhs.shape)")
        return NDArray<T>(shape: lhs.shape, storage: Swift.zip(lhs.storage, rhs.storage).map(combine))
    }
}
