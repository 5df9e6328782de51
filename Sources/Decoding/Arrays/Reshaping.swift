// numpy's reshaping, joining and axis reordering: `reshape` (with -1), `flatten`,
// `concatenate`, `stack`, and `transpose` for any rank. Shapes that do not fit trap with
// numpy's message (see ``ShapeError``).

extension NDArray {
    /// The same elements under `newShape`; one dimension may be -1 and is then inferred
    /// (numpy `x.reshape(-1, 4)`).
    public func reshaped(_ newShape: Shape) -> NDArray {
        let resolved = orTrap { () throws(ShapeError) in try newShape.resolvingReshape(of: size) }
        return NDArray(shape: resolved, storage: storage)
    }

    /// A 1-D copy in C order (numpy `x.flatten()`).
    public func flattened() -> NDArray { NDArray(shape: [size], storage: storage) }

    /// numpy's `np.concatenate(arrays, axis)`: joined along an existing axis; every other
    /// dimension must match.
    public static func concatenate(_ arrays: [NDArray], axis: Int = 0) -> NDArray {
        guard let first = arrays.first else { fatalError("need at least one array to concatenate") }
        let k = orTrap { () throws(ShapeError) in try first.shape.checkedAxis(axis) }
        for a in arrays.dropFirst() {
            guard a.ndim == first.ndim else {
                fatalError("all the input array dimensions must match: \(first.shape) has \(first.ndim) dimension(s), \(a.shape) has \(a.ndim)")
            }
            for d in 0..<first.ndim where d != k && a.shape[d] != first.shape[d] {
                shapeFailure(.mismatchedJoin(operation: "concatenate", first.shape, a.shape, axis: d))
            }
        }
        let outer = first.shape.dimensions[..<k].reduce(1, *)
        var dims = first.shape.dimensions
        dims[k] = arrays.reduce(0) { $0 + $1.shape[k] }
        let total = Shape(dims).elementCount
        // Block copies into a fresh buffer (huge pages when large, as numpy's).
        let out = [Element](unsafeUninitializedCapacity: total) { c, initialized in
            adviseHugePages(c)
            var next = 0
            for o in 0..<outer {
                for a in arrays {
                    let block = a.size / Swift.max(outer, 1)
                    a.storage.withUnsafeBufferPointer { p in
                        if block > 0 { (c.baseAddress! + next).initialize(from: p.baseAddress! + o * block, count: block) }
                    }
                    next += block
                }
            }
            initialized = next
        }
        return NDArray(shape: Shape(dims), storage: out)
    }

    /// numpy's `np.stack(arrays, axis)`: equal shapes joined along a new axis.
    public static func stack(_ arrays: [NDArray], axis: Int = 0) -> NDArray {
        guard let first = arrays.first else { fatalError("need at least one array to stack") }
        for a in arrays where a.shape != first.shape {
            fatalError("all input arrays must have the same shape, not \(first.shape) and \(a.shape)")
        }
        var expanded = first.shape.dimensions
        let k = orTrap { () throws(ShapeError) in try Shape(expanded + [1]).checkedAxis(axis) }
        expanded.insert(1, at: k)
        return concatenate(arrays.map { $0.reshaped(Shape(expanded)) }, axis: k)
    }

    /// numpy's `x.T`: the axes reversed (a 1-D array is unchanged).
    public func transposed() -> NDArray {
        transposed(Array((0..<ndim).reversed()))
    }

    /// numpy's `x.transpose(axes)`: axis `i` of the result is axis `axes[i]` of `self`.
    public func transposed(_ axes: [Int]) -> NDArray {
        let resolved = axes.map { a in orTrap { () throws(ShapeError) in try shape.checkedAxis(a) } }
        guard resolved.count == ndim, Set(resolved).count == ndim else {
            fatalError("axes \(axes) don't match array of shape \(shape)")
        }
        let newShape = Shape(resolved.map { shape[$0] })
        // Axes of length 1 aside, the same order: the elements keep their C order.
        let moved = resolved.filter { shape[$0] != 1 }
        if size == 0 || moved == moved.sorted() { return NDArray(shape: newShape, storage: storage) }
        if let out = transposedByMatrices(resolved, newShape) { return out }
        let sourceStrides = shape.strides
        let strides = resolved.map { sourceStrides[$0] }
        let n = size
        let inner = newShape[ndim - 1], innerStride = strides[ndim - 1]
        let out = [Element](unsafeUninitializedCapacity: n) { c, initialized in
            adviseHugePages(c)
            storage.withUnsafeBufferPointer { p in
                var counter = [Int](repeating: 0, count: ndim - 1)
                var offset = 0
                var o = 0
                while o < n {
                    for i in 0..<inner { (c.baseAddress! + o + i).initialize(to: p[offset + i * innerStride]) }
                    o += inner
                    var d = ndim - 2
                    while d >= 0 {
                        counter[d] += 1
                        offset += strides[d]
                        if counter[d] < newShape[d] { break }
                        offset -= strides[d] * newShape[d]
                        counter[d] = 0
                        d -= 1
                    }
                }
            }
            initialized = n
        }
        return NDArray(shape: newShape, storage: out)
    }
}
