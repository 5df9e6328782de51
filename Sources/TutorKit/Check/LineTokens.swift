/// A line of output cut into tokens for comparison: numbers (compared with tolerance),
/// single characters of other text, and `...` wildcards (only in expected lines).
enum LineToken: Equatable {
    case number(Double, text: String)
    case character(Character)
    case wildcard

    /// Tokens of `line`. When `expected` is true, `...` becomes a wildcard.
    static func tokens(of line: String, expected: Bool) -> [LineToken] {
        var tokens: [LineToken] = []
        var rest = Substring(line)
        while !rest.isEmpty {
            if expected, rest.hasPrefix("...") {
                tokens.append(.wildcard)
                rest = rest.dropFirst(3)
                while rest.hasPrefix(".") { rest = rest.dropFirst() }
                continue
            }
            if let (value, text) = number(at: rest, after: tokens.last) {
                tokens.append(.number(value, text: String(text)))
                rest = rest.dropFirst(text.count)
                continue
            }
            tokens.append(.character(rest.first!))
            rest = rest.dropFirst()
        }
        return tokens
    }

    /// A number starting at the front of `text`: optional sign, digits with an optional
    /// fraction (or a leading-dot fraction), optional exponent; also `nan` and `inf`.
    /// A sign counts only when not glued to a letter or digit before it (`a-1` is not -1,
    /// but `(-1` is).
    private static func number(at text: Substring, after previous: LineToken?) -> (Double, Substring)? {
        var index = text.startIndex
        func at(_ i: String.Index) -> Character? { i < text.endIndex ? text[i] : nil }
        var glued = false
        if case .character(let c)? = previous, c.isLetter || c.isNumber || c == "_" || c == "." { glued = true }
        if case .number? = previous { glued = true }
        if let sign = at(index), sign == "-" || sign == "+", !glued { index = text.index(after: index) }
        for word in ["nan", "inf"] where text[index...].lowercased().hasPrefix(word) {
            let end = text.index(index, offsetBy: 3)
            if let next = at(end), next.isLetter { break }
            guard !glued else { return nil }
            let token = text[..<end]
            return (Double(token.lowercased()) ?? .nan, token)
        }
        let digitsStart = index
        while let c = at(index), c.isASCII, c.isNumber { index = text.index(after: index) }
        var sawDigits = index > digitsStart
        if at(index) == ".", let next = at(text.index(after: index)), next.isASCII, next.isNumber {
            index = text.index(after: index)
            while let c = at(index), c.isASCII, c.isNumber { index = text.index(after: index) }
            sawDigits = true
        } else if sawDigits, at(index) == ".", at(text.index(after: index)) != "." {
            index = text.index(after: index)  // "3." is a number
        }
        guard sawDigits else { return nil }
        if let e = at(index), e == "e" || e == "E" {
            var exponent = text.index(after: index)
            if let sign = at(exponent), sign == "-" || sign == "+" { exponent = text.index(after: exponent) }
            let exponentDigits = exponent
            while let c = at(exponent), c.isASCII, c.isNumber { exponent = text.index(after: exponent) }
            if exponent > exponentDigits { index = exponent }
        }
        // Inside a word (x1, v2.0a) digits are text, not a quantity.
        if glued, case .character? = previous { return nil }
        let token = text[..<index]
        guard let value = Double(token) else { return nil }
        return (value, token)
    }
}
