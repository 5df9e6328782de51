import Foundation
import Testing
import TestSupport
@testable import TutorKit

/// Parses `text` as the tutorial `t.md`.
func parse(_ text: String) throws(TutorialError) -> Tutorial {
    try TutorialParser.parse(source: Array(text.utf8), path: "t.md")
}

/// The error parsing `text` gives.
func parseError(_ text: String) -> TutorialError? {
    do {
        _ = try parse(text)
        return nil
    } catch {
        return error
    }
}

@Suite struct ParserTests {
    @Test func stepsOutputsAndDisplayBlocks() throws {
        let tutorial = try parse("""
            # Title

            ```swift step label=load
            let x = 1
            print(x)
            ```

            ```output
            1
            ```

            ```swift
            shown(only)
            ```

            ```python
            also_shown()
            ```

                indented code is not fenced

            ```swift step hide-code no-run
            let y = 2
            ```
            """)
        expectEqual(tutorial.steps.count, 2)
        let first = tutorial.steps[0]
        #expect(first.number == 1 && first.line == 3 && first.endLine == 6 && first.codeLine == 4)
        expectEqual(first.code, "let x = 1\nprint(x)\n")
        expectEqual(first.options, StepOptions(label: "load"))
        expectEqual(first.expected, ExpectedOutput(line: 8, endLine: 10, text: "1\n"))
        expectEqual(tutorial.steps[1].options, StepOptions(hideCode: true, noRun: true))
        expectEqual(tutorial.steps[1].line, 22)
        #expect(tutorial.steps[1].expected == nil)
        expectEqual(tutorial.step(labeled: "load")?.number, 1)
    }

    @Test func everyOption() throws {
        let tutorial = try parse("```swift step hide-code hide-output no-run expect-error label=a-b_1 timeout=2.5 tolerance=1e-3\n```\n")
        expectEqual(tutorial.steps[0].options, StepOptions(
            hideCode: true, hideOutput: true, noRun: true, expectError: true,
            label: "a-b_1", timeout: 2.5, tolerance: 1e-3))
        expectEqual(tutorial.steps[0].options.words, ["hide-code", "hide-output", "no-run", "expect-error", "label=a-b_1", "timeout=2.5", "tolerance=0.001"])
    }

    @Test func tildeFencesAndLongerFences() throws {
        let tutorial = try parse("~~~swift step\nprint(\"```\")\n~~~\n\n````output\n```\n````\n")
        expectEqual(tutorial.steps[0].code, "print(\"```\")\n")
        expectEqual(tutorial.steps[0].expected?.text, "```\n")
    }

    @Test func stepInsideAListKeepsItsIndentation() throws {
        let tutorial = try parse("1. Item\n\n   ```swift step\n   print(1)\n   ```\n\n   ```output\n   1\n   ```\n")
        expectEqual(tutorial.steps[0].indentation, "   ")
        expectEqual(tutorial.steps[0].code, "print(1)\n")
        expectEqual(tutorial.steps[0].expected?.text, "1\n")
    }

    @Test func frontMatter() throws {
        let tutorial = try parse("""
            ---
            title: Intro to decoding
            summary: "Decode: faces vs cats"
            order: 2
            thumbnail: weights
            timeout: 120
            ---
            ```swift step
            ```
            """)
        expectEqual(tutorial.frontMatter, FrontMatter(
            title: "Intro to decoding", summary: "Decode: faces vs cats", order: 2,
            thumbnail: "weights", timeout: 120))
        expectEqual(tutorial.frontMatterLines, 1...7)
        expectEqual(tutorial.steps[0].line, 8)
        expectEqual(tutorial.title, "Intro to decoding")
    }

    @Test func placeholdersKeepStepsAtTheirDepth() throws {
        let tutorial = try parse("---\ntitle: x\n---\n- item\n\n  ```swift step\n  a\n  ```\n\n  ```output\n  ```\n")
        let markdown = StepPlaceholders.markdown(of: tutorial)
        expectEqual(markdown, "\n\n\n- item\n\n\n  \u{E000}tutor-step-0\u{E000}\n\n")
    }

    @Test func placeholdersAreFilledWhereTheyWereRendered() {
        let mark = StepPlaceholders.marker
        let html = "<h2>\(mark(1))</h2>\n<p>\(mark(0))</p>\n<ul><li>\(mark(2)) and <p>\(mark(2))</p>\n</li></ul>\n<p>\(mark(3))</p>\n"
        var asked: [Int] = []
        let filled = StepPlaceholders.fill(html, count: 3) { index in
            asked.append(index)
            return "[step \(index)]"
        }
        // The paragraph where there is one (step 2's bare marker stays, as before), the bare
        // marker otherwise; markers past `count` are left alone; each step is rendered once.
        expectEqual(filled, "<h2>[step 1]</h2>\n[step 0]<ul><li>\(mark(2)) and [step 2]</li></ul>\n<p>\(mark(3))</p>\n")
        expectEqual(asked, [1, 0, 2])
    }

    @Test func frontMatterIsNotMarkdown() throws {
        // Without blanking, "a: b" over "---" would be a setext heading and the fence inside
        // the YAML string a code block.
        let tutorial = try parse("---\ntitle: \"```swift step\"\n---\n")
        #expect(tutorial.steps.isEmpty)
        expectEqual(tutorial.title, "```swift step")
    }

    @Test func missingTitleFallsBackToFileName() throws {
        let tutorial = try TutorialParser.parse(source: Array("text\n".utf8), path: "tutorials/02_more.md")
        expectEqual(tutorial.title, "02_more")
        #expect(tutorial.frontMatterLines == nil)
    }

    @Test func crlfLinesParse() throws {
        let tutorial = try parse("```swift step\r\nprint(1)\r\n```\r\n\r\n```output\r\n1\r\n```\r\n")
        expectEqual(tutorial.steps.count, 1)
        expectEqual(tutorial.steps[0].expected?.line, 5)
    }
}

@Suite struct ParserErrorTests {
    @Test func unterminatedFence() {
        expectEqual(parseError("text\n\n```swift step\nlet x = 1\n")?.description, "t.md:3: error: code block opened here is never closed (its fence has no matching closing fence)")
    }

    @Test func unterminatedDisplayFenceToo() {
        expectEqual(parseError("```swift step\n```\n\n```text\nrest of the file\n")?.line, 4)
    }

    @Test func unknownOption() {
        let error = parseError("\n```swift step hide-cod\n```\n")
        expectEqual(error?.line, 2)
        expectEqual(error?.message.hasPrefix("unknown step option 'hide-cod'"), true)
    }

    @Test func malformedOptionValues() {
        expectEqual(parseError("```swift step timeout=soon\n```\n")?.message, "timeout 'soon' must be a positive number of seconds")
        expectEqual(parseError("```swift step timeout=0\n```\n")?.message, "timeout '0' must be a positive number of seconds")
        expectEqual(parseError("```swift step tolerance=-1\n```\n")?.message, "tolerance '-1' must be a non-negative number")
        expectEqual(parseError("```swift step label=\n```\n")?.message, "label '' must be letters, digits, '-', '_' or '.'")
        expectEqual(parseError("```swift step label\n```\n")?.message, "option 'label' needs a value: label=…")
        expectEqual(parseError("```swift step no-run no-run\n```\n")?.message, "option 'no-run' is given twice")
        expectEqual(parseError("```swift step size=3\n```\n")?.message.hasPrefix("unknown step option 'size=3'"), true)
        expectEqual(parseError("```swift step\n```\n```output extra\n```\n")?.line, 3)
    }

    @Test func malformedFrontMatter() {
        let error = parseError("---\ntitle: ok\nsummary: [unclosed\n---\ntext\n")
        expectEqual(error?.message.hasPrefix("malformed front matter"), true)
        #expect((2...4).contains(error?.line ?? 0))
        expectEqual(parseError("---\n- a list\n---\n")?.description, "t.md:2: error: malformed front matter: expected 'key: value' lines")
        expectEqual(parseError("---\ntitle: x\n")?.description, "t.md:1: error: front matter opened here is never closed by a '---' line")
    }

    @Test func frontMatterKeysAndTypes() {
        let unknown = parseError("---\ntitle: x\nauthor: me\n---\n")
        expectEqual(unknown?.line, 3)
        expectEqual(unknown?.message.hasPrefix("unknown front matter key 'author'"), true)
        expectEqual(parseError("---\norder: first\n---\n")?.description, "t.md:2: error: front matter 'order' must be an integer, not 'first'")
        expectEqual(parseError("---\n\ntimeout: -3\n---\n")?.line, 3)
        expectEqual(parseError("---\ntitle: [a, b]\n---\n")?.line, 2)
    }

    @Test func outputWithoutStep() {
        let expected = "output block has no step right before it (only blank lines may separate a step and its output)"
        expectEqual(parseError("```output\nx\n```\n")?.description, "t.md:1: error: " + expected)
        expectEqual(parseError("```swift step\n```\nprose\n\n```output\nx\n```\n")?.line, 5)
        expectEqual(parseError("```swift step\n```\n```output\n```\n```output\n```\n")?.line, 5)
        expectEqual(parseError("```swift\n```\n\n```output\nx\n```\n")?.line, 4)
    }

    @Test func duplicateLabels() {
        expectEqual(parseError("```swift step label=a\n```\n\n```swift step label=a\n```\n")?.description, "t.md:4: error: label 'a' is already used by the step at line 1")
    }

    @Test func missingAndUnreadableFiles() throws {
        #expect(throws: TutorialError(path: "/nonexistent/x.md", line: 1, message: "no such file")) {
            try TutorialParser.parse(contentsOf: "/nonexistent/x.md")
        }
        let folder = try TemporaryFolder()
        #expect(throws: TutorialError(path: folder.path, line: 1, message: "is a folder, not a tutorial file")) {
            try TutorialParser.parse(contentsOf: folder.path)
        }
    }

    /// Permissions do not stop root, so this runs only for other users.
    @Test(.enabled(if: getuid() != 0)) func unreadableFile() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("text", to: "locked.md")
        chmod(file, 0)
        #expect(throws: TutorialError(path: file, line: 1, message: "cannot read the file (check its permissions)")) {
            try TutorialParser.parse(contentsOf: file)
        }
    }
}
