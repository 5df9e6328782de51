// numpy's element-wise functions, as free functions where numpy has `np.f(x)` so formulas read
// the same: `-log10(pValues)`, `abs(coef).max()`, `sqrt(x)`.

/// numpy's `np.abs`: magnitudes, in the element type (integer `Int.min` wraps, as numpy's).
public func abs<T: NumericElement>(_ x: NDArray<T>) -> NDArray<T> {
    x.unary { T.negateOrAbs($0, $1, $2, abs: true) }
}

/// numpy's `np.sqrt`: NaN for negative elements.
public func sqrt<T: FloatingElement>(_ x: NDArray<T>) -> NDArray<T> { x.unary { T.apply(.sqrt, $0, $1, $2) } }
/// numpy's `np.exp`: vectorized (glibc's libmvec), within a few ulp of the correctly rounded
/// value; overflow gives inf, underflow 0, NaN stays NaN.
public func exp<T: FloatingElement>(_ x: NDArray<T>) -> NDArray<T> { x.unary { T.apply(.exp, $0, $1, $2) } }
/// numpy's `np.log` (natural): `-inf` at 0, NaN below.
public func log<T: FloatingElement>(_ x: NDArray<T>) -> NDArray<T> { x.unary { T.apply(.log, $0, $1, $2) } }
/// numpy's `np.log10` (for `-log10(pValues)`): `-inf` at 0, NaN below, vectorized as ``exp(_:)``.
public func log10<T: FloatingElement>(_ x: NDArray<T>) -> NDArray<T> { x.unary { T.apply(.log10, $0, $1, $2) } }

// Integers go through float64, as numpy's `np.sqrt(np.arange(3))` is float64.
/// numpy's `np.sqrt` of integers: computed in float64, as numpy's result dtype is.
public func sqrt<T: NumericElement & FixedWidthInteger>(_ x: NDArray<T>) -> NDArray<Double> { sqrt(x.asDouble) }
/// numpy's `np.exp` of integers: computed in float64, as numpy's result dtype is.
public func exp<T: NumericElement & FixedWidthInteger>(_ x: NDArray<T>) -> NDArray<Double> { exp(x.asDouble) }
/// numpy's `np.log` of integers: computed in float64, as numpy's result dtype is.
public func log<T: NumericElement & FixedWidthInteger>(_ x: NDArray<T>) -> NDArray<Double> { log(x.asDouble) }
/// numpy's `np.log10` of integers: computed in float64, as numpy's result dtype is.
public func log10<T: NumericElement & FixedWidthInteger>(_ x: NDArray<T>) -> NDArray<Double> { log10(x.asDouble) }

extension NDArray where Element: NumericElement {
    /// numpy's `np.clip(x, low, high)`; `nil` leaves that side open. NaN stays NaN.
    public func clipped(min low: Element? = nil, max high: Element? = nil) -> NDArray {
        guard size > 0 else { return self }
        let lo = low ?? min(), hi = high ?? max()
        return unary { Element.clip($0, $1, $2, low: lo, high: hi) }
    }
}

extension NDArray where Element: FloatingElement {
    /// numpy's `np.round(x, decimals)`: half to even (`round(2.5) == 2`); with decimals, the
    /// value is scaled by 10^decimals, rounded and scaled back, as numpy does (so results
    /// match numpy's, representation error included).
    public func rounded(decimals: Int = 0) -> NDArray {
        if decimals == 0 { return unary { Element.apply(.roundEven, $0, $1, $2) } }
        // numpy's power_of_ten: exact up to 1e22, then repeated multiplication.
        var power = 1.0
        for _ in 0..<Swift.abs(decimals) { power *= 10 }
        let f = ElementwiseFunction.roundScaled(scale: power, up: decimals > 0)
        return unary { Element.apply(f, $0, $1, $2) }
    }

    /// numpy's `np.isnan(x)`.
    public var isNaN: NDArray<Bool> { unary { Element.classify($0, $1, $2, finite: false) } }
    /// numpy's `np.isfinite(x)`: neither NaN nor infinite.
    public var isFinite: NDArray<Bool> { unary { Element.classify($0, $1, $2, finite: true) } }
}
