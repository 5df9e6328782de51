import Foundation

/// numpy's default printing of the few scalars and small arrays in a NIfTI header dump
/// (`[-1.    3.5   3.75  3.75  1.  ]`, `[ 4 40 64 64  1]`), kept private to image printing.
enum NiftiPrinting {
    /// Python `repr()` of a float: shortest round-trip digits, positional between 1e-4 and 1e16.
    /// (nibabel formats header scalars through Python floats, so float32 fields show their
    /// float64 digits: `0.7071067690849304`.)
    static func scalar(_ v: Float) -> String { scalar(Double(v)) }
    static func scalar(_ v: Double) -> String { scalar(v, digits: shortest(v)) }

    private static func scalar(_ v: Double, digits: (String, Int)) -> String {
        if v.isNaN { return "nan" }
        if v.isInfinite { return v < 0 ? "-inf" : "inf" }
        let a = abs(v)
        if a == 0 || (a >= 1e-4 && a < 1e16) {
            let (i, f) = positional(v, digits: digits, precision: .max)
            return i + "." + (f.isEmpty ? "0" : f)
        }
        return scientific(v, digits: digits, fractionWidth: nil, precision: .max).replacingOccurrences(of: ".e", with: "e")
    }

    /// Shortest round-trip significant digits and decimal exponent (value = 0.d1d2… × 10^exp).
    static func shortest<T: BinaryFloatingPoint & LosslessStringConvertible>(_ v: T) -> (String, Int) {
        let s = "\(abs(v))".lowercased()
        let parts = s.split(separator: "e")
        let mantissa = String(parts[0])
        let e = parts.count > 1 ? Int(parts[1])! : 0
        let dot = mantissa.firstIndex(of: ".") ?? mantissa.endIndex
        let intPart = String(mantissa[..<dot])
        let fracPart = dot < mantissa.endIndex ? String(mantissa[mantissa.index(after: dot)...]) : ""
        var digits = intPart + fracPart
        var exp = intPart.count + e
        while digits.hasPrefix("0") && digits.count > 1 { digits.removeFirst(); exp -= 1 }
        while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
        if digits == "0" { exp = 1 }
        return (digits, exp)
    }

    /// Integer and fraction digit strings of `v` (sign on the integer part), fraction capped
    /// at 8 digits as numpy's default precision.
    static func positional(_ v: Double, digits: (String, Int), precision: Int = 8) -> (String, String) {
        var (d, exp) = digits
        if d.count - exp > precision {  // more fraction digits than allowed: round
            let r = String(format: "%.\(precision)f", abs(v))
            let parts = r.split(separator: ".")
            var frac = String(parts.count > 1 ? parts[1] : "")
            while frac.hasSuffix("0") { frac.removeLast() }
            return ((v.sign == .minus ? "-" : "") + String(parts[0]), frac)
        }
        if exp <= 0 {
            d = String(repeating: "0", count: -exp) + d
            exp = 0
        }
        if d.count < exp { d += String(repeating: "0", count: exp - d.count) }
        let intPart = exp == 0 ? "0" : String(d.prefix(exp))
        let frac = String(d.dropFirst(exp))
        return ((v.sign == .minus ? "-" : "") + intPart, frac == "0" && d == "0" ? "" : frac)
    }

    /// Significant digits for e-notation, rounded to `precision` fraction digits.
    static func scientificDigits(_ v: Double, digits: (String, Int), precision: Int = 8) -> (String, Int) {
        guard digits.0.count - 1 > precision else { return digits }
        let r = String(format: "%.\(precision)e", abs(v)).split(separator: "e")
        var m = r[0].replacingOccurrences(of: ".", with: "")
        while m.hasSuffix("0") && m.count > 1 { m.removeLast() }
        return (m, Int(r[1])! + 1)
    }

    static func scientific(_ v: Double, digits: (String, Int), fractionWidth: Int?, precision: Int = 8) -> String {
        var (d, exp) = scientificDigits(v, digits: digits, precision: precision)
        if let w = fractionWidth, d.count - 1 < w, v != 0 {
            // numpy extends shorter values with their exact digits, not zeros.
            let r = String(format: "%.\(w)e", abs(v)).split(separator: "e")
            d = r[0].replacingOccurrences(of: ".", with: "")
            exp = Int(r[1])! + 1
        }
        var frac = String(d.dropFirst())
        if let w = fractionWidth { frac += String(repeating: "0", count: max(0, w - frac.count)) }
        let e = d == "0" ? 0 : exp - 1
        let sign = v.sign == .minus ? "-" : ""
        return "\(sign)\(d.prefix(1)).\(frac)e\(e < 0 ? "-" : "+")\(String(format: "%02d", abs(e)))"
    }

    /// numpy's `str()` of a 1-D integer array.
    static func array<T: BinaryInteger>(_ values: [T]) -> String {
        let texts = values.map { String($0) }
        let width = texts.map(\.count).max() ?? 0
        return wrapped(texts.map { String(repeating: " ", count: width - $0.count) + $0 })
    }

    /// numpy's `str()` of a 1-D float array.
    static func array(_ values: [Double], float32: Bool = false) -> String {
        wrapped(cells(values, float32: float32))
    }

    /// Joins equal-width cells into numpy's bracketed 1-D text, wrapping past 75 columns
    /// with a one-space hanging indent.
    static func wrapped(_ words: [String], lineWidth: Int = 75) -> String {
        var text = "", line = " "
        for (n, word) in words.enumerated() {
            if line.count + word.count > lineWidth - 1 && line.count > 1 {
                text += line.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) + "\n"
                line = " "
            }
            line += word
            if n < words.count - 1 { line += " " }
        }
        text += line
        return "[" + text.dropFirst() + "]"
    }

    /// numpy's `str()` of a 2-D float array (rows share one column format).
    static func matrix(_ rows: [[Double]]) -> String {
        let all = cells(rows.flatMap { $0 })
        let n = rows.first?.count ?? 0
        let lines = stride(from: 0, to: all.count, by: max(n, 1)).map { all[$0..<min($0 + n, all.count)].joined(separator: " ") }
        return "[" + lines.enumerated().map { (i, l) in (i == 0 ? "[" : " [") + l + "]" }.joined(separator: "\n") + "]"
    }

    /// Equal-width cells as numpy's FloatingFormat (floatmode `maxprec`, precision 8) makes them.
    static func cells(_ values: [Double], float32: Bool = false) -> [String] {
        let finite = values.filter { $0.isFinite }
        let digits = values.map { float32 ? shortest(Float($0)) : shortest($0) }
        let nonzero = finite.map(abs).filter { $0 > 0 }
        let maxV = nonzero.max() ?? 0, minV = nonzero.min() ?? 0
        let useScientific = !nonzero.isEmpty && (maxV >= 1e8 || minV < 1e-4 || maxV / minV > 1e3)
        if useScientific {
            let fw = digits.enumerated().filter { values[$0.offset].isFinite }.map { scientificDigits(values[$0.offset], digits: $0.element).0.count - 1 }.max() ?? 0
            let texts = values.enumerated().map { (i, v) in
                v.isFinite ? scientific(v, digits: digits[i], fractionWidth: fw) : (v.isNaN ? "nan" : (v < 0 ? "-inf" : "inf"))
            }
            let w = texts.map(\.count).max() ?? 0
            return texts.map { String(repeating: " ", count: w - $0.count) + $0 }
        }
        let parts = values.enumerated().map { (i, v) in v.isFinite ? positional(v, digits: digits[i]) : (v.isNaN ? "nan" : (v < 0 ? "-inf" : "inf"), "") }
        let left = parts.map(\.0.count).max() ?? 0
        let right = parts.enumerated().filter { values[$0.offset].isFinite }.map { $0.element.1.count }.max() ?? 0
        return parts.enumerated().map { (i, p) in
            if !values[i].isFinite { return String(repeating: " ", count: max(0, left + 1 + right - p.0.count)) + p.0 }
            return String(repeating: " ", count: left - p.0.count) + p.0 + "." + p.1 + String(repeating: " ", count: right - p.1.count)
        }
    }

    /// Python's `repr()` of a NUL-trimmed bytes field: `b''`, `b'n+1'`, `b'FSL\x00'`.
    static func bytes(_ raw: [UInt8]) -> String {
        var b = Array(raw)
        while b.last == 0 { b.removeLast() }
        let hasSingle = b.contains(0x27), hasDouble = b.contains(0x22)
        let quote: UInt8 = hasSingle && !hasDouble ? 0x22 : 0x27
        var s = "b" + String(UnicodeScalar(quote))
        for c in b {
            switch c {
            case 0x5c: s += "\\\\"
            case quote: s += "\\" + String(UnicodeScalar(c))
            case 0x09: s += "\\t"
            case 0x0a: s += "\\n"
            case 0x0d: s += "\\r"
            case 0x20..<0x7f: s += String(UnicodeScalar(c))
            default: s += String(format: "\\x%02x", c)
            }
        }
        return s + String(UnicodeScalar(quote))
    }
}
