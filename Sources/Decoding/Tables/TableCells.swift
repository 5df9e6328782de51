import Foundation

// Python's string justification, measured as Python does (code points), which pandas uses
// to lay out every printed table.
extension String {
    var pythonLength: Int { unicodeScalars.count }

    func pythonLjust(_ width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - pythonLength))
    }

    func pythonRjust(_ width: Int) -> String {
        String(repeating: " ", count: max(0, width - pythonLength)) + self
    }

    /// Python's `str.center`: the odd space goes left only when `width` is odd.
    func pythonCenter(_ width: Int) -> String {
        let margin = width - pythonLength
        guard margin > 0 else { return self }
        let left = margin / 2 + (margin & width & 1)
        return String(repeating: " ", count: left) + self + String(repeating: " ", count: margin - left)
    }
}

/// The cell texts pandas' `format_array` gives a column (with a leading space for the index
/// gap), before they are padded to one width.
enum TableCells {
    static func cells(_ column: TableColumn) -> [String] {
        switch column {
        case .strings(let v): v.map { " " + escaped($0) }
        case .ints(let v): v.map { $0 < 0 ? String($0) : " " + String($0) }
        case .doubles(let v): floats(v)
        }
    }

    /// pandas' `pprint_thing` with `escape_chars=("\t", "\r", "\n")`.
    static func escaped(_ s: String) -> String {
        s.replacingOccurrences(of: "\t", with: "\\t").replacingOccurrences(of: "\r", with: "\\r")
            .replacingOccurrences(of: "\n", with: "\\n")
    }

    /// pandas' `FloatArrayFormatter` with `display.precision = 6`: fixed notation with the
    /// common trailing zeros trimmed, or e-notation when a value would show as 0 or the
    /// column would be too wide.
    static func floats(_ values: [Double]) -> [String] {
        var out = trimmingZeros(values.map { $0.isNaN ? "NaN" : String(format: "% .6f", $0) })
        let tooLong = (out.map(\.pythonLength).max() ?? 0) > 6 + 6
        let hasLarge = values.contains { abs($0) > 1e6 }
        let hasSmall = values.contains { abs($0) < 1e-6 && abs($0) > 0 }
        if hasSmall || (tooLong && hasLarge) {
            out = trimmingZeros(values.map { $0.isNaN ? "NaN" : String(format: "% .6e", $0) })
        }
        return out
    }

    /// pandas' `_trim_zeros_float`: drops trailing zeros from all decimal numbers together.
    static func trimmingZeros(_ texts: [String]) -> [String] {
        let isNumber = texts.map(isDecimalNumber)
        guard isNumber.contains(true) else { return texts }
        var trimmed = texts
        while zip(trimmed, isNumber).allSatisfy({ !$1 || $0.hasSuffix("0") }) {
            trimmed = zip(trimmed, isNumber).map { $1 ? String($0.dropLast()) : $0 }
        }
        return zip(trimmed, isNumber).map { $1 && $0.hasSuffix(".") ? $0 + "0" : $0 }
    }

    /// `^\s*[+-]?[0-9]+\.[0-9]*$`
    private static func isDecimalNumber(_ s: String) -> Bool {
        var rest = Substring(s).drop { $0 == " " }
        if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
        let integer = rest.prefix { $0.isASCII && $0.isNumber }
        guard !integer.isEmpty else { return false }
        rest = rest.dropFirst(integer.count)
        guard rest.first == "." else { return false }
        return rest.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// pandas' `_make_fixed_width`: right-justify to the widest cell (at least `minimum`),
    /// cutting cells past `maxWidth` to end in `...`.
    static func fixedWidth(_ cells: [String], minimum: Int = 0, maxWidth: Int) -> (cells: [String], width: Int) {
        guard !cells.isEmpty else { return (cells, 0) }
        var width = max(minimum, cells.map(\.pythonLength).max() ?? 0)
        width = min(width, maxWidth)
        let keep = max(width - 3, 0)
        let placeholder = String("...".prefix(width - keep))
        let cut = cells.map { $0.pythonLength > width ? String(String.UnicodeScalarView($0.unicodeScalars.prefix(keep))) + placeholder : $0 }
        return (cut.map { $0.pythonRjust(width) }, width)
    }

    /// pandas' `adjoin`: every list but the last padded on the right to its widest + `space`.
    static func adjoin(_ space: Int, _ lists: [[String]]) -> String {
        let maxLength = lists.map(\.count).max() ?? 0
        let widths = lists.enumerated().map { i, list in
            (list.map(\.pythonLength).max() ?? 0) + (i < lists.count - 1 ? space : 0)
        }
        let padded = zip(lists, widths).map { list, width in
            Array(repeating: String(repeating: " ", count: width), count: maxLength - list.count)
                + list.map { $0.pythonLjust(width) }
        }
        return (0..<maxLength).map { row in padded.map { $0[row] }.joined() }.joined(separator: "\n")
    }
}
