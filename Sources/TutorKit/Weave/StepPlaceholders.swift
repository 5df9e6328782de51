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

    /// `html` with each rendered placeholder replaced by `step(index)`: the paragraph the
    /// placeholder became (`<p>marker</p>` and its newline) where there is one, else the bare
    /// marker (inside a heading or a table cell, say). One pass over the page's bytes: this
    /// runs for every page of a gallery build.
    static func fill(_ html: String, count: Int, step: (Int) -> String) -> String {
        let bytes = Array(html.utf8)
        let fence = Array("\u{E000}".utf8), name = Array("tutor-step-".utf8)
        let opening = Array("<p>".utf8), closing = Array("</p>\n".utf8)
        func matches(_ pattern: [UInt8], at offset: Int) -> Bool {
            offset >= 0 && offset + pattern.count <= bytes.count && bytes[offset..<offset + pattern.count].elementsEqual(pattern)
        }
        // Every marker of a step: where it starts and ends, and whether it fills a paragraph.
        var found: [(index: Int, range: Range<Int>, paragraph: Range<Int>?)] = []
        var offset = 0
        while offset < bytes.count {
            guard bytes[offset] == fence[0], matches(fence, at: offset), matches(name, at: offset + fence.count) else {
                offset += 1
                continue
            }
            var end = offset + fence.count + name.count, index = 0, digits = 0
            while end < bytes.count, bytes[end] >= 48, bytes[end] <= 57, digits < 9 {
                index = index * 10 + Int(bytes[end] - 48)
                end += 1
                digits += 1
            }
            guard digits > 0, index < count, matches(fence, at: end) else {
                offset += 1
                continue
            }
            end += fence.count
            let wrapped = matches(opening, at: offset - opening.count) && matches(closing, at: end)
            found.append((index, offset..<end, wrapped ? (offset - opening.count)..<(end + closing.count) : nil))
            offset = end
        }
        let inParagraph = Set(found.filter { $0.paragraph != nil }.map(\.index))
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        var contents: [Int: String] = [:]
        var copied = 0
        for marker in found {
            // A step shown as a paragraph somewhere replaces only its paragraphs.
            guard let range = inParagraph.contains(marker.index) ? marker.paragraph : marker.range else { continue }
            out += bytes[copied..<range.lowerBound]
            let content = contents[marker.index] ?? step(marker.index)
            contents[marker.index] = content
            out += content.utf8
            copied = range.upperBound
        }
        out += bytes[copied...]
        return String(decoding: out, as: UTF8.self)
    }
}
