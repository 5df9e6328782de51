import Foundation

/// `Float` and `Double`: the element types of numpy's floating-point results (`mean`, `std`,
/// `sqrt`, true division of integers).
public protocol FloatingElement: NumericElement, NumpyFloatingPoint {
    /// `c[i] = f(a[i])`.
    static func apply(_ f: ElementwiseFunction, _ a: UnsafePointer<Self>, _ c: UnsafeMutablePointer<Self>, _ n: Int)
    /// `c[i] = a[i].isNaN` (or `isFinite` when `finite`).
    static func classify(_ a: UnsafePointer<Self>, _ c: UnsafeMutablePointer<Bool>, _ n: Int, finite: Bool)
    /// `c[i] = exp(a[i])`, `log(a[i])` or `log10(a[i])` for `i < n`, vectorized (glibc's
    /// libmvec, as numpy's SIMD loops): within a few ulp of the correctly rounded value, and
    /// exactly C's result for NaN, ±inf, ±0, negative arguments, overflow and underflow.
    static func vectorMath(_ f: VectorMathFunction, _ a: UnsafePointer<Self>, _ c: UnsafeMutablePointer<Self>, _ n: Int)
    /// Converts `n` doubles to this type, rounding to nearest.
    static func fromDouble(_ a: UnsafePointer<Double>, _ c: UnsafeMutablePointer<Self>, _ n: Int)
}

/// numpy's unary ufuncs on floats; `roundEven` is `np.rint` (half to even, as `np.round`).
public enum ElementwiseFunction: Sendable {
    /// `np.sqrt`: NaN for negative arguments.
    case sqrt
    /// `np.exp`, through the vectorized ``VectorMathFunction/exp``.
    case exp
    /// `np.log` (natural): `-inf` at 0, NaN for negative arguments.
    case log
    /// `np.log10`: `-inf` at 0, NaN for negative arguments.
    case log10
    /// `np.rint`: to the nearest integer, halves to even (what `np.round(x)` gives).
    case roundEven
    /// `np.round(x, decimals)` in one pass: `rint(x * scale) / scale` (`rint(x / scale) * scale`
    /// when not `up`), numpy's own operations in its order, so the same bits.
    case roundScaled(scale: Double, up: Bool)
}

extension NumericElement where Self: BinaryFloatingPoint {
    /// IEEE arithmetic; `.minimum`/`.maximum` propagate NaN from either side, as numpy's.
    public static func combine(
        _ op: ArithmeticOperator, _ a: UnsafePointer<Self>, _ sa: Int,
        _ b: UnsafePointer<Self>, _ sb: Int, _ c: UnsafeMutablePointer<Self>, _ n: Int
    ) {
        switch op {
        case .add: stridedLoop(a, sa, b, sb, c, n, +)
        case .subtract: stridedLoop(a, sa, b, sb, c, n, -)
        case .multiply: stridedLoop(a, sa, b, sb, c, n, *)
        case .divide: stridedLoop(a, sa, b, sb, c, n, /)
        // np.minimum / np.maximum propagate NaN from either side.
        case .minimum: stridedLoop(a, sa, b, sb, c, n) { x, y in x < y || x.isNaN ? x : y }
        case .maximum: stridedLoop(a, sa, b, sb, c, n) { x, y in x > y || x.isNaN ? x : y }
        }
    }

    /// numpy's `pairwise_sum` (loops_utils.h): sequential below 8 elements, 8 accumulators
    /// up to 128, halves (at a multiple of 8) above.
    public static func sum(_ a: UnsafePointer<Self>, _ n: Int, stride: Int) -> Self {
        if stride == 1 { return contiguousSum(a, n) }
        if n < 8 {
            var res: Self = 0
            for i in 0..<n { res += a[i * stride] }
            return res
        } else if n <= 128 {
            var r0 = a[0], r1 = a[stride], r2 = a[2 * stride], r3 = a[3 * stride]
            var r4 = a[4 * stride], r5 = a[5 * stride], r6 = a[6 * stride], r7 = a[7 * stride]
            var i = 8
            let end = n - n % 8
            while i < end {
                let p = a + i * stride
                r0 += p[0]; r1 += p[stride]; r2 += p[2 * stride]; r3 += p[3 * stride]
                r4 += p[4 * stride]; r5 += p[5 * stride]; r6 += p[6 * stride]; r7 += p[7 * stride]
                i += 8
            }
            var res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
            while i < n {
                res += a[i * stride]
                i += 1
            }
            return res
        } else {
            var n2 = n / 2
            n2 -= n2 % 8
            return sum(a, n2, stride: stride) + sum(a + n2 * stride, n - n2, stride: stride)
        }
    }

    /// ``sum(_:_:stride:)`` for stride 1, the same additions in the same order; with literal
    /// offsets the eight accumulators become two vector registers.
    static func contiguousSum(_ a: UnsafePointer<Self>, _ n: Int) -> Self {
        if let total = DispatchedKernels.pairwiseSum(a, n) { return total }
        if n < 8 {
            var res: Self = 0
            for i in 0..<n { res += a[i] }
            return res
        } else if n <= 128 {
            var r0 = a[0], r1 = a[1], r2 = a[2], r3 = a[3], r4 = a[4], r5 = a[5], r6 = a[6], r7 = a[7]
            var i = 8
            let end = n - n % 8
            while i < end {
                let p = a + i
                r0 += p[0]; r1 += p[1]; r2 += p[2]; r3 += p[3]
                r4 += p[4]; r5 += p[5]; r6 += p[6]; r7 += p[7]
                i += 8
            }
            var res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
            while i < n {
                res += a[i]
                i += 1
            }
            return res
        } else {
            var n2 = n / 2
            n2 -= n2 % 8
            return contiguousSum(a, n2) + contiguousSum(a + n2, n - n2)
        }
    }

    /// Plain adds, in row order (numpy's order for a non-contiguous axis).
    public static func accumulate(_ a: UnsafePointer<Self>, into acc: UnsafeMutablePointer<Self>, _ n: Int) {
        for i in 0..<n { acc[i] += a[i] }
    }

    /// Sequential, as numpy's `cumsum` (not pairwise).
    public static func runningSum(_ a: UnsafePointer<Self>, _ c: UnsafeMutablePointer<Self>, _ n: Int, stride: Int) {
        var total: Self = 0
        for i in 0..<n {
            total = total + a[i * stride]
            c[i * stride] = total
        }
    }

    /// Contiguous lanes in one dispatched SIMD pass (Double, Float); strided ones by a scan.
    public static func extremeIndex(_ a: UnsafePointer<Self>, _ n: Int, stride: Int, maximum: Bool) -> Int {
        if stride == 1 {
            if let index = DispatchedKernels.extremeIndex(a, n, maximum: maximum) { return index }
            // Two vectorizable passes beat one branchy one: the extreme value, then its first index.
            let m = extremeValue(a, n, stride: 1, maximum: maximum)
            return firstIndex(a, n, of: m)
        }
        var best = a[0], index = 0
        if best.isNaN { return 0 }
        for i in 1..<Swift.max(n, 1) {
            let x = a[i * stride]
            if maximum ? x > best : x < best {
                best = x
                index = i
            } else if x.isNaN {
                return i
            }
        }
        return index
    }

    /// Index of the first element equal to `m` (the first NaN when `m` is NaN), by blocks of 16
    /// checked without branches, so the scan vectorizes. - Precondition: one is present.
    static func firstIndex(_ a: UnsafePointer<Self>, _ n: Int, of m: Self) -> Int {
        if m.isNaN { return (0..<n).first { a[$0] != a[$0] } ?? 0 }
        var start = 0
        while start + 16 <= n {
            var hits = 0
            for j in start..<(start + 16) { hits &+= a[j] == m ? 1 : 0 }
            if hits > 0 { break }
            start += 16
        }
        for i in start..<n where a[i] == m { return i }
        return 0
    }

    /// Contiguous lanes through the dispatched SIMD loop (Double, Float); NaN if any is.
    public static func extremeValue(_ a: UnsafePointer<Self>, _ n: Int, stride: Int, maximum: Bool) -> Self {
        if stride == 1, let m = DispatchedKernels.extreme(a, n, maximum: maximum) { return m }
        // `x > m || x != x ? x : m` keeps a NaN once taken (every comparison with it is false),
        // so no separate NaN flag: four independent selects per step, and the loop vectorizes.
        var m0 = a[0], m1 = a[0], m2 = a[0], m3 = a[0]
        var i = 0
        if stride == 1 {
            if maximum {
                while i + 4 <= n {
                    let x0 = a[i], x1 = a[i + 1], x2 = a[i + 2], x3 = a[i + 3]
                    m0 = x0 > m0 || x0 != x0 ? x0 : m0; m1 = x1 > m1 || x1 != x1 ? x1 : m1
                    m2 = x2 > m2 || x2 != x2 ? x2 : m2; m3 = x3 > m3 || x3 != x3 ? x3 : m3
                    i += 4
                }
            } else {
                while i + 4 <= n {
                    let x0 = a[i], x1 = a[i + 1], x2 = a[i + 2], x3 = a[i + 3]
                    m0 = x0 < m0 || x0 != x0 ? x0 : m0; m1 = x1 < m1 || x1 != x1 ? x1 : m1
                    m2 = x2 < m2 || x2 != x2 ? x2 : m2; m3 = x3 < m3 || x3 != x3 ? x3 : m3
                    i += 4
                }
            }
        }
        while i < n {
            let x = a[i * stride]
            m0 = (maximum ? x > m0 : x < m0) || x != x ? x : m0
            i += 1
        }
        if m0.isNaN || m1.isNaN || m2.isNaN || m3.isNaN { return .nan }
        return maximum ? Swift.max(Swift.max(m0, m1), Swift.max(m2, m3)) : Swift.min(Swift.min(m0, m1), Swift.min(m2, m3))
    }

    /// Sign flips only, so `-0.0` and NaN payloads behave as numpy's.
    public static func negateOrAbs(_ a: UnsafePointer<Self>, _ c: UnsafeMutablePointer<Self>, _ n: Int, abs: Bool) {
        if abs {
            for i in 0..<n { c[i] = a[i].magnitude }
        } else {
            for i in 0..<n { c[i] = -a[i] }
        }
    }

    /// NaN stays NaN, as `np.clip`; Double and Float through the dispatched SIMD loop.
    public static func clip(_ a: UnsafePointer<Self>, _ c: UnsafeMutablePointer<Self>, _ n: Int, low: Self, high: Self) {
        if DispatchedKernels.clip(a, c, n, low: low, high: high) { return }
        for i in 0..<n {
            let x = a[i]
            c[i] = x < low ? low : (x > high ? high : x)
        }
    }

    /// Exact widening (or identity).
    public static func toDouble(_ a: UnsafePointer<Self>, _ c: UnsafeMutablePointer<Double>, _ n: Int) {
        for i in 0..<n { c[i] = Double(a[i]) }
    }
}

extension FloatingElement {
    /// Double and Float through the dispatched SIMD loop.
    public static func classify(_ a: UnsafePointer<Self>, _ c: UnsafeMutablePointer<Bool>, _ n: Int, finite: Bool) {
        if DispatchedKernels.classify(a, c, n, finite: finite) { return }
        if finite {
            for i in 0..<n { c[i] = a[i].isFinite }
        } else {
            for i in 0..<n { c[i] = a[i] != a[i] }
        }
    }

    /// Rounds to nearest, as numpy's `astype`.
    public static func fromDouble(_ a: UnsafePointer<Double>, _ c: UnsafeMutablePointer<Self>, _ n: Int) {
        for i in 0..<n { c[i] = Self(a[i]) }
    }

    /// Round half to even without a library call: adding and removing 2^(p-1) rounds in the
    /// current (nearest-even) mode; larger magnitudes are already integers.
    @inline(__always)
    static func roundedEven(_ x: Self) -> Self {
        let shift = Self(sign: .plus, exponent: Self.Exponent(Self.significandBitCount), significand: 1)
        let m = x.magnitude
        let r = (m + shift) - shift
        return m < shift ? (x < 0 ? -r : r) : x
    }
}
