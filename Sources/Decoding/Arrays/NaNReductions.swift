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

    public func nansum() -> Element { replacingNaN(with: 0).values.sum() }

    public func nansum(axis: Int, keepDims: Bool = false) -> NDArray {
        replacingNaN(with: 0).values.sum(axis: axis, keepDims: keepDims)
    }

    public func nanmean() -> Element {
        let (values, nan) = replacingNaN(with: 0)
        return values.sum() / Element(size - nan.sum())
    }

    public func nanmean(axis: Int, keepDims: Bool = false) -> NDArray {
        let (values, nan) = replacingNaN(with: 0)
        return values.sum(axis: axis, keepDims: keepDims) / valueCounts(nan, axis: axis, keepDims: keepDims)
    }

    public func nanvar(ddof: Int = 0) -> Element {
        let (values, nan) = replacingNaN(with: 0)
        let count = size - nan.sum()
        var deviations = values - values.sum() / Element(count)
        deviations[nan] = 0
        deviations.squareInPlace()
        let dof = count - ddof
        return dof <= 0 ? .nan : deviations.sum() / Element(dof)
    }

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

    public func nanstd(ddof: Int = 0) -> Element { nanvar(ddof: ddof).squareRoot() }

    public func nanstd(axis: Int, ddof: Int = 0, keepDims: Bool = false) -> NDArray {
        sqrt(nanvar(axis: axis, ddof: ddof, keepDims: keepDims))
    }

    /// The smallest non-NaN element; NaN when there is none.
    public func nanmin() -> Element {
        let (values, nan) = replacingNaN(with: .infinity)
        return nan.all() ? .nan : values.min()
    }

    public func nanmax() -> Element {
        let (values, nan) = replacingNaN(with: -.infinity)
        return nan.all() ? .nan : values.max()
    }

    public func nanmin(axis: Int, keepDims: Bool = false) -> NDArray {
        let (values, nan) = replacingNaN(with: .infinity)
        return .where(nan.all(axis: axis, keepDims: keepDims), NDArray(scalar: .nan), values.min(axis: axis, keepDims: keepDims))
    }

    public func nanmax(axis: Int, keepDims: Bool = false) -> NDArray {
        let (values, nan) = replacingNaN(with: -.infinity)
        return .where(nan.all(axis: axis, keepDims: keepDims), NDArray(scalar: .nan), values.max(axis: axis, keepDims: keepDims))
    }
}
