// Integer element loops: wrapping arithmetic, as numpy's fixed-width integers overflow
// silently instead of trapping.

extension NumericElement where Self: FixedWidthInteger {
    /// `.divide` is truncating division with 0 for a zero divisor; the `/` operator on integer
    /// arrays does not use it (numpy's `/` is true division, to float64).
    public static func combine(
        _ op: ArithmeticOperator, _ a: UnsafePointer<Self>, _ sa: Int,
        _ b: UnsafePointer<Self>, _ sb: Int, _ c: UnsafeMutablePointer<Self>, _ n: Int
    ) {
        switch op {
        case .add: stridedLoop(a, sa, b, sb, c, n, &+)
        case .subtract: stridedLoop(a, sa, b, sb, c, n, &-)
        case .multiply: stridedLoop(a, sa, b, sb, c, n, &*)
        case .divide: stridedLoop(a, sa, b, sb, c, n) { x, y in y == 0 ? 0 : x.dividedReportingOverflow(by: y).partialValue }
        case .minimum: stridedLoop(a, sa, b, sb, c, n) { x, y in Swift.min(x, y) }
        case .maximum: stridedLoop(a, sa, b, sb, c, n) { x, y in Swift.max(x, y) }
        }
    }

    /// Wrapping adds in order (integer addition is associative, so any order gives numpy's result).
    public static func sum(_ a: UnsafePointer<Self>, _ n: Int, stride: Int) -> Self {
        var res: Self = 0
        for i in 0..<n { res &+= a[i * stride] }
        return res
    }

    /// Wrapping adds.
    public static func accumulate(_ a: UnsafePointer<Self>, into acc: UnsafeMutablePointer<Self>, _ n: Int) {
        for i in 0..<n { acc[i] &+= a[i] }
    }

    /// Wrapping running sums, as numpy's int64 `cumsum`.
    public static func runningSum(_ a: UnsafePointer<Self>, _ c: UnsafeMutablePointer<Self>, _ n: Int, stride: Int) {
        var total: Self = 0
        for i in 0..<n {
            total = total &+ a[i * stride]
            c[i * stride] = total
        }
    }

    /// The first extreme's index (no NaN among integers).
    public static func extremeIndex(_ a: UnsafePointer<Self>, _ n: Int, stride: Int, maximum: Bool) -> Int {
        var best = a[0], index = 0
        for i in 1..<Swift.max(n, 1) {
            let x = a[i * stride]
            if maximum ? x > best : x < best {
                best = x
                index = i
            }
        }
        return index
    }

    /// The plain minimum or maximum.
    public static func extremeValue(_ a: UnsafePointer<Self>, _ n: Int, stride: Int, maximum: Bool) -> Self {
        var m = a[0]
        if maximum {
            for i in 1..<Swift.max(n, 1) { m = Swift.max(m, a[i * stride]) }
        } else {
            for i in 1..<Swift.max(n, 1) { m = Swift.min(m, a[i * stride]) }
        }
        return m
    }

    /// Wrapping: `-Int.min` and `abs(Int.min)` are `Int.min`, as numpy's.
    public static func negateOrAbs(_ a: UnsafePointer<Self>, _ c: UnsafeMutablePointer<Self>, _ n: Int, abs: Bool) {
        if abs {
            for i in 0..<n { c[i] = a[i] < 0 ? 0 &- a[i] : a[i] }
        } else {
            for i in 0..<n { c[i] = 0 &- a[i] }
        }
    }

    /// The plain `min(max(x, low), high)`.
    public static func clip(_ a: UnsafePointer<Self>, _ c: UnsafeMutablePointer<Self>, _ n: Int, low: Self, high: Self) {
        for i in 0..<n { c[i] = Swift.min(Swift.max(a[i], low), high) }
    }

    /// Rounds to nearest above 2^53, as numpy's `astype(np.float64)`.
    public static func toDouble(_ a: UnsafePointer<Self>, _ c: UnsafeMutablePointer<Double>, _ n: Int) {
        for i in 0..<n { c[i] = Double(a[i]) }
    }
}

extension Int: NumericElement {}
extension Int8: NumericElement {}
extension Int16: NumericElement {}
extension Int32: NumericElement {}
extension Int64: NumericElement {}
extension UInt8: NumericElement {}
extension UInt16: NumericElement {}
extension UInt32: NumericElement {}
extension UInt64: NumericElement {}
