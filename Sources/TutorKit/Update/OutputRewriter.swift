/// Rewrites a tutorial's ` ```output ` blocks with what its steps printed, keeping every
/// other byte of the file exactly as it was.
///
/// Only steps that completed are touched, and only blocks that `tutor check` would report as
/// differing are rewritten: a block that still matches (thanks to `...` or the tolerance)
/// keeps its hand-written text, so reruns do not churn the file. Recorded text is the step's standard output with
/// trailing whitespace and trailing blank lines removed (what `tutor check` compares), each
/// line prefixed with the block's container indentation and ended the way the file ends its
/// lines (CRLF stays CRLF). A fence is lengthened only when the new text holds a line that
/// would otherwise close it.
public enum OutputRewriter {
    public struct Rewrite: Sendable {
        /// The new file bytes.
        public var source: [UInt8]
        /// Numbers of the steps whose block changed or was added.
        public var changedSteps: [Int]
    }

    /// `add`: also insert a block after each completed step that printed something and has none.
    public static func rewrite(_ tutorial: Tutorial, _ result: TutorialResult, add: Bool) -> Rewrite {
        let lines = SourceLines(tutorial.source)
        let newline = lines.lineBreak
        var edits: [(range: Range<Int>, bytes: [UInt8], step: Int)] = []
        for (step, outcome) in zip(tutorial.steps, result.steps) where outcome.outcome == .completed {
            let output = OutputMatcher.lines(of: outcome.stdout)
            if let expected = step.expected {
                let matcher = OutputMatcher(tolerance: step.options.tolerance ?? OutputMatcher.defaultTolerance)
                if matcher.matches(expected: expected.text, actual: outcome.stdout) { continue }
                let fence = fenceLength(for: output)
                let opening = lines.text(of: expected.line)
                let existing = opening.drop { $0 != "`" && $0 != "~" }
                let existingLength = existing.prefix { $0 == existing.first }.count
                if existing.first == "`" && existingLength >= fence || existing.first == "~" && !output.contains(where: { $0.trimmingLeadingWhitespace.hasPrefix("~~~") }) {
                    let body = lines.start(of: expected.line + 1)..<lines.start(of: expected.endLine)
                    edits.append((body, block(output, step: step, newline: newline), step.number))
                } else {
                    let whole = lines.start(of: expected.line)..<lines.start(of: expected.endLine + 1)
                    var bytes = fenced(output, step: step, fence: fence, newline: newline)
                    if expected.endLine == lines.count, tutorial.source.last != UInt8(ascii: "\n") { bytes.removeLast(newline.utf8.count) }
                    edits.append((whole, bytes, step.number))
                }
            } else if add, !output.isEmpty {
                let at = lines.start(of: step.endLine + 1)
                var bytes: [UInt8] = []
                if at == tutorial.source.count, tutorial.source.last != UInt8(ascii: "\n") { bytes += Array(newline.utf8) }
                bytes += Array((step.blankLine + newline).utf8)
                bytes += fenced(output, step: step, fence: fenceLength(for: output), newline: newline)
                edits.append((at..<at, bytes, step.number))
            }
        }
        var source = tutorial.source
        var changed: [Int] = []
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            guard !source[edit.range].elementsEqual(edit.bytes) else { continue }
            source.replaceSubrange(edit.range, with: edit.bytes)
            changed.append(edit.step)
        }
        return Rewrite(source: source, changedSteps: changed.sorted())
    }

    /// The lines of a block body, each ending with a newline.
    private static func block(_ output: [String], step: Step, newline: String) -> [UInt8] {
        Array(output.map { ($0.isEmpty ? step.blankLine : step.indentation + $0) + newline }.joined().utf8)
    }

    private static func fenced(_ output: [String], step: Step, fence: Int, newline: String) -> [UInt8] {
        let marks = String(repeating: "`", count: fence)
        return Array((step.indentation + marks + "output" + newline).utf8) + block(output, step: step, newline: newline)
            + Array((step.indentation + marks + newline).utf8)
    }

    /// Longer than any backtick run that starts a line of the output, and at least 3.
    private static func fenceLength(for output: [String]) -> Int {
        let longest = output.map { $0.trimmingLeadingWhitespace.prefix { $0 == "`" }.count }.max() ?? 0
        return max(3, longest + 1)
    }
}
