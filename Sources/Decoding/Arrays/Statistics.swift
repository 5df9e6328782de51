// Variance and standard deviation as numpy computes them (`_var` in numpy/_core/_methods.py):
// mean, deviations, squares in place, a second sum, divided by `n - ddof` (floored at 0, so
// `ddof >= n` gives inf or nan as in numpy).

extension NDArray where Element: FloatingElement {
    /// numpy's `x.var(ddof=)`: mean of squared deviations; `ddof: 1` for the unbiased estimate.
    public func `var`(ddof: Int = 0) -> Element {
        var deviations = self - mean()
        deviations.squareInPlace()
        return deviations.sum() / Element(Swift.max(size - ddof, 0))
    }

    /// numpy's `x.var(axis=, ddof=)`, lane by lane.
    public func `var`(axis: Int, ddof: Int = 0, keepDims: Bool = false) -> NDArray {
        var deviations = self - mean(axis: axis, keepDims: true)
        deviations.squareInPlace()
        let n = AxisSplit(shape, axis: axis).length
        return deviations.sum(axis: axis, keepDims: keepDims) / Element(Swift.max(n - ddof, 0))
    }

    /// numpy's `x.std(ddof=)`: the square root of ``var(ddof:)``.
    public func std(ddof: Int = 0) -> Element { `var`(ddof: ddof).squareRoot() }

    /// numpy's `x.std(axis=, ddof=)` (a voxel's spread over time: `x.std(axis: 0)`).
    public func std(axis: Int, ddof: Int = 0, keepDims: Bool = false) -> NDArray {
        sqrt(`var`(axis: axis, ddof: ddof, keepDims: keepDims))
    }

    mutating func squareInPlace() {
        let n = size
        guard n > 0 else { return }
        storage.withUnsafeMutableBufferPointer { p in
            Element.combine(.multiply, p.baseAddress!, 1, p.baseAddress!, 1, p.baseAddress!, n)
        }
    }
}

extension NDArray where Element: NumericElement & FixedWidthInteger {
    /// Integer statistics are float64, from a float64 mean as numpy's.
    public func `var`(ddof: Int = 0) -> Double {
        let x = asDouble
        var deviations = x - x.bufferedSum() / Double(size)
        deviations.squareInPlace()
        return deviations.sum() / Double(Swift.max(size - ddof, 0))
    }

    /// numpy's `x.var(axis=, ddof=)` of integers: float64.
    public func `var`(axis: Int, ddof: Int = 0, keepDims: Bool = false) -> NDArray<Double> {
        asDouble.var(axis: axis, ddof: ddof, keepDims: keepDims)
    }

    /// numpy's `x.std(ddof=)` of integers: float64.
    public func std(ddof: Int = 0) -> Double { `var`(ddof: ddof).squareRoot() }

    /// numpy's `x.std(axis=, ddof=)` of integers: float64.
    public func std(axis: Int, ddof: Int = 0, keepDims: Bool = false) -> NDArray<Double> {
        asDouble.std(axis: axis, ddof: ddof, keepDims: keepDims)
    }
}
