import Foundation
import Testing
import TestSupport
@testable import TutorKit

/// Runs the built `tutor` executable (next to the test bundle) as a user would.
@Suite struct CommandLineTests {
    static let fixtures = EndToEndTests.fixtures
    let scratch = try! TemporaryFolder()

    /// How a `tutor` process ended and what it printed.
    struct Exited {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func tutor(_ arguments: [String], in folder: String? = nil) throws -> Exited {
        let build = try LibraryBuild.forRunningExecutable()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: build.folder + "/tutor")
        process.arguments = arguments + (["run", "check", "update"].contains(arguments.first) ? ["--output", scratch.path + "/out"] : [])
        process.currentDirectoryURL = URL(fileURLWithPath: folder ?? scratch.path)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Exited(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func checkExitCodes() throws {
        let passing = try tutor(["check", "\(Self.fixtures)/passing.md"])
        expectEqual(passing.status, 0)
        #expect(passing.stdout.contains("1 passed, 0 failed"))
        let differing = try tutor(["check", "\(Self.fixtures)/differing.md", "\(Self.fixtures)/passing.md"])
        expectEqual(differing.status, 1)
        #expect(differing.stderr.contains("\(Self.fixtures)/differing.md:6: error: output of step 1 at line 1 differs from the recorded output\n--- expected\n+++ actual\n"))
        #expect(try tutor(["check", "--no-such-option"]).status == 2)
        let missing = try tutor(["check", "nothing-here.md"])
        expectEqual(missing.status, 2)
        expectEqual(missing.stderr, "nothing-here.md:1: error: no such file or folder\n")
    }

    @Test func githubFormatAndJUnit() throws {
        let junit = scratch.path + "/report.xml"
        let result = try tutor(["check", "--format", "github", "--junit", junit, "\(Self.fixtures)/throwing.md"])
        expectEqual(result.status, 1)
        #expect(result.stdout.contains("::error file=\(Self.fixtures)/throwing.md,line=8::step 2 threw an error: file haxby.nii.gz not found"))
        let xml = try String(contentsOfFile: junit, encoding: .utf8)
        #expect(xml.contains("failures=\"1\""))
        #expect(xml.contains("name=\"step 3 line 13\">\n      <skipped/>"))
    }

    @Test func runPrintsATranscript() throws {
        let result = try tutor(["run", "\(Self.fixtures)/passing.md"])
        expectEqual(result.status, 0)
        #expect(result.stdout.contains("── step 2 · \(Self.fixtures)/passing.md:27 · "))
        #expect(result.stdout.contains("[1, 2, 3] 0.3333333333333333\n"))
        #expect(result.stdout.contains("   figure: \(scratch.path)/out/passing/step-5-figure-1.png (tiny figure 3)\n"))
        #expect(result.stdout.contains("── step 4 · \(Self.fixtures)/passing.md:53 · no-run, not executed\n"))
        #expect(try tutor(["run", "\(Self.fixtures)/trapping.md"]).status == 1)
    }

    @Test func updateRewritesOnlyOutputBlocks() throws {
        let original = try String(contentsOfFile: "\(Self.fixtures)/passing.md", encoding: .utf8)
        // Step 1's block is stale; steps 2 and 5 match through '...' and the tolerance, so
        // they keep their hand-written text.
        let stale = original.replacingOccurrences(of: "```output\ndefined\n```", with: "```output\nstale\n```")
        #expect(stale != original)
        let file = try scratch.write(stale, to: "passing.md")
        try FileManager.default.copyItem(atPath: "\(Self.fixtures)/passing.figures", toPath: scratch.path + "/passing.figures")
        let result = try tutor(["update", file])
        expectEqual(result.status, 0)
        expectEqual(result.stdout, "\(file): updated the output of step 1\n")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == original)
        #expect(try tutor(["update", file]).stdout == "\(file): unchanged\n")
    }

    @Test func updateAddRecordsNewBlocks() throws {
        let file = try scratch.write("Intro\n\n```swift step\nprint(6 * 7)\n```\nOutro\n", to: "new.md")
        #expect(try tutor(["update", "--add", file]).status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "Intro\n\n```swift step\nprint(6 * 7)\n```\n\n```output\n42\n```\nOutro\n")
        #expect(try tutor(["check", file]).status == 0)
    }

    @Test func listNeedsNoBuildAndReportsBadFiles() throws {
        let listing = try tutor(["list", "\(Self.fixtures)/passing.md"])
        expectEqual(listing.status, 0)
        // Other tests compile this fixture merged, and it falls back (a local type uses a
        // step's variable): that line depends on the shared cache, the rest does not.
        let lines = listing.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let steps = lines.filter { !$0.hasPrefix("  compiled alone at the last merged compile: ") }.joined(separator: "\n")
        #expect(steps.hasPrefix("\(Self.fixtures)/passing.md — A passing tutorial (order 1)\n  step 1  line 10  label=define  output at line 23\n"))
        let bad = try scratch.write("```swift step nope\n```\n", to: "bad.md")
        let result = try tutor(["list", bad])
        expectEqual(result.status, 1)
        #expect(result.stderr.hasPrefix("\(bad):1: error: unknown step option 'nope'"))
    }

    @Test func worksFromAnyFolderInsideAProject() throws {
        let root = scratch.path + "/project"
        for folder in ["Sources/Decoding", "tutorials/deeper", "docs/sub"] {
            try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        _ = try scratch.write("// swift-tools-version: 6.1\n", to: "project/Package.swift")
        _ = try scratch.write("```swift step\nprint(\"hi\")\n```\n\n```output\nhi\n```\n", to: "project/tutorials/deeper/a.md")
        let result = try tutor(["check"], in: root + "/docs/sub")
        expectEqual(result.status, 0)
        #expect(result.stdout.contains("PASS \(root)/tutorials/deeper/a.md (1 step"))
        let outside = try tutor(["check"], in: scratch.path)
        expectEqual(outside.status, 2)
        expectEqual(outside.stderr, "tutor check: not inside the project; name the tutorials to check\n")
        try FileManager.default.removeItem(atPath: root + "/tutorials")
        let none = try tutor(["check"], in: root)
        expectEqual(none.status, 0)
        expectEqual(none.stdout, "tutor check: no tutorials found in tutorials\n")
    }
}
