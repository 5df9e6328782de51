import Yams

/// Reads the YAML front matter at the very top of a tutorial with Yams.
enum FrontMatterParser {
    /// The front matter and the lines it covers, or nil when line 1 is not `---`.
    /// Throws `TutorialError` for an unclosed block, bad YAML, an unknown key or a value
    /// of the wrong type, at the line at fault.
    static func parse(_ lines: SourceLines, path: String) throws -> (FrontMatter, ClosedRange<Int>)? {
        guard lines.count > 0, trimmed(lines.text(of: 1)) == "---" else { return nil }
        guard let close = (2...max(2, lines.count)).first(where: {
            $0 <= lines.count && ["---", "..."].contains(trimmed(lines.text(of: $0)))
        }) else {
            throw TutorialError(path: path, line: 1, message: "front matter opened here is never closed by a '---' line")
        }
        let yaml = (2..<close).map { lines.text(of: $0) + "\n" }.joined()
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw TutorialError(path: path, line: 1 + line(of: error), message: "malformed front matter: \(problem(of: error))")
        } catch {
            throw TutorialError(path: path, line: 1, message: "malformed front matter: \(error)")
        }
        var matter = FrontMatter()
        guard let node else { return (matter, 1...close) }
        guard let mapping = node.mapping else {
            throw TutorialError(path: path, line: 2, message: "malformed front matter: expected 'key: value' lines")
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? "\(keyNode)"
            let at = 1 + keyNode.mark.map(\.line).orOne
            func fail(_ expected: String) -> TutorialError {
                TutorialError(path: path, line: at, message: "front matter '\(key)' must be \(expected), not '\(value.any)'")
            }
            switch key {
            case "title": matter.title = try text(value, orThrow: fail("text"))
            case "summary": matter.summary = try text(value, orThrow: fail("text"))
            case "thumbnail": matter.thumbnail = try text(value, orThrow: fail("text"))
            case "order":
                guard let order = value.int else { throw fail("an integer") }
                matter.order = order
            case "timeout":
                guard let seconds = value.float, seconds > 0, seconds.isFinite else { throw fail("a positive number of seconds") }
                matter.timeout = seconds
            case "expect-failure", "simulated-data", "slow":
                guard let flag = value.bool else { throw fail("true or false") }
                switch key {
                case "expect-failure": matter.expectFailure = flag
                case "simulated-data": matter.simulatedData = flag
                default: matter.slow = flag
                }
            default:
                let known = FrontMatter.keys.sorted().joined(separator: ", ")
                throw TutorialError(path: path, line: at, message: "unknown front matter key '\(key)' (known: \(known))")
            }
        }
        return (matter, 1...close)
    }

    private static func text(_ node: Node, orThrow error: TutorialError) throws -> String {
        guard let scalar = node.scalar else { throw error }
        return scalar.string
    }

    private static func trimmed(_ line: String) -> String {
        var line = Substring(line)
        while let last = line.last, last == " " || last == "\t" { line.removeLast() }
        return String(line)
    }

    private static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        case .duplicatedKeysInMapping(_, let context):
            return context.mark.line
        default:
            return 1
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
            .composer(let context, let problem, _, _):
            return [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
        case .duplicatedKeysInMapping(let duplicates, _):
            return "duplicate key \(duplicates.joined(separator: ", "))"
        default:
            return "\(error)"
        }
    }
}

private extension Optional where Wrapped == Int {
    var orOne: Int { self ?? 1 }
}

private extension Node {
    /// The node's value for messages.
    var any: String { scalar?.string ?? "\(self)" }
}
