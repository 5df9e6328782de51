// numpy's `min`, `max`, `argmin`, `argmax` over the whole array or along an axis. A NaN is
// the result (and its index the arg-result) as soon as one is present, as in numpy; an empty
// array or axis traps with numpy's message, as numpy raises.

extension NDArray where Element: NumericElement {
    private func requireElements(_ operation: String, count: Int) {
        if count == 0 { shapeFailure(.emptyReduction(operation: operation)) }
    }

    /// numpy's `x.min()`: NaN if any element is NaN. Traps on an empty array (numpy raises).
    public func min() -> Element {
        requireElements("minimum", count: size)
        return storage.withUnsafeBufferPointer { Element.extremeValue($0.baseAddress!, size, stride: 1, maximum: false) }
    }

    /// numpy's `x.max()`: NaN if any element is NaN. Traps on an empty array (numpy raises).
    public func max() -> Element {
        requireElements("maximum", count: size)
        return storage.withUnsafeBufferPointer { Element.extremeValue($0.baseAddress!, size, stride: 1, maximum: true) }
    }

    /// Flat (C-order) index of the first minimum.
    public func argmin() -> Int {
        if size == 0 { fatalError("attempt to get argmin of an empty sequence") }
        return storage.withUnsafeBufferPointer { Element.extremeIndex($0.baseAddress!, size, stride: 1, maximum: false) }
    }

    /// Flat (C-order) index of the first maximum.
    public func argmax() -> Int {
        if size == 0 { fatalError("attempt to get argmax of an empty sequence") }
        return storage.withUnsafeBufferPointer { Element.extremeIndex($0.baseAddress!, size, stride: 1, maximum: true) }
    }

    /// numpy's `x.min(axis=)`: the smallest of each lane, NaN where a lane holds one.
    public func min(axis: Int, keepDims: Bool = false) -> NDArray {
        requireElements("minimum", count: AxisSplit(shape, axis: axis).length)
        return reduceLanes(axis: axis, keepDims: keepDims) { Element.extremeValue($0, $1, stride: $2, maximum: false) }
    }

    /// numpy's `x.max(axis=)`: the largest of each lane, NaN where a lane holds one.
    public func max(axis: Int, keepDims: Bool = false) -> NDArray {
        requireElements("maximum", count: AxisSplit(shape, axis: axis).length)
        return reduceLanes(axis: axis, keepDims: keepDims) { Element.extremeValue($0, $1, stride: $2, maximum: true) }
    }

    /// numpy's `x.argmin(axis=)`: the index within each lane of its first minimum (first NaN).
    public func argmin(axis: Int, keepDims: Bool = false) -> NDArray<Int> {
        if AxisSplit(shape, axis: axis).length == 0 { fatalError("attempt to get argmin of an empty sequence") }
        return reduceLanes(axis: axis, keepDims: keepDims) { Element.extremeIndex($0, $1, stride: $2, maximum: false) }
    }

    /// numpy's `x.argmax(axis=)`: the index within each lane of its first maximum (first NaN).
    public func argmax(axis: Int, keepDims: Bool = false) -> NDArray<Int> {
        if AxisSplit(shape, axis: axis).length == 0 { fatalError("attempt to get argmax of an empty sequence") }
        return reduceLanes(axis: axis, keepDims: keepDims) { Element.extremeIndex($0, $1, stride: $2, maximum: true) }
    }
}
