/// Number types ``NDArray`` computes with: `Float`, `Double` and the fixed-width integers.
///
/// The element loops are requirements of this protocol, with default implementations in
/// constrained extensions (``FloatingElement``, integers). A concrete conformance in this module
/// therefore gets loops specialized for its type, and a tutorial program that calls
/// `a + b` on `NDArray<Double>` runs those compiled loops through one witness call, rather
/// than generic code one element at a time (generic code is not specialized across modules).
/// Conforming other types is possible but not needed; the defaults cover them.
public protocol NumericElement: Numeric, Comparable, NumpyPrintable, Sendable {
    /// `c[i] = a[i·sa] op b[i·sb]` for `i < n`; strides are 0 (broadcast) or 1.
    static func combine(
        _ op: ArithmeticOperator, _ a: UnsafePointer<Self>, _ sa: Int,
        _ b: UnsafePointer<Self>, _ sb: Int, _ c: UnsafeMutablePointer<Self>, _ n: Int)
    /// `c[i] = a[i·sa] op b[i·sb]` as booleans; strides are 0 or 1.
    static func compare(
        _ op: ComparisonOperator, _ a: UnsafePointer<Self>, _ sa: Int,
        _ b: UnsafePointer<Self>, _ sb: Int, _ c: UnsafeMutablePointer<Bool>, _ n: Int)
    /// Sum of `n` elements `stride` apart, in numpy's order (pairwise for floats, so the result
    /// is bit-identical to numpy's `add.reduce` over a contiguous axis).
    static func sum(_ a: UnsafePointer<Self>, _ n: Int, stride: Int) -> Self
    /// `acc[i] += a[i]` for `i < n` (the reduction over a non-contiguous axis, row by row).
    static func accumulate(_ a: UnsafePointer<Self>, into acc: UnsafeMutablePointer<Self>, _ n: Int)
    /// `c[i·stride] = a[0] + … + a[i·stride]` for `i < n`, in order (wrapping for integers).
    static func runningSum(_ a: UnsafePointer<Self>, _ c: UnsafeMutablePointer<Self>, _ n: Int, stride: Int)
    /// Index of the first minimum (or maximum) of `n` elements `stride` apart; a NaN counts as
    /// the extreme, as in numpy. - Precondition: `n > 0`.
    static func extremeIndex(_ a: UnsafePointer<Self>, _ n: Int, stride: Int, maximum: Bool) -> Int
    /// The minimum (or maximum) of `n` elements `stride` apart; NaN if any is NaN, as numpy.
    /// - Precondition: `n > 0`.
    static func extremeValue(_ a: UnsafePointer<Self>, _ n: Int, stride: Int, maximum: Bool) -> Self
    /// `c[i] = -a[i]` (wrapping for integers) or `|a[i]|`.
    static func negateOrAbs(_ a: UnsafePointer<Self>, _ c: UnsafeMutablePointer<Self>, _ n: Int, abs: Bool)
    /// `c[i] = min(max(a[i], low), high)`, NaN kept.
    static func clip(_ a: UnsafePointer<Self>, _ c: UnsafeMutablePointer<Self>, _ n: Int, low: Self, high: Self)
    /// `c[i] = mask[i] ? a[i·sa] : b[i·sb]`; strides are 0 or 1, the mask's too.
    static func select(
        _ mask: UnsafePointer<Bool>, _ sm: Int, _ a: UnsafePointer<Self>, _ sa: Int,
        _ b: UnsafePointer<Self>, _ sb: Int, _ c: UnsafeMutablePointer<Self>, _ n: Int)
    /// Converts `n` elements to `Double` (numpy's casting to float64 for integer statistics).
    static func toDouble(_ a: UnsafePointer<Self>, _ c: UnsafeMutablePointer<Double>, _ n: Int)
}

/// The element-wise arithmetic of ``NDArray`` (`/` here is the element type's own division).
public enum ArithmeticOperator: Sendable {
    /// `a + b`, wrapping on integer overflow as numpy does.
    case add
    /// `a - b`, wrapping on integer overflow as numpy does.
    case subtract
    /// `a * b`, wrapping on integer overflow as numpy does.
    case multiply
    /// `a / b` in the element type: IEEE for floats; for integers truncating, and 0 where `b` is 0.
    case divide
    /// The smaller of `a` and `b` (`np.minimum`); for floats NaN if either is NaN.
    case minimum
    /// The larger of `a` and `b` (`np.maximum`); for floats NaN if either is NaN.
    case maximum
}

/// The element-wise comparisons of ``NDArray`` (numpy's `==`, `!=`, `<`, `<=`, `>`, `>=`).
public enum ComparisonOperator: Sendable {
    /// `a == b`; false when either is NaN.
    case equal
    /// `a != b`; true when either is NaN.
    case notEqual
    /// `a < b`.
    case less
    /// `a <= b`.
    case lessOrEqual
    /// `a > b`.
    case greater
    /// `a >= b`.
    case greaterOrEqual
}

/// Runs `f` over `n` positions for the four stride combinations, each as its own loop so the
/// compiler can vectorize the common contiguous and scalar-operand cases.
@inline(__always)
func stridedLoop<A, B, C>(
    _ a: UnsafePointer<A>, _ sa: Int, _ b: UnsafePointer<B>, _ sb: Int,
    _ c: UnsafeMutablePointer<C>, _ n: Int, _ f: (A, B) -> C
) {
    switch (sa, sb) {
    case (1, 1): for i in 0..<n { c[i] = f(a[i], b[i]) }
    case (1, _): let y = b[0]; for i in 0..<n { c[i] = f(a[i], y) }
    case (_, 1): let x = a[0]; for i in 0..<n { c[i] = f(x, b[i]) }
    default: let v = f(a[0], b[0]); for i in 0..<n { c[i] = v }
    }
}

extension NumericElement {
    /// Double and Float through the dispatched SIMD loop; other types by the generic loop.
    public static func compare(
        _ op: ComparisonOperator, _ a: UnsafePointer<Self>, _ sa: Int,
        _ b: UnsafePointer<Self>, _ sb: Int, _ c: UnsafeMutablePointer<Bool>, _ n: Int
    ) {
        if DispatchedKernels.compare(op, a, sa, b, sb, c, n) { return }
        switch op {
        case .equal: stridedLoop(a, sa, b, sb, c, n, ==)
        case .notEqual: stridedLoop(a, sa, b, sb, c, n, !=)
        case .less: stridedLoop(a, sa, b, sb, c, n, <)
        case .lessOrEqual: stridedLoop(a, sa, b, sb, c, n, <=)
        case .greater: stridedLoop(a, sa, b, sb, c, n, >)
        case .greaterOrEqual: stridedLoop(a, sa, b, sb, c, n, >=)
        }
    }

    /// A loop per stride pattern, so the common cases vectorize.
    public static func select(
        _ mask: UnsafePointer<Bool>, _ sm: Int, _ a: UnsafePointer<Self>, _ sa: Int,
        _ b: UnsafePointer<Self>, _ sb: Int, _ c: UnsafeMutablePointer<Self>, _ n: Int
    ) {
        if sm == 0 {
            let (source, stride) = mask[0] ? (a, sa) : (b, sb)
            for i in 0..<n { c[i] = source[i * stride] }
        } else {
            for i in 0..<n { c[i] = mask[i] ? a[i * sa] : b[i * sb] }
        }
    }
}
