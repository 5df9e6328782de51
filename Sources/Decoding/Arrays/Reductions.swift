// Sums and means over the whole array or along an axis, with numpy's result types: floats
// stay in their type (float32 sums in float32, pairwise, bit-identical to numpy), integers
// sum to `Int` (int64) and average to `Double`, booleans count as 0/1.

extension NDArray where Element: NumericElement {
    /// Sum along `axis` in the element type: pairwise along a contiguous axis, row after row
    /// otherwise — the orders numpy uses, so float results match it bit for bit.
    func summed(axis: Int, keepDims: Bool) -> NDArray {
        let split = AxisSplit(shape, axis: axis)
        if split.inner == 1 {
            if let sums = rowSums(rows: split.outer, split.length) {
                return NDArray(shape: split.reducedShape(keepDims: keepDims), storage: sums)
            }
            return reduceLanes(axis: axis, keepDims: keepDims) { Element.sum($0, $1, stride: $2) }
        }
        var out = [Element](repeating: 0, count: split.outer * split.inner)
        storage.withUnsafeBufferPointer { p in
            out.withUnsafeMutableBufferPointer { acc in
                for o in 0..<split.outer where split.length > 0 {
                    let block = p.baseAddress! + o * split.length * split.inner
                    if DispatchedKernels.accumulateRows(
                        block, rows: split.length, split.inner, into: acc.baseAddress! + o * split.inner)
                    { continue }
                    for i in 0..<split.length {
                        Element.accumulate(
                            p.baseAddress! + (o * split.length + i) * split.inner,
                            into: acc.baseAddress! + o * split.inner, split.inner)
                    }
                }
            }
        }
        return NDArray(shape: split.reducedShape(keepDims: keepDims), storage: out)
    }

    /// Pairwise sums of the (rows × n) storage's rows in one C call (a call per row from Swift
    /// cost more than the row's sum); nil for element types without the C loop, or no elements.
    private func rowSums(rows: Int, _ n: Int) -> [Element]? {
        guard rows > 0, n > 0 else { return nil }
        var done = false
        let sums = storage.withUnsafeBufferPointer { p in
            [Element](unsafeUninitializedCapacity: rows) { out, initialized in
                done = DispatchedKernels.rowSums(p.baseAddress!, rows: rows, n, into: out.baseAddress!)
                initialized = done ? rows : 0
            }
        }
        return done ? sums : nil
    }

    /// Sum of every element in numpy's order for a contiguous array (0 when empty).
    func summedAll() -> Element {
        guard size > 0 else { return 0 }
        return storage.withUnsafeBufferPointer { Element.sum($0.baseAddress!, size, stride: 1) }
    }
}

extension NDArray where Element: FloatingElement {
    /// numpy's `x.sum()` in the element type, pairwise, so bit-identical to numpy; 0 when empty.
    public func sum() -> Element { summedAll() }
    /// numpy's `x.sum(axis=)` in the element type, in numpy's order.
    public func sum(axis: Int, keepDims: Bool = false) -> NDArray { summed(axis: axis, keepDims: keepDims) }

    /// Arithmetic mean in the element type (numpy: a float32 mean is float32); `nan` when empty.
    public func mean() -> Element { summedAll() / Element(size) }

    /// numpy's `x.mean(axis=)` (a mean over time: `x.mean(axis: 0)`); NaN for empty lanes.
    public func mean(axis: Int, keepDims: Bool = false) -> NDArray {
        summed(axis: axis, keepDims: keepDims) / Element(AxisSplit(shape, axis: axis).length)
    }
}

extension NDArray where Element: NumericElement & FixedWidthInteger {
    /// The elements as `Int` (numpy's int64 accumulator for integer sums).
    var asIntStorage: NDArray<Int> {
        if Element.self == Int.self { return unsafeBitCast(self, to: NDArray<Int>.self) }
        return map { Int(truncatingIfNeeded: $0) }
    }

    /// numpy sums integers in int64, wrapping on overflow.
    public func sum() -> Int { asIntStorage.summedAll() }
    /// numpy's `x.sum(axis=)` of integers, in `Int` (int64), wrapping on overflow.
    public func sum(axis: Int, keepDims: Bool = false) -> NDArray<Int> {
        asIntStorage.summed(axis: axis, keepDims: keepDims)
    }

    /// numpy's mean of integers is float64: converted in blocks of 8192 (numpy's buffer), each
    /// block summed pairwise.
    public func mean() -> Double { asDouble.bufferedSum() / Double(size) }

    /// numpy's `x.mean(axis=)` of integers: float64.
    public func mean(axis: Int, keepDims: Bool = false) -> NDArray<Double> {
        asDouble.mean(axis: axis, keepDims: keepDims)
    }
}

extension NDArray where Element == Double {
    /// The whole-array sum numpy computes when it must cast on the way (integers to float64):
    /// pairwise within each 8192-element buffer, buffers added in order.
    func bufferedSum() -> Double {
        storage.withUnsafeBufferPointer { p in
            var total = 0.0
            var start = 0
            while start < p.count {
                let n = Swift.min(8192, p.count - start)
                total += Double.sum(p.baseAddress! + start, n, stride: 1)
                start += n
            }
            return total
        }
    }
}

extension NDArray where Element == Bool {
    /// Number of `true` elements: numpy sums booleans as 0/1 integers.
    public func sum() -> Int { storage.reduce(0) { $0 + ($1 ? 1 : 0) } }
    /// Number of `true` elements per lane.
    public func sum(axis: Int, keepDims: Bool = false) -> NDArray<Int> { asInt.sum(axis: axis, keepDims: keepDims) }

    /// Fraction of `true` elements, e.g. accuracy from `(prediction .== y).mean()`.
    public func mean() -> Double { Double(sum()) / Double(size) }
    /// Fraction of `true` elements per lane.
    public func mean(axis: Int, keepDims: Bool = false) -> NDArray<Double> { asInt.mean(axis: axis, keepDims: keepDims) }

    /// numpy's `x.any()`: whether some element is true (false when empty).
    public func any() -> Bool { storage.contains(true) }
    /// numpy's `x.all()`: whether every element is true (true when empty).
    public func all() -> Bool { !storage.contains(false) }

    /// numpy's `x.any(axis=)`: whether some element of each lane is true.
    public func any(axis: Int, keepDims: Bool = false) -> NDArray<Bool> {
        reduceLanes(axis: axis, keepDims: keepDims) { p, n, s in (0..<n).contains { p[$0 * s] } }
    }

    /// numpy's `x.all(axis=)`: whether every element of each lane is true.
    public func all(axis: Int, keepDims: Bool = false) -> NDArray<Bool> {
        reduceLanes(axis: axis, keepDims: keepDims) { p, n, s in (0..<n).allSatisfy { p[$0 * s] } }
    }
}
