import Foundation

/// Lets the page render a tutorial's prose in one piece, with each step in its place:
/// the Markdown is the file with every step (and its recorded output block) replaced by a
/// placeholder paragraph at the step's own depth, so a step inside a list item or a block
/// quote stays inside it; the rendered placeholders are then replaced by the steps' HTML.
enum StepPlaceholders {
    /// A private-use character fences the marker, so no prose can contain one by accident.
    static func marker(_ index: Int) -> String { "\u{E000}tutor-step-\(index)\u{E000}" }

    static func markdown(of tutorial: Tutorial) -> String {
        let lines = SourceLines(tutorial.source)
        var starts: [Int: Int] = [:]
        for (index, step) in tutorial.steps.enumerated() { starts[step.line] = index }
        let bodyStart = (tutorial.frontMatterLines?.upperBound ?? 0) + 1
        var out = [String](repeating: "", count: bodyStart - 1)
        var line = bodyStart
        while line <= lines.count {
            guard let index = starts[line] else {
                out.append(lines.text(of: line))
                line += 1
                continue
            }
            let step = tutorial.steps[index]
            // The fence line's own prefix keeps a list marker (`1. ```swift step`).
            let text = lines.text(of: line)
            let prefix = text.prefix { $0 != "`" && $0 != "~" }
            let blank = step.blankLine
            out += [blank, prefix + marker(index), blank]
            line = (step.expected?.endLine ?? step.endLine) + 1
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// `html` with each rendered placeholder replaced by `step(index)`.
    static func fill(_ html: String, count: Int, step: (Int) -> String) -> String {
        var html = html
        for index in 0..<count {
            let mark = marker(index)
            let content = step(index)
            if html.contains("<p>\(mark)</p>\n") {
                html = html.replacingOccurrences(of: "<p>\(mark)</p>\n", with: content)
            } else {
                html = html.replacingOccurrences(of: mark, with: content)
            }
        }
        return html
    }
}
