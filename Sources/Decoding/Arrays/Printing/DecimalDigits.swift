import Foundation

/// A finite binary floating-point value as decimal digits, the raw material numpy's
/// Dragon4 printer works from: value = ±d₀.d₁d₂… × 10^exponent.
///
/// Numpy prints in "unique" mode with a precision cutoff: the shortest digits that read back
/// to the same value, unless those need more digits than the cutoff allows, in which case the
/// exact binary value is rounded (half to even) at the cutoff. Swift's `description` already
/// gives the shortest round-trip digits for `Float` and `Double`, and C's `printf` rounds the
/// exact value, so together they reproduce Dragon4 without a big-integer implementation.
struct DecimalDigits: Equatable {
    var negative: Bool
    /// Significant digits without leading or trailing zeros; empty for zero.
    var digits: [UInt8]
    /// Decimal exponent of the first digit (meaningless for zero).
    var exponent: Int

    var isZero: Bool { digits.isEmpty }

    /// Shortest digits that round-trip to `value` in its own type.
    /// - Precondition: `value` is finite.
    static func shortest<T: BinaryFloatingPoint & LosslessStringConvertible>(_ value: T) -> DecimalDigits {
        parse(value.description)
    }

    /// Shortest digits, or the exact value rounded to `significantDigits` when the shortest
    /// form is longer (Dragon4 scientific with `precision = significantDigits - 1`).
    static func scientific<T: BinaryFloatingPoint & LosslessStringConvertible>(
        _ value: T, significantDigits: Int
    ) -> DecimalDigits {
        let short = shortest(value)
        guard short.digits.count > significantDigits else { return short }
        return rounded(value, significantDigits: significantDigits)
    }

    /// Shortest digits, or the exact value rounded to `fractionDigits` digits after the point
    /// when the shortest form is longer (Dragon4 positional, `fractional=True`).
    static func positional<T: BinaryFloatingPoint & LosslessStringConvertible>(
        _ value: T, fractionDigits: Int
    ) -> DecimalDigits {
        let short = shortest(value)
        guard short.fractionCount > fractionDigits else { return short }
        return parse(String(format: "%.\(fractionDigits)f", Double(value)))
    }

    /// The exact value rounded (half to even) to `significantDigits`, trailing zeros dropped.
    /// numpy asks for this when a mantissa must show a minimum number of digits
    /// (`min_digits`): Dragon4 then keeps generating exact digits past the shortest ones.
    static func rounded<T: BinaryFloatingPoint>(_ value: T, significantDigits: Int) -> DecimalDigits {
        parse(String(format: "%.\(max(0, significantDigits - 1))e", Double(value)))
    }

    /// Number of digits after the decimal point in positional notation.
    var fractionCount: Int { isZero ? 0 : max(0, digits.count - 1 - exponent) }

    /// Parses `[-]ddd[.ddd][e±dd]` (Swift `description` or `printf` output).
    static func parse(_ text: String) -> DecimalDigits {
        var chars = Substring(text)
        let negative = chars.first == "-"
        if negative { chars = chars.dropFirst() }
        var exponentPart = 0
        if let e = chars.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponentPart = Int(chars[chars.index(after: e)...].replacingOccurrences(of: "+", with: "")) ?? 0
            chars = chars[..<e]
        }
        let point = chars.firstIndex(of: ".")
        let integerPart = point.map { chars[..<$0] } ?? chars
        let fractionPart = point.map { chars[chars.index(after: $0)...] } ?? ""
        var digits = (integerPart + fractionPart).map { UInt8($0.asciiValue! - 48) }
        var exponent = integerPart.count - 1 + exponentPart
        while digits.first == 0 {
            digits.removeFirst()
            exponent -= 1
        }
        while digits.last == 0 { digits.removeLast() }
        return DecimalDigits(negative: negative, digits: digits, exponent: digits.isEmpty ? 0 : exponent)
    }

    /// Integer and fraction parts as written in positional notation, without sign.
    var positionalParts: (integer: String, fraction: String) {
        if isZero { return ("0", "") }
        let text = digits.map { Character(UnicodeScalar($0 + 48)) }
        if exponent < 0 {
            return ("0", String(repeating: "0", count: -exponent - 1) + String(text))
        }
        let integerCount = exponent + 1
        if text.count <= integerCount {
            return (String(text) + String(repeating: "0", count: integerCount - text.count), "")
        }
        return (String(text[..<integerCount]), String(text[integerCount...]))
    }

    /// Mantissa parts `d` and `ddd` of `d.ddd` in scientific notation, without sign.
    var scientificParts: (integer: String, fraction: String) {
        if isZero { return ("0", "") }
        let text = String(digits.map { Character(UnicodeScalar($0 + 48)) })
        return (String(text.prefix(1)), String(text.dropFirst()))
    }
}
