extension String {
    /// Python's `repr(str)`: single quotes unless the text holds a single quote and no double
    /// quote, backslash escapes for the quote, backslash and control characters.
    var pythonRepr: String {
        let quote: Character = contains("'") && !contains("\"") ? "\"" : "'"
        var out = String(quote)
        for scalar in unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where Character(scalar) == quote: out += "\\" + String(quote)
            case _ where scalar.value < 0x20 || scalar.value == 0x7f:
                out += "\\x" + String(repeating: "0", count: scalar.value < 0x10 ? 1 : 0)
                    + String(scalar.value, radix: 16)
            case _ where scalar.value >= 0x80 && scalar.value < 0xa0:
                out += "\\x" + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out.append(quote)
        return out
    }
}
