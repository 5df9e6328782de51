/// Element types an ``NDArray`` can print the way numpy's `print(array)` does.
///
/// numpy chooses one formatter per array from the elements it will show (all of them, or only
/// the edge items of a summarised array), so alignment and notation are uniform across the
/// printout. Conforming types build that formatter here.
public protocol NumpyPrintable {
    /// One formatter for a whole printout, chosen from the elements shown, so every element
    /// gets the same width and notation.
    static func numpyFormatter(for shown: [Self]) -> (Self) -> String
    /// numpy's `str` of one scalar, which is what a 0-d array prints.
    static func numpyScalarText(_ value: Self) -> String
}

extension NumpyPrintable {
    /// By default the type's own description (integers, strings).
    public static func numpyScalarText(_ value: Self) -> String { "\(value)" }
}

extension NumpyPrintable where Self: NumpyFloatingPoint {
    /// Python-style shortest text: `1.0`, `0.0001`, `1e-05`, `1.5e+16` (float32 switches to
    /// e-notation from 1e6, float64 from 1e16).
    public static func numpyScalarText(_ value: Self) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        let d = DecimalDigits.shortest(value)
        let sign = d.negative ? "-" : ""
        let magnitude = Double(value.magnitude)
        if d.isZero || (magnitude >= 1e-4 && value.magnitude < Self.scalarPositionalLimit) {
            let (integer, fraction) = d.positionalParts
            return sign + integer + "." + (fraction.isEmpty ? "0" : fraction)
        }
        let (integer, fraction) = d.scientificParts
        let exponent = String(abs(d.exponent))
        return sign + integer + (fraction.isEmpty ? "" : "." + fraction) + "e" + (d.exponent < 0 ? "-" : "+")
            + (exponent.count < 2 ? "0" : "") + exponent
    }
}

extension Float: NumpyPrintable {
    /// numpy's `FloatingFormat` for float32.
    public static func numpyFormatter(for shown: [Float]) -> (Float) -> String {
        FloatingFormat(shown).format
    }
}

extension Double: NumpyPrintable {
    /// numpy's `FloatingFormat` for float64.
    public static func numpyFormatter(for shown: [Double]) -> (Double) -> String {
        FloatingFormat(shown).format
    }
}

/// numpy's `IntegerFormat`: right-aligned to the widest of the largest and smallest value.
extension NumpyPrintable where Self: BinaryInteger {
    /// Right-aligned decimal integers.
    public static func numpyFormatter(for shown: [Self]) -> (Self) -> String {
        let width = max(shown.max().map { String($0).count } ?? 0, shown.min().map { String($0).count } ?? 0)
        return { value in
            let text = String(value)
            return String(repeating: " ", count: max(0, width - text.count)) + text
        }
    }
}

extension Int: NumpyPrintable {}
extension Int8: NumpyPrintable {}
extension Int16: NumpyPrintable {}
extension Int32: NumpyPrintable {}
extension Int64: NumpyPrintable {}
extension UInt8: NumpyPrintable {}
extension UInt16: NumpyPrintable {}
extension UInt32: NumpyPrintable {}
extension UInt64: NumpyPrintable {}

/// numpy's `BoolFormat`: `" True"` so that it lines up with `"False"`.
extension Bool: NumpyPrintable {
    /// Python's `True` / `False`.
    public static func numpyScalarText(_ value: Bool) -> String { value ? "True" : "False" }

    /// Padded to five characters, numpy's alignment.
    public static func numpyFormatter(for shown: [Bool]) -> (Bool) -> String {
        { $0 ? " True" : "False" }
    }
}

/// Strings print as Python's `repr` of each element, unpadded: `['face' 'cat']`.
extension String: NumpyPrintable {
    /// Python `repr` of each string, unpadded.
    public static func numpyFormatter(for shown: [String]) -> (String) -> String {
        { $0.pythonRepr }
    }
}
