internal import CVectorMath

// numpy's boolean indexing over the whole array: `p[p .> 10]` reads the selected elements,
// `p[p .> 10] = 10` writes them; and `np.where(condition, a, b)`.

extension NDArray {
    /// The elements where `mask` is true, in C order, as a 1-D array (numpy `x[mask]`).
    /// Setting writes those elements from an array holding exactly as many values as `mask`
    /// selects, or one value for all (a 0-d array; for a scalar see the subscript below).
    /// - Precondition: `mask` has this array's shape (traps naming both shapes otherwise).
    public subscript(mask: NDArray<Bool>) -> NDArray {
        get {
            guard mask.shape == shape else { shapeFailure(.maskShape(mask: mask.shape, array: shape)) }
            var out = [Element]()
            out.reserveCapacity(mask.storage.count)
            for i in storage.indices where mask.storage[i] { out.append(storage[i]) }
            return NDArray(out)
        }
        set {
            guard mask.shape == shape else { shapeFailure(.maskShape(mask: mask.shape, array: shape)) }
            if newValue.size == 1 {
                fill(where: mask, with: newValue.storage[0])
            } else {
                let selected = mask.storage.reduce(0) { $0 + ($1 ? 1 : 0) }
                guard newValue.size == selected else {
                    shapeFailure(.assignedCount(values: newValue.size, selected: selected))
                }
                var next = 0
                for i in storage.indices where mask.storage[i] {
                    storage[i] = newValue.storage[next]
                    next += 1
                }
            }
        }
    }
}

extension NDArray {
    /// numpy's `p[mask] = 10`: every element where `mask` is true becomes `value`.
    ///
    /// A second subscript because Swift picks a subscript by the assigned value's type: this
    /// one takes a scalar, the one above an array. The unused `Void` parameter makes this the
    /// less preferred overload, so reading `p[mask]` always gives the array; reading through
    /// this one is unavailable, which also turns `p[mask] += 1` into a compile-time error
    /// (numpy adds to each selected element; write `p[mask] = p[mask] + 1`).
    public subscript(mask: NDArray<Bool>, _: Void = ()) -> Element {
        @available(*, unavailable, message: "p[mask] reads as an array; for p[mask] += x write p[mask] = p[mask] + x")
        get { fatalError("unavailable") }
        set {
            guard mask.shape == shape else { shapeFailure(.maskShape(mask: mask.shape, array: shape)) }
            fill(where: mask, with: newValue)
        }
    }

    /// `p[mask] = value` for a mask of this array's shape: one vectorized C pass for elements
    /// of 1, 2, 4 or 8 bytes without references (a branch per element mispredicts on a
    /// random mask), else element by element.
    private mutating func fill(where mask: NDArray<Bool>, with value: Element) {
        storage.withUnsafeMutableBufferPointer { p in
            mask.storage.withUnsafeBufferPointer { m in
                guard let base = p.baseAddress, let flags = m.baseAddress else { return }
                let size = MemoryLayout<Element>.size
                if _isPOD(Element.self), size == MemoryLayout<Element>.stride,
                    withUnsafeBytes(of: value, { cvm_masked_fill(base, flags, m.count, $0.baseAddress!, size) }) == 1
                { return }
                for i in 0..<m.count where m[i] { p[i] = value }
            }
        }
    }
}

extension NDArray where Element: NumericElement {
    /// numpy's `np.where(condition, a, b)`: `a` where `condition` holds, else `b`, all three
    /// broadcast together; `a` or `b` may be a scalar (`NDArray.where(p .> 10, 10, p)`).
    public static func `where`(_ condition: NDArray<Bool>, _ a: NDArray, _ b: NDArray) -> NDArray {
        let shape = orTrap { () throws(ShapeError) in
            try Shape.broadcast(Shape.broadcast(condition.shape, a.shape), b.shape)
        }
        let layout = BroadcastLayout(shape: shape, operands: [condition.shape, a.shape, b.shape])
        let count = shape.elementCount
        let out = [Element](unsafeUninitializedCapacity: count) { c, initialized in
            adviseHugePages(c)
            condition.storage.withUnsafeBufferPointer { pm in
                a.storage.withUnsafeBufferPointer { pa in
                    b.storage.withUnsafeBufferPointer { pb in
                        layout.forEachRun { o, om, oa, ob in
                            Element.select(
                                pm.baseAddress! + om, layout.runStrides[0], pa.baseAddress! + oa,
                                layout.runStrides[1], pb.baseAddress! + ob, layout.runStrides[2],
                                c.baseAddress! + o, layout.runLength)
                        }
                    }
                }
            }
            initialized = count
        }
        return NDArray(shape: shape, storage: out)
    }

    /// `np.where(condition, value, b)`.
    public static func `where`(_ condition: NDArray<Bool>, _ a: Element, _ b: NDArray) -> NDArray {
        Self.where(condition, NDArray(scalar: a), b)
    }

    /// `np.where(condition, a, value)`, e.g. `NDArray.where(a .> 0, a, 0)`.
    public static func `where`(_ condition: NDArray<Bool>, _ a: NDArray, _ b: Element) -> NDArray {
        Self.where(condition, a, NDArray(scalar: b))
    }

    /// `np.where(condition, x, y)` with two scalars: a new array of the condition's shape.
    public static func `where`(_ condition: NDArray<Bool>, _ a: Element, _ b: Element) -> NDArray {
        Self.where(condition, NDArray(scalar: a), NDArray(scalar: b))
    }
}
