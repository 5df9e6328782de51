/// A dense n-dimensional array stored contiguously in C (row-major) order,
/// the Swift counterpart of the numpy arrays a nilearn tutorial handles.
///
/// Value semantics: copies share storage until written (copy-on-write of `[Element]`).
/// Two-dimensional arrays are (rows × columns), e.g. (time points × voxels).
public struct NDArray<Element> {
    /// Extent of each axis; its product is `storage.count`.
    public internal(set) var shape: Shape
    /// Elements in C order; `storage.count == shape.elementCount` always holds.
    public internal(set) var storage: [Element]

    /// Wraps `storage` (C order) as an array of `shape`.
    /// - Precondition: `storage.count == shape.elementCount`.
    public init(shape: Shape, storage: [Element]) {
        precondition(shape.allSatisfy { $0 >= 0 }, "negative dimension in shape \(shape)")
        precondition(
            storage.count == shape.elementCount,
            "storage holds \(storage.count) elements, shape \(shape) needs \(shape.elementCount)")
        self.shape = shape
        self.storage = storage
    }

    /// An array of `shape` with every element `value` (numpy `np.full`).
    public init(repeating value: Element, shape: Shape) {
        self.init(shape: shape, storage: Array(repeating: value, count: shape.elementCount))
    }

    /// A one-dimensional array.
    public init(_ values: [Element]) {
        self.init(shape: [values.count], storage: values)
    }

    /// A two-dimensional array from equally long rows.
    public init(rows: [[Element]]) {
        let columns = rows.first?.count ?? 0
        precondition(rows.allSatisfy { $0.count == columns }, "rows of different lengths")
        self.init(shape: [rows.count, columns], storage: rows.flatMap { $0 })
    }

    /// Number of axes (numpy's `ndim`); 0 for a scalar array.
    public var ndim: Int { shape.count }
    /// Total number of elements (numpy's `size`).
    public var size: Int { storage.count }
    /// Length of the first axis (numpy's `len`).
    public var count: Int { shape.first ?? 1 }
    /// Product of all axes after the first: the length of one row.
    public var rowLength: Int { shape.dropFirst().reduce(1, *) }

    /// Element at a full multi-index.
    public subscript(index: Int...) -> Element {
        get { storage[flatIndex(index)] }
        set { storage[flatIndex(index)] = newValue }
    }

    /// Offset of a multi-index in `storage`; negative indices are not accepted here.
    public func flatIndex(_ index: [Int]) -> Int {
        precondition(index.count == shape.count, "index \(index) does not match shape \(shape)")
        var offset = 0
        for (axis, i) in index.enumerated() {
            precondition(i >= 0 && i < shape[axis], "index \(i) out of bounds for axis \(axis) with size \(shape[axis])")
            offset = offset * shape[axis] + i
        }
        return offset
    }

    /// Mutates elements in place through a buffer, e.g. to hand them to BLAS.
    public mutating func withUnsafeMutableBufferPointer<R>(
        _ body: (inout UnsafeMutableBufferPointer<Element>) throws -> R
    ) rethrows -> R {
        try storage.withUnsafeMutableBufferPointer(body)
    }

    /// Reads the elements (C order) through a buffer, e.g. to hand them to C code, without a copy.
    public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R {
        try storage.withUnsafeBufferPointer(body)
    }
}

extension NDArray: Sendable where Element: Sendable {}
extension NDArray: Equatable where Element: Equatable {}
extension NDArray: Hashable where Element: Hashable {}

// MARK: Row selection (first axis), as numpy's `x[a:b]`, `x[mask]`, `x[indices]`.
extension NDArray {
    /// Rows in `range` (numpy `x[a:b]`); `..<(count - 30)` is `x[:-30]`.
    public subscript<R: RangeExpression<Int>>(rows range: R) -> NDArray {
        let r = range.relative(to: 0..<count)
        precondition(r.lowerBound >= 0 && r.upperBound <= count, "rows \(r) out of bounds for \(count) rows")
        let n = rowLength
        var newShape = shape.dimensions
        newShape[0] = r.count
        return NDArray(shape: Shape(newShape), storage: Array(storage[(r.lowerBound * n)..<(r.upperBound * n)]))
    }

    /// Rows where `mask` is true (numpy boolean indexing).
    /// - Precondition: `mask.count == count`.
    public subscript(rows mask: [Bool]) -> NDArray {
        precondition(mask.count == count, "boolean index of length \(mask.count) does not match \(count) rows")
        return self[rows: mask.indices.filter { mask[$0] }]
    }

    /// Rows at `indices`, in that order (numpy integer-array indexing).
    public subscript(rows indices: [Int]) -> NDArray {
        let n = rowLength
        var out = [Element]()
        out.reserveCapacity(indices.count * n)
        for i in indices {
            precondition(i >= 0 && i < count, "index \(i) is out of bounds for axis 0 with size \(count)")
            out.append(contentsOf: storage[(i * n)..<((i + 1) * n)])
        }
        var newShape = shape.dimensions
        newShape[0] = indices.count
        return NDArray(shape: Shape(newShape), storage: out)
    }

    /// One row of a 2-D array as a 1-D array.
    public func row(_ i: Int) -> ArraySlice<Element> {
        let n = rowLength
        return storage[(i * n)..<((i + 1) * n)]
    }
}
