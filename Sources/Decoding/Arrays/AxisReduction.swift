/// An array seen as (outer × length × inner) around one axis: reducing that axis visits
/// `length` elements `inner` apart, at `outer × inner` positions. Negative axes count from the
/// end; an axis out of range traps naming it and the dimension count (see ``ShapeError``).
struct AxisSplit {
    let axis: Int
    let outer: Int
    let length: Int
    let inner: Int
    let shape: Shape

    init(_ shape: Shape, axis: Int) {
        let axis = orTrap { () throws(ShapeError) in try shape.checkedAxis(axis) }
        self.axis = axis
        self.shape = shape
        outer = shape.dimensions[..<axis].reduce(1, *)
        length = shape[axis]
        inner = shape.dimensions[(axis + 1)...].reduce(1, *)
    }

    /// The result's shape: the axis removed, or kept with length 1 (numpy's `keepdims`).
    func reducedShape(keepDims: Bool) -> Shape {
        var dims = shape.dimensions
        if keepDims { dims[axis] = 1 } else { dims.remove(at: axis) }
        return Shape(dims)
    }

    /// Offset of the first element of the lane at `position` (in `0..<outer * inner`).
    @inline(__always)
    func laneStart(_ position: Int) -> Int {
        (position / inner) * length * inner + position % inner
    }
}

extension NDArray {
    /// One value per lane along `axis`: `reduce(first element, count, stride)` for every
    /// position of the other axes, in C order.
    func reduceLanes<T>(
        axis: Int, keepDims: Bool, _ reduce: (UnsafePointer<Element>, Int, Int) -> T
    ) -> NDArray<T> {
        let split = AxisSplit(shape, axis: axis)
        let lanes = split.outer * split.inner
        let out = storage.withUnsafeBufferPointer { p -> [T] in
            guard let base = p.baseAddress else {
                return (0..<lanes).map { _ in reduce(UnsafePointer(bitPattern: 8)!, 0, split.inner) }
            }
            return (0..<lanes).map { reduce(base + split.laneStart($0), split.length, split.inner) }
        }
        return NDArray<T>(shape: split.reducedShape(keepDims: keepDims), storage: out)
    }

    /// Like ``reduceLanes(axis:keepDims:_:)`` but each lane is transformed into a lane of the
    /// same length (cumulative sums): `transform(input, output, count, stride)`.
    func transformLanes<T>(
        axis: Int, _ transform: (UnsafePointer<Element>, UnsafeMutablePointer<T>, Int, Int) -> Void
    ) -> NDArray<T> {
        let split = AxisSplit(shape, axis: axis)
        let n = size
        let out = [T](unsafeUninitializedCapacity: n) { c, initialized in
            adviseHugePages(c)
            storage.withUnsafeBufferPointer { p in
                guard n > 0 else { return }
                for lane in 0..<(split.outer * split.inner) {
                    let start = split.laneStart(lane)
                    transform(p.baseAddress! + start, c.baseAddress! + start, split.length, split.inner)
                }
            }
            initialized = n
        }
        return NDArray<T>(shape: shape, storage: out)
    }
}
