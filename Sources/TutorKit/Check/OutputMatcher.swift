/// Decides whether a step's output matches its recorded ` ```output ` block.
///
/// Rules (doctest-like):
/// - lines compare after trimming trailing whitespace; trailing blank lines are ignored;
/// - numbers compare with relative tolerance: |a − b| ≤ tolerance · max(|a|, |b|);
/// - an expected line that is just `...` matches any number of lines (none included);
/// - `...` inside an expected line matches any text within that line. A number written just
///   before `...` also matches a longer number it is a prefix of (`0.83...` matches
///   `0.8333`), and one just after `...` a number it ends (`...33` matches `0.8333`).
public struct OutputMatcher: Sendable {
    public static let defaultTolerance = 1e-6
    public var tolerance: Double

    public init(tolerance: Double = OutputMatcher.defaultTolerance) {
        self.tolerance = tolerance
    }

    /// Output split into comparable lines: trailing whitespace and trailing blank lines gone.
    public static func lines(of text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var line = Substring(line)
            while let last = line.last, last.isWhitespace { line.removeLast() }
            return String(line)
        }
        while lines.last == "" { lines.removeLast() }
        return lines
    }

    public func matches(expected: String, actual: String) -> Bool {
        let expectedLines = Self.lines(of: expected), actualLines = Self.lines(of: actual)
        return Self.wildcardMatch(
            patternCount: expectedLines.count, items: actualLines,
            isWildcard: { expectedLines[$0].trimmingLeadingWhitespace == "..." },
            matches: { lineMatches(expected: expectedLines[$0], actual: $1) })
    }

    /// One line against one line (in-line `...` and number tolerance).
    public func lineMatches(expected: String, actual: String) -> Bool {
        if expected == actual { return true }
        let pattern = LineToken.tokens(of: expected, expected: true)
        let tokens = LineToken.tokens(of: actual, expected: false)
        return Self.wildcardMatch(
            patternCount: pattern.count, items: tokens,
            isWildcard: { pattern[$0] == .wildcard },
            matches: { tokenMatches(pattern, $0, $1) })
    }

    /// Whether `items` match a pattern of `patternCount` elements, where a wildcard element
    /// matches any run of items (none included) and any other one item, by `matches`.
    /// Memoized, so it is polynomial however many wildcards there are.
    static func wildcardMatch<Item>(
        patternCount: Int, items: [Item], isWildcard: (Int) -> Bool, matches: (Int, Item) -> Bool
    ) -> Bool {
        var memo: [Int: Bool] = [:]
        func match(_ p: Int, _ t: Int) -> Bool {
            let key = p * (items.count + 1) + t
            if let known = memo[key] { return known }
            let result: Bool
            if p == patternCount {
                result = t == items.count
            } else if isWildcard(p) {
                result = match(p + 1, t) || (t < items.count && match(p, t + 1))
            } else {
                result = t < items.count && matches(p, items[t]) && match(p + 1, t + 1)
            }
            memo[key] = result
            return result
        }
        return match(0, 0)
    }

    private func tokenMatches(_ pattern: [LineToken], _ p: Int, _ token: LineToken) -> Bool {
        switch (pattern[p], token) {
        case (.character(let a), .character(let b)):
            return a == b
        case (.number(let a, let aText), .number(let b, let bText)):
            if aText == bText || (a.isNaN && b.isNaN) || a == b { return true }
            if abs(a - b) <= tolerance * max(abs(a), abs(b)) { return true }
            if p + 1 < pattern.count, pattern[p + 1] == .wildcard, bText.hasPrefix(aText) { return true }
            if p > 0, pattern[p - 1] == .wildcard, bText.hasSuffix(aText) { return true }
            return false
        default:
            return false
        }
    }
}

extension String {
    var trimmingLeadingWhitespace: Substring { drop { $0.isWhitespace } }
}
