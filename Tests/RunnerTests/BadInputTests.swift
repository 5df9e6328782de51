import Foundation
import Testing
import TestSupport
@testable import TutorKit

/// Two inputs a new user tries: an output folder that cannot be written, a CRLF file.
extension CommandLineTests {
    @Test func unwritableSiteFolderIsOneLine() throws {
        let result = try tutor(["build", "--out", "/proc/x", "\(Self.fixtures)/passing.md"])
        expectEqual(result.status, 1)
        // One line naming the folder as given (the reason depends on who runs it).
        #expect(result.stderr.hasPrefix("tutor build: cannot write the output folder /proc/x: "))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1 && result.stderr.hasSuffix("\n"))
        #expect(!result.stderr.contains("NSCocoaErrorDomain") && !result.stderr.contains(".building-"))
    }

    @Test func updateKeepsCRLFLineEndings() throws {
        let text = "Intro.\r\n\r\n```swift step\r\nprint(\"one\")\r\nprint(\"two\")\r\n```\r\n\r\n```output\r\nstale\r\n```\r\n"
        let file = try scratch.write(text, to: "crlf.md")
        let result = try tutor(["update", file])
        expectEqual(result.status, 0, "\(result.stderr)")
        let updated = try String(contentsOfFile: file, encoding: .utf8)
        expectEqual(updated, text.replacingOccurrences(of: "stale\r\n", with: "one\r\ntwo\r\n"))
    }
}

@Suite struct BadInputUnitTests {
    @Test func siteBuildRefusesAnUnwritableFolderBeforeRunning() async throws {
        let s = try Scratch.sampleGallery()
        var options = s.options()
        options.out = URL(fileURLWithPath: "/proc/x")
        options.outAsGiven = "/proc/x"
        let executor = ScriptedExecutor()
        await #expect(throws: OutputFolder.NotWritable.self) { try await s.build(executor, options) }
        #expect(executor.executed.isEmpty, "nothing ran")
    }

    @Test func addedBlocksUseTheFileLineEndings() throws {
        let text = "```swift step\r\nprint(1)\r\n```\r\n"
        let tutorial = try TutorialParser.parse(source: Array(text.utf8), path: "t.md")
        let result = TutorialResult(path: "t.md", steps: [StepResult(number: 1, stdout: "1\n", outcome: .completed)])
        let rewrite = OutputRewriter.rewrite(tutorial, result, add: true)
        expectEqual(String(decoding: rewrite.source, as: UTF8.self), text + "\r\n```output\r\n1\r\n```\r\n")
    }
}
