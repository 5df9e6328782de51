/// What ``DataFrame`` and ``Series`` share: rows picked by integer position (pandas' `iloc`),
/// hence by boolean mask (pandas' `df[mask]`), always keeping their index labels.
public protocol RowSelectable {
    /// The number of rows.
    var count: Int { get }
    /// The rows at `positions`, in that order, keeping their index labels.
    subscript(positions positions: [Int]) -> Self { get }
}

extension RowSelectable {
    /// Rows where `mask` is true, keeping their index labels (pandas' `df[mask]`).
    /// - Precondition: `mask.count == count` (use ``selecting(_:)`` to get an error instead).
    public subscript(mask: [Bool]) -> Self {
        precondition(mask.count == count, TableError.maskLength(expected: count, found: mask.count).description)
        return self[positions: mask.indices.filter { mask[$0] }]
    }

    /// Rows where `mask` is true, as a comparison such as `conditions .== "face"` gives it.
    public subscript(mask: NDArray<Bool>) -> Self { self[mask.storage] }

    /// Rows where `mask` is true, or ``TableError/maskLength(expected:found:)`` when its length
    /// is not the number of rows.
    public func selecting(_ mask: [Bool]) throws(TableError) -> Self {
        guard mask.count == count else { throw .maskLength(expected: count, found: mask.count) }
        return self[mask]
    }
}
