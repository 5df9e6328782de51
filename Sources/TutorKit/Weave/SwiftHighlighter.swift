/// A small lexer-based Swift highlighter: enough to colour tutorial code the way readers
/// expect (keywords, strings with their interpolations, numbers, comments, type names,
/// attributes) without a compiler in the loop. Every piece of source is HTML-escaped.
///
/// Output is a sequence of `<span class="…">` runs: `k` keyword, `s` string, `si`
/// interpolation delimiters, `n` number, `c` comment, `t` type name, `a` attribute or
/// `#directive`. Identifiers for which `link` returns a URL become links (API back-references).
struct SwiftHighlighter {
    var link: (String) -> String? = { _ in nil }

    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import",
        "init", "inout", "internal", "let", "open", "operator", "private", "precedencegroup",
        "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var",
        "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough",
        "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while",
        "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws", "true",
        "try", "async", "actor", "some", "any", "mutating", "nonmutating", "override", "final",
        "lazy", "weak", "unowned", "convenience", "required", "indirect", "consuming", "borrowing",
        "sending", "nonisolated", "isolated", "get", "set", "willSet", "didSet",
    ]

    func html(_ code: String) -> String {
        var lexer = Lexer(chars: Array(code.unicodeScalars), link: link)
        lexer.code(insideInterpolation: false)
        return lexer.out
    }

    private struct Lexer {
        let chars: [Unicode.Scalar]
        let link: (String) -> String?
        var i = 0
        var out = ""

        init(chars: [Unicode.Scalar], link: @escaping (String) -> String?) {
            self.chars = chars
            self.link = link
        }

        func peek(_ k: Int = 0) -> Unicode.Scalar? { i + k < chars.count ? chars[i + k] : nil }
        func text(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(chars[r])) }

        mutating func span(_ cls: String, _ r: Range<Int>) {
            out += "<span class=\"\(cls)\">\(HTML.escape(text(r)))</span>"
        }

        /// Lexes code until the end, or until the `)` closing an interpolation.
        mutating func code(insideInterpolation: Bool) {
            var depth = 0
            while let c = peek() {
                if c == "/" && peek(1) == "/" {
                    let start = i
                    while let d = peek(), d != "\n" { i += 1 }
                    span("c", start..<i)
                } else if c == "/" && peek(1) == "*" {
                    blockComment()
                } else if c == "\"" || (c == "#" && isRawStringStart()) {
                    string()
                } else if c == "@" && peek(1).map(isIdentifierStart) == true {
                    let start = i
                    i += 1
                    while let d = peek(), isIdentifierPart(d) { i += 1 }
                    span("a", start..<i)
                } else if c == "#" && peek(1).map(isIdentifierStart) == true {
                    let start = i
                    i += 1
                    while let d = peek(), isIdentifierPart(d) { i += 1 }
                    span("a", start..<i)
                } else if isDigit(c) {
                    number()
                } else if isIdentifierStart(c) || c == "`" {
                    identifier()
                } else {
                    if insideInterpolation {
                        if c == "(" { depth += 1 }
                        if c == ")" {
                            if depth == 0 { return }
                            depth -= 1
                        }
                    }
                    out += HTML.escape(String(c))
                    i += 1
                }
            }
        }

        mutating func blockComment() {
            let start = i
            var depth = 0
            while let c = peek() {
                if c == "/" && peek(1) == "*" { depth += 1; i += 2; continue }
                if c == "*" && peek(1) == "/" {
                    depth -= 1; i += 2
                    if depth == 0 { break }
                    continue
                }
                i += 1
            }
            span("c", start..<i)
        }

        func isRawStringStart() -> Bool {
            var k = 0
            while peek(k) == "#" { k += 1 }
            return peek(k) == "\""
        }

        /// A string literal: plain, multi-line or raw; interpolations are lexed as code.
        mutating func string() {
            var hashes = 0
            var start = i
            while peek() == "#" { hashes += 1; i += 1 }
            let multiline = peek() == "\"" && peek(1) == "\"" && peek(2) == "\""
            i += multiline ? 3 : 1
            let closing = String(repeating: "\"", count: multiline ? 3 : 1) + String(repeating: "#", count: hashes)
            let closeScalars = Array(closing.unicodeScalars)
            let escape = "\\" + String(repeating: "#", count: hashes)
            let escapeScalars = Array(escape.unicodeScalars)
            while i < chars.count {
                if matches(closeScalars) {
                    i += closeScalars.count
                    span("s", start..<i)
                    return
                }
                if !multiline && chars[i] == "\n" { break }
                if matches(escapeScalars) {
                    let after = i + escapeScalars.count
                    if after < chars.count && chars[after] == "(" {
                        span("s", start..<i)
                        span("si", i..<(after + 1))
                        i = after + 1
                        code(insideInterpolation: true)
                        if peek() == ")" { span("si", i..<(i + 1)); i += 1 }
                        start = i
                        continue
                    }
                    i = min(after + 1, chars.count)
                    continue
                }
                i += 1
            }
            span("s", start..<i)
        }

        func matches(_ s: [Unicode.Scalar]) -> Bool {
            guard i + s.count <= chars.count else { return false }
            for (k, c) in s.enumerated() where chars[i + k] != c { return false }
            return true
        }

        mutating func number() {
            let start = i
            if peek() == "0", let p = peek(1), "xob".unicodeScalars.contains(p) { i += 2 }
            while let c = peek() {
                if isIdentifierPart(c) {
                    i += 1
                    if (c == "e" || c == "E" || c == "p" || c == "P"), peek() == "-" || peek() == "+" { i += 1 }
                } else if c == ".", let d = peek(1), isDigit(d) {
                    i += 1
                } else {
                    break
                }
            }
            span("n", start..<i)
        }

        mutating func identifier() {
            let start = i
            if peek() == "`" {
                i += 1
                while let c = peek(), c != "`", c != "\n" { i += 1 }
                if peek() == "`" { i += 1 }
                out += HTML.escape(text(start..<i))
                return
            }
            while let c = peek(), isIdentifierPart(c) { i += 1 }
            let word = text(start..<i)
            let previousIsDot = start > 0 && chars[start - 1] == "."
            if SwiftHighlighter.keywords.contains(word) && !previousIsDot {
                span("k", start..<i)
            } else if let url = link(word) {
                let cls = word.first!.isUppercase ? "t api" : "api"
                out += "<a class=\"\(cls)\" href=\"\(HTML.escape(url))\">\(HTML.escape(word))</a>"
            } else if word.first!.isUppercase {
                span("t", start..<i)
            } else {
                out += HTML.escape(word)
            }
        }

        func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
        func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
            c == "_" || c.properties.isAlphabetic || (c.value > 0x7F && c.properties.isXIDStart)
        }
        func isIdentifierPart(_ c: Unicode.Scalar) -> Bool {
            isIdentifierStart(c) || isDigit(c) || (c.value > 0x7F && c.properties.isXIDContinue)
        }
    }
}
