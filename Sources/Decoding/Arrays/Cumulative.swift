// numpy's `cumsum`: running sums in order (not pairwise), flattened without an axis.
// Floats stay in their type; integers and booleans accumulate in `Int` (numpy's int64).

extension NDArray where Element: NumericElement {
    func runningSums(axis: Int?) -> NDArray {
        guard let axis else { return reshaped([size]).runningSums(axis: 0) }
        return transformLanes(axis: axis) { Element.runningSum($0, $1, $2, stride: $3) }
    }
}

extension NDArray where Element: FloatingElement {
    /// Running sums along `axis`, or over the flattened array when `axis` is nil.
    public func cumsum(axis: Int? = nil) -> NDArray { runningSums(axis: axis) }
}

extension NDArray where Element: NumericElement & FixedWidthInteger {
    /// Running sums in `Int` (numpy accumulates integers in int64, wrapping on overflow).
    public func cumsum(axis: Int? = nil) -> NDArray<Int> { asIntStorage.runningSums(axis: axis) }
}

extension NDArray where Element == Bool {
    /// Running counts of `true` (numpy sums booleans as int64).
    public func cumsum(axis: Int? = nil) -> NDArray<Int> { asInt.runningSums(axis: axis) }
}
