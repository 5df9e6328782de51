// numpy's `np.sort`, `np.argsort` (both with `kind="stable"`: equal elements keep their
// order) and `np.unique`. NaNs sort last, as numpy's. Without an axis, sorting works on the
// last axis, as numpy's default `axis=-1`.

extension NDArray where Element: SortableElement {
    /// Each lane along `axis` sorted ascending (numpy `np.sort(x, axis=-1, kind="stable")`).
    public func sorted(axis: Int = -1) -> NDArray {
        guard ndim > 0 else { return self }
        return transformLanes(axis: axis) { Element.stableSort($0, $2, stride: $3, into: $1) }
    }

    /// Indices that sort each lane along `axis`, equal elements in their original order
    /// (numpy `np.argsort(x, axis=-1, kind="stable")`).
    public func argsort(axis: Int = -1) -> NDArray<Int> {
        guard ndim > 0 else { return NDArray<Int>(shape: [], storage: [0]) }
        let split = AxisSplit(shape, axis: axis)
        var out = [Int](repeating: 0, count: size)
        storage.withUnsafeBufferPointer { p in
            out.withUnsafeMutableBufferPointer { o in
                for position in 0..<(split.outer * split.inner) where split.length > 0 {
                    let start = split.laneStart(position)
                    Element.stableArgsort(p.baseAddress! + start, split.length, stride: split.inner, into: o.baseAddress! + start)
                }
            }
        }
        return NDArray<Int>(shape: shape, storage: out)
    }

    /// numpy's `np.unique(x)`: the distinct elements, sorted, as a 1-D array.
    public func unique() -> NDArray { uniqueWithCounts().values }

    /// numpy's `np.unique(x, return_counts=True)`: the distinct elements of the flattened
    /// array, sorted, and how many times each occurs. NaNs count as one value (numpy's
    /// `equal_nan=True`).
    public func uniqueWithCounts() -> (values: NDArray, counts: NDArray<Int>) {
        let (values, counts) = storage.withUnsafeBufferPointer { p in
            p.count == 0 ? ([], []) : Element.uniqueCounts(p.baseAddress!, p.count)
        }
        return (NDArray(values), NDArray<Int>(counts))
    }
}
