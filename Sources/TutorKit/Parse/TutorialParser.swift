import Foundation

/// Turns a tutorial file into a `Tutorial`: front matter (Yams), fenced blocks (cmark),
/// step options, and the pairing of each ` ```output ` block with the step just before it.
public enum TutorialParser {
    /// Reads and parses the file at `path`. Throws `TutorialError` (`file.md:LINE: error: …`)
    /// for a missing or unreadable file and for every malformed construct.
    public static func parse(contentsOf path: String) throws(TutorialError) -> Tutorial {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw TutorialError(path: path, line: 1, message: "no such file")
        }
        guard !isFolder.boolValue else { throw TutorialError(path: path, line: 1, message: "is a folder, not a tutorial file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TutorialError(path: path, line: 1, message: "cannot read the file (check its permissions)")
        }
        return try parse(source: [UInt8](data), path: path)
    }

    /// Parses `source` as the tutorial at `path` (the path is only used in messages).
    public static func parse(source: [UInt8], path: String) throws(TutorialError) -> Tutorial {
        let lines = SourceLines(source)
        let frontMatter: (FrontMatter, ClosedRange<Int>)?
        do {
            frontMatter = try FrontMatterParser.parse(lines, path: path)
        } catch let error as TutorialError {
            throw error
        } catch {
            throw TutorialError(path: path, line: 1, message: "malformed front matter: \(error)")
        }
        let document = DocumentScanner.scan(lines, blanking: frontMatter?.1)

        var steps: [Step] = []
        var labels: [String: Int] = [:]
        /// The block before the current one, if it was a step: the only place an output may go.
        var previousStep: (index: Int, endLine: Int)?
        for block in document.blocks {
            guard block.isClosed else {
                throw TutorialError(path: path, line: block.startLine, message: "code block opened here is never closed (its fence has no matching closing fence)")
            }
            let kind: BlockKind
            do {
                kind = try InfoString.kind(of: block.info)
            } catch {
                throw TutorialError(path: path, line: block.startLine, message: error.description)
            }
            switch kind {
            case .display:
                previousStep = nil
            case .step(let options):
                if let label = options.label {
                    if let first = labels[label] {
                        throw TutorialError(path: path, line: block.startLine, message: "label '\(label)' is already used by the step at line \(first)")
                    }
                    labels[label] = block.startLine
                }
                steps.append(Step(
                    number: steps.count + 1, line: block.startLine, endLine: block.endLine,
                    code: block.literal, options: options, indentation: block.indentation))
                previousStep = (steps.count - 1, block.endLine)
            case .output:
                guard let step = previousStep,
                    (step.endLine + 1..<block.startLine).allSatisfy({ lines.isBlank($0) })
                else {
                    throw TutorialError(path: path, line: block.startLine, message: "output block has no step right before it (only blank lines may separate a step and its output)")
                }
                steps[step.index].expected = ExpectedOutput(line: block.startLine, endLine: block.endLine, text: block.literal)
                previousStep = nil
            }
        }
        return Tutorial(
            path: path, source: source, frontMatter: frontMatter?.0 ?? FrontMatter(),
            frontMatterLines: frontMatter?.1, steps: steps,
            blocks: readingOrder(lines, steps: steps, bodyStart: (frontMatter?.1.upperBound ?? 0) + 1),
            heading: document.firstHeading)
    }

    /// The tutorial in `source`, or, when it cannot be parsed, the whole file as one block of
    /// prose and the reason (so a gallery page still shows the source, with the error).
    static func parseForPage(source: [UInt8], path: String) -> (Tutorial, parseError: String?) {
        do {
            return (try parse(source: source, path: path), nil)
        } catch {
            return (Tutorial(path: path, source: source, steps: [], blocks: [.prose(String(decoding: source, as: UTF8.self), line: 1)]), "\(error)")
        }
    }

    /// Prose chunks (the lines between steps, skipping each step's recorded output block)
    /// and the steps, in file order.
    static func readingOrder(_ lines: SourceLines, steps: [Step], bodyStart: Int) -> [TutorialBlock] {
        var blocks: [TutorialBlock] = []
        var next = bodyStart
        func prose(through end: Int) {
            guard end >= next else { return }
            let text = (next...end).map { lines.text(of: $0) }.joined(separator: "\n")
            if !text.allSatisfy(\.isWhitespace) { blocks.append(.prose(text, line: next)) }
        }
        for (index, step) in steps.enumerated() {
            prose(through: step.line - 1)
            blocks.append(.step(index))
            next = (step.expected?.endLine ?? step.endLine) + 1
        }
        prose(through: lines.count)
        return blocks
    }
}
