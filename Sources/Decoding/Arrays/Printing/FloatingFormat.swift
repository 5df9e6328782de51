/// Floating-point element types numpy prints, with the type-dependent cutoff above which
/// numpy switches to scientific notation (`10 ** min(8, finfo(dtype).precision)`).
public protocol NumpyFloatingPoint: BinaryFloatingPoint, LosslessStringConvertible {
    /// Magnitude (inclusive) from which numpy prints an array in scientific notation:
    /// `1e8` for float64, `1e6` for float32; the ratio of largest to smallest magnitude counts too.
    static var scientificCutoff: Self { get }
    /// Largest magnitude (exclusive) a scalar prints positionally: `str(np.float32(1e6))` is `1e+06`.
    static var scalarPositionalLimit: Self { get }
}

extension Float: NumpyFloatingPoint {
    /// float32 has 6 reliable decimal digits, so values ≥ 1e6 print in e-notation.
    public static var scientificCutoff: Float { 1e6 }
    /// float32 scalars print `1e+06` from 1e6 on.
    public static var scalarPositionalLimit: Float { 1e6 }
}

extension Double: NumpyFloatingPoint {
    /// float64 arrays switch to e-notation from 1e8 (numpy's precision-8 cutoff).
    public static var scientificCutoff: Double { 1e8 }
    /// Python's `repr(float)` switches to e-notation from 1e16.
    public static var scalarPositionalLimit: Double { 1e16 }
}

/// numpy's `FloatingFormat` with the default print options (precision 8, floatmode
/// 'maxprec', suppress False, sign '-'): decides once, from all the elements printed, between
/// positional and scientific notation and the paddings that align every element.
struct FloatingFormat<T: NumpyFloatingPoint> {
    static var precision: Int { 8 }

    private var scientific = false
    private var padLeft = 0
    private var padRight = 0
    /// Fraction digits every mantissa gets in scientific notation (zero-filled).
    private var mantissaDigits = 0
    private var exponentDigits = 2

    init(_ data: [T]) {
        let finite = data.filter(\.isFinite)
        let nonZero = finite.filter { $0 != 0 }.map(\.magnitude)
        if let maxValue = nonZero.max(), let minValue = nonZero.min() {
            // Compared and divided in T, as numpy does with weak Python scalars (NEP 50).
            scientific = maxValue >= T.scientificCutoff || minValue < T(0.0001) || maxValue / minValue > 1000
        }
        if finite.isEmpty {
            padLeft = 0
            padRight = 0
        } else if scientific {
            let parts = finite.map { DecimalDigits.scientific($0, significantDigits: Self.precision + 1) }
            mantissaDigits = parts.map { $0.digits.count > 1 ? $0.digits.count - 1 : 0 }.max() ?? 0
            exponentDigits = max(2, parts.map { String(abs($0.exponent)).count }.max() ?? 2)
            padLeft = parts.map { $0.negative ? 2 : 1 }.max() ?? 1
            padRight = exponentDigits + 2 + mantissaDigits
        } else {
            let parts = finite.map { DecimalDigits.positional($0, fractionDigits: Self.precision) }
            padLeft = parts.map { ($0.negative ? 1 : 0) + $0.positionalParts.integer.count }.max() ?? 1
            padRight = parts.map { $0.positionalParts.fraction.count }.max() ?? 0
        }
        if finite.count != data.count {
            let negativeInfinity = data.contains { $0.isInfinite && $0 < 0 } ? 1 : 0
            let offset = padRight + 1
            padLeft = max(padLeft, 3 - offset, 3 + negativeInfinity - offset)
        }
    }

    func format(_ x: T) -> String {
        guard x.isFinite else {
            let text = x.isNaN ? "nan" : (x < 0 ? "-inf" : "inf")
            return String(repeating: " ", count: max(0, padLeft + padRight + 1 - text.count)) + text
        }
        if scientific {
            let d = DecimalDigits.rounded(x, significantDigits: mantissaDigits + 1)
            let (integer, fraction) = d.scientificParts
            let head = (d.negative ? "-" : "") + integer
            let exponent = String(abs(d.exponent))
            return String(repeating: " ", count: max(0, padLeft - head.count)) + head + "."
                + fraction + String(repeating: "0", count: max(0, mantissaDigits - fraction.count))
                + "e" + (d.exponent < 0 ? "-" : "+")
                + String(repeating: "0", count: max(0, exponentDigits - exponent.count)) + exponent
        }
        let d = DecimalDigits.positional(x, fractionDigits: Self.precision)
        let (integer, fraction) = d.positionalParts
        let head = (d.negative ? "-" : "") + integer
        return String(repeating: " ", count: max(0, padLeft - head.count)) + head + "." + fraction
            + String(repeating: " ", count: max(0, padRight - fraction.count))
    }
}
