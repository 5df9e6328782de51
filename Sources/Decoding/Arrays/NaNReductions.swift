// numpy's NaN-ignoring reductions (`np.nanmean`, …), computed as numpy computes them: NaNs
// replaced by 0 (or by ±inf for the extremes), counts of the remaining values as divisors. A
// lane with no value left gives NaN, where numpy also warns.

extension NDArray where Element: FloatingElement {
    /// The array with NaNs replaced by `fill`, and where the NaNs were.
    private func replacingNaN(with fill: Element) -> (values: NDArray, nan: NDArray<Bool>) {
        let nan = isNaN
        var values = self
        values[nan] = fill
        return (values, nan)
    }

    /// Number of non-NaN values per lane, in the element type.
    private func valueCounts(_ nan: NDArray<Bool>, axis: Int, keepDims: Bool) -> NDArray {
        NDArray((.!nan).sum(axis: axis, keepDims: keepDims))
    }

    /// The sum and the NaN count of the whole array in one read, no copy: the sum of the
    /// NaN-replaced array in numpy's pairwise order, so the same bits as `np.nansum`.
    private func nanSumAndCount() -> (sum: Element, nans: Int) {
        let n = size
        guard n > 0 else { return (0, 0) }
        return storage.withUnsafeBufferPointer { p in
            let a = p.baseAddress!
            let nans = DispatchedKernels.nanCount(a, n) ?? p.reduce(0) { $0 + ($1.isNaN ? 1 : 0) }
            return (nans == 0 ? Element.sum(a, n, stride: 1) : Element.nanReplacedSum(a, n), nans)
        }
    }

    /// numpy's `np.nansum(x)`: the sum with NaNs counted as 0 (0 when all are NaN).
    public func nansum() -> Element { nanSumAndCount().sum }

    /// numpy's `np.nansum(x, axis=)`.
    public func nansum(axis: Int, keepDims: Bool = false) -> NDArray {
        replacingNaN(with: 0).values.sum(axis: axis, keepDims: keepDims)
    }

    /// numpy's `np.nanmean(x)`: the mean of the non-NaN elements; NaN when there is none.
    public func nanmean() -> Element {
        let (sum, nans) = nanSumAndCount()
        return sum / Element(size - nans)
    }

    /// numpy's `np.nanmean(x, axis=)`: per lane, NaN for a lane without values.
    public func nanmean(axis: Int, keepDims: Bool = false) -> NDArray {
        let (values, nan) = replacingNaN(with: 0)
        return values.sum(axis: axis, keepDims: keepDims) / valueCounts(nan, axis: axis, keepDims: keepDims)
    }

    /// numpy's `np.nanvar(x, ddof=)`: variance of the non-NaN elements; NaN when `ddof` leaves none.
    public func nanvar(ddof: Int = 0) -> Element {
        let (values, nan) = replacingNaN(with: 0)
        let count = size - nan.sum()
        var deviations = values - values.sum() / Element(count)
        deviations[nan] = 0
        deviations.squareInPlace()
        let dof = count - ddof
        return dof <= 0 ? .nan : deviations.sum() / Element(dof)
    }

    /// numpy's `np.nanvar(x, axis=, ddof=)`, lane by lane.
    public func nanvar(axis: Int, ddof: Int = 0, keepDims: Bool = false) -> NDArray {
        let (values, nan) = replacingNaN(with: 0)
        let counts = valueCounts(nan, axis: axis, keepDims: true)
        var deviations = values - values.sum(axis: axis, keepDims: true) / counts
        deviations[nan] = 0
        deviations.squareInPlace()
        let dof = valueCounts(nan, axis: axis, keepDims: keepDims) - Element(ddof)
        let result = deviations.sum(axis: axis, keepDims: keepDims) / dof
        return .where(dof .<= 0, NDArray(scalar: .nan), result)
    }

    /// numpy's `np.nanstd(x, ddof=)`: the square root of ``nanvar(ddof:)``.
    public func nanstd(ddof: Int = 0) -> Element { nanvar(ddof: ddof).squareRoot() }

    /// numpy's `np.nanstd(x, axis=, ddof=)`.
    public func nanstd(axis: Int, ddof: Int = 0, keepDims: Bool = false) -> NDArray {
        sqrt(nanvar(axis: axis, ddof: ddof, keepDims: keepDims))
    }

    /// The smallest non-NaN element; NaN when there is none.
    public func nanmin() -> Element {
        let (values, nan) = replacingNaN(with: .infinity)
        return nan.all() ? .nan : values.min()
    }

    /// The largest non-NaN element; NaN when there is none (numpy also warns).
    public func nanmax() -> Element {
        let (values, nan) = replacingNaN(with: -.infinity)
        return nan.all() ? .nan : values.max()
    }

    /// numpy's `np.nanmin(x, axis=)`: NaN only for an all-NaN lane.
    public func nanmin(axis: Int, keepDims: Bool = false) -> NDArray {
        let (values, nan) = replacingNaN(with: .infinity)
        return .where(nan.all(axis: axis, keepDims: keepDims), NDArray(scalar: .nan), values.min(axis: axis, keepDims: keepDims))
    }

    /// numpy's `np.nanmax(x, axis=)`: NaN only for an all-NaN lane.
    public func nanmax(axis: Int, keepDims: Bool = false) -> NDArray {
        let (values, nan) = replacingNaN(with: -.infinity)
        return .where(nan.all(axis: axis, keepDims: keepDims), NDArray(scalar: .nan), values.max(axis: axis, keepDims: keepDims))
    }
}

extension NumericElement where Self: BinaryFloatingPoint {
    /// The pairwise sum of `n` contiguous elements with NaNs counted as 0, in exactly the
    /// order of ``contiguousSum(_:_:)`` (the same halving; each leaf of at most 128 elements
    /// copied with NaN → 0 into a stack buffer, then summed), so no full-size copy is made.
    static func nanReplacedSum(_ a: UnsafePointer<Self>, _ n: Int) -> Self {
        if n <= 128 {
            return withUnsafeTemporaryAllocation(of: Self.self, capacity: 128) { buffer in
                let b = buffer.baseAddress!
                for i in 0..<n {
                    let x = a[i]
                    b[i] = x != x ? 0 : x
                }
                return contiguousSum(b, n)
            }
        }
        var n2 = n / 2
        n2 -= n2 % 8
        return nanReplacedSum(a, n2) + nanReplacedSum(a + n2, n - n2)
    }
}
