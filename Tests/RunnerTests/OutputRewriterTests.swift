import Testing
import TestSupport
@testable import TutorKit

@Suite struct OutputRewriterTests {
    /// Rewrites `text` as if its steps printed `outputs` (nil: the step failed).
    func rewrite(_ text: String, _ outputs: [String?], add: Bool = false) throws -> (String, [Int]) {
        let tutorial = try parse(text)
        let steps = zip(tutorial.steps, outputs).map { step, output in
            StepResult(number: step.number, stdout: output ?? "", outcome: output == nil ? .failed(StepFailure(kind: .threw, message: "e")) : .completed)
        }
        let rewrite = OutputRewriter.rewrite(tutorial, TutorialResult(path: tutorial.path, steps: steps), add: add)
        return (String(decoding: rewrite.source, as: UTF8.self), rewrite.changedSteps)
    }

    @Test func onlyTheBlockBodyChanges() throws {
        let text = "---\ntitle: t\n---\nProse *kept*  \n\n```swift step\nprint(1)\n```\n\n```output\nold\n```\n\nEnd without newline"
        let (updated, changed) = try rewrite(text, ["new  \nlines\n\n"])
        expectEqual(updated, "---\ntitle: t\n---\nProse *kept*  \n\n```swift step\nprint(1)\n```\n\n```output\nnew\nlines\n```\n\nEnd without newline")
        expectEqual(changed, [1])
    }

    @Test func unchangedOutputLeavesTheFileAlone() throws {
        let text = "```swift step\n```\n\n```output\nsame\n```\n"
        let (updated, changed) = try rewrite(text, ["same\n"])
        expectEqual(updated, text)
        #expect(changed.isEmpty)
    }

    @Test func matchingBlocksKeepTheirPatterns() throws {
        let text = "```swift step\n```\n\n```output\ntook ... ms\n0.3333333\n```\n"
        let (updated, changed) = try rewrite(text, ["took 12 ms\n0.333333333\n"])
        expectEqual(updated, text)
        #expect(changed.isEmpty)
    }

    @Test func crlfAndOtherBytesSurvive() throws {
        let text = "caf\u{E9}\r\n```swift step\r\n```\r\n\r\n```output\r\nold\r\n```\r\ntail\r\n"
        let (updated, _) = try rewrite(text, ["new\n"])
        expectEqual(updated, "caf\u{E9}\r\n```swift step\r\n```\r\n\r\n```output\r\nnew\r\n```\r\ntail\r\n", "written lines keep the file's CRLF")
    }

    @Test func failedStepsKeepTheirBlocks() throws {
        let text = "```swift step\n```\n\n```output\nold 1\n```\n\n```swift step\n```\n\n```output\nold 2\n```\n"
        let (updated, changed) = try rewrite(text, ["new 1\n", nil])
        expectEqual(updated, text.replacingOccurrences(of: "old 1", with: "new 1"))
        expectEqual(changed, [1])
    }

    @Test func addInsertsMissingBlocksOnlyWhenAsked() throws {
        let text = "```swift step\n```\nafter\n\n```swift step\n```\n\n```swift step\n```"
        #expect(try rewrite(text, ["a\n", "", "c\n"]).0 == text)
        let (updated, changed) = try rewrite(text, ["a\n", "", "c\n"], add: true)
        expectEqual(updated, "```swift step\n```\n\n```output\na\n```\nafter\n\n```swift step\n```\n\n```swift step\n```\n\n```output\nc\n```\n")
        expectEqual(changed, [1, 3])
    }

    @Test func blocksInsideListsStayIndented() throws {
        let text = "- item\n\n  ```swift step\n  print(1)\n  ```\n\n  ```output\n  old\n  ```\n"
        let (updated, _) = try rewrite(text, ["x\n\ny\n"])
        expectEqual(updated, "- item\n\n  ```swift step\n  print(1)\n  ```\n\n  ```output\n  x\n\n  y\n  ```\n")
        let added = try rewrite("> ```swift step\n> ```\n", ["q\n"], add: true).0
        expectEqual(added, "> ```swift step\n> ```\n>\n> ```output\n> q\n> ```\n")
    }

    @Test func fencesGrowWhenTheOutputHasFences() throws {
        let text = "```swift step\n```\n\n```output\nold\n```\n"
        let (updated, _) = try rewrite(text, ["```\nx\n"])
        expectEqual(updated, "```swift step\n```\n\n````output\n```\nx\n````\n")
        // And the result parses back to the same output.
        #expect(try parse(updated).steps[0].expected?.text == "```\nx\n")
    }
}
