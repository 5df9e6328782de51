import Foundation
import Testing
import TestSupport
@testable import TutorKit

/// Runs the fixture tutorials (standard library only) against the library build these
/// tests belong to; `scripts/test` builds it with `swift build --product Decoding`.
@Suite struct EndToEndTests {
    static let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/runner").path

    let output = try! TemporaryFolder()

    func run(_ name: String, cap: Int = 1 << 20) throws -> TutorialResult {
        let build = try LibraryBuild.forRunningExecutable()
        let executor = TutorialExecutor(build: build, outputCap: cap, defaultTimeout: 120)
        return try executor.run(try tutorial(name), outputFolder: output.path + "/" + (try tutorial(name)).name)
    }

    func tutorial(_ name: String) throws -> Tutorial {
        try TutorialParser.parse(contentsOf: "\(Self.fixtures)/\(name)")
    }

    func check(_ name: String, _ result: TutorialResult) throws -> TutorialCheck {
        TutorialCheck(try tutorial(name), result)
    }

    @Test func passingTutorialCapturesEveryStep() throws {
        let result = try run("passing.md")
        #expect(result.compileErrors == nil)
        #expect(result.succeeded)
        expectEqual(result.steps.map(\.outcome), [.completed, .completed, .completed, .skipped, .completed])
        expectEqual(result.steps[1].stdout, "[1, 2, 3] 0.3333333333333333\ntook 12.5 ms\n")
        expectEqual(result.steps[2].stdout, "sample error: division by zero\n")
        #expect(result.steps.allSatisfy { $0.outcome == .skipped || ($0.seconds ?? -1) >= 0 })
        let figures = result.steps[4].figures
        expectEqual(figures.map(\.altText), ["tiny figure 3"])
        expectEqual(figures.map(\.file), ["step-5-figure-1.png"])
        let png = FileManager.default.contents(atPath: output.path + "/passing/" + figures[0].file)
        expectEqual(png.map { [UInt8]($0.prefix(8)) }, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(result.peakMemoryBytes ?? 0 > 0)
        #expect(result.simulatedDatasets.isEmpty)
        let check = try check("passing.md", result)
        expectEqual(check.problems, [])
        expectEqual(check.steps.map(\.verdict), [.passed, .passed, .passed, .skipped, .passed])
    }

    @Test func tutorialNamesDoNotShadowTheHarness() throws {
        let result = try run("shadowing.md")
        #expect(result.compileErrors == nil)
        expectEqual(result.steps.map(\.stdout), ["2\n", "custom failure\n"])
        #expect(try check("shadowing.md", result).passed)
    }

    @Test func secondRunUsesTheCache() throws {
        _ = try run("invalid-utf8.md")
        let again = try run("invalid-utf8.md")
        #expect(again.compilation.cached)
        expectEqual(again.steps[0].stdout, "ok\u{FFFD}\n")
    }

    @Test func differingOutputIsAProblemAtTheBlock() throws {
        let check = try check("differing.md", try run("differing.md"))
        expectEqual(check.problems.count, 1)
        expectEqual(check.problems[0].line, 6)
        #expect(check.problems[0].details.hasSuffix("@@ -1,2 +1,2 @@\n alpha\n-0.5001\n+0.5\n"))
    }

    @Test func compileErrorsPointAtTheTutorialLine() throws {
        let result = try run("not-compiling.md")
        let path = "\(Self.fixtures)/not-compiling.md"
        expectEqual(result.compileErrors?.contains("\(path):8:18: error: cannot convert value of type 'String'"), true)
        expectEqual(result.steps.map(\.outcome), [.notReached, .notReached])
        #expect(try check("not-compiling.md", result).problems.map(\.line) == [8])
    }

    @Test func thrownErrorStopsTheTutorialAtItsStep() throws {
        let result = try run("throwing.md")
        expectEqual(result.steps[0].outcome, .completed)
        expectEqual(result.steps[1].outcome, .failed(StepFailure(kind: .threw, message: "file haxby.nii.gz not found")))
        expectEqual(result.steps[1].stdout, "partial\n")
        #expect(!result.steps[1].stderr.contains("Fatal error"))
        expectEqual(result.steps[2].outcome, .notReached)
        expectEqual(result.firstFailure(in: try tutorial("throwing.md"))?.step.line, 8)
    }

    @Test func trapsAreAttributedToTheirStep() throws {
        let trapped = try run("trapping.md")
        expectEqual(trapped.steps[1].outcome, .failed(StepFailure(kind: .trapped, message: "Fatal error: Index out of range")))
        expectEqual(trapped.steps[1].stdout, "about to fail\n")
        expectEqual(trapped.steps[2].outcome, .notReached)
        let fatal = try run("fatal.md")
        expectEqual(fatal.steps[1].outcome, .failed(StepFailure(kind: .trapped, message: "fatal.md:6: Fatal error: stopped on purpose")))
    }

    @Test func stepTimeoutKillsTheProgram() throws {
        let started = Date()
        let result = try run("timeout.md")
        #expect(Date().timeIntervalSince(started) < 30)
        expectEqual(result.steps[0].outcome, .completed)
        expectEqual(result.steps[1].outcome.failure?.kind, .timedOut)
        expectEqual(result.steps[1].stdout, "slow\n")
        expectEqual(result.steps[2].outcome, .notReached)
    }

    @Test func tutorialTimeoutFromFrontMatter() throws {
        let result = try run("tutorial-timeout.md")
        expectEqual(result.steps[0].outcome.failure?.message, "the tutorial ran longer than its 1-second timeout and was stopped during this step")
    }

    @Test func floodIsCutWithANotice() throws {
        let result = try run("flooding.md", cap: 4096)
        expectEqual(result.steps[0].outcome, .completed)
        #expect(result.steps[0].stdout.utf8.count < 4096 + 200)
        #expect(result.steps[0].stdout.hasSuffix("[tutor: output cut at 4096 bytes; \(3_000_000 - 4096) more bytes were not kept]\n"))
        expectEqual(result.steps[1].stdout, "still running\n")
    }

    @Test func expectErrorThatDoesNotThrowFails() throws {
        let result = try run("no-throw.md")
        expectEqual(result.steps[0].outcome.failure?.kind, .didNotThrow)
        expectEqual(result.steps[0].stdout, "fine\n")
        expectEqual(result.steps[1].outcome, .notReached)
    }

    @Test func unwritableOutputFolderIsAnError() throws {
        let build = try LibraryBuild.forRunningExecutable()
        let tutorial = try TutorialParser.parse(contentsOf: "\(Self.fixtures)/passing.md")
        let file = try output.write("not a folder", to: "file")
        #expect(throws: TutorialError(path: tutorial.path, line: 1, message: "cannot create output folder \(file)/figures: \(file) is a file, not a folder")) {
            try TutorialExecutor(build: build).run(tutorial, outputFolder: file + "/figures")
        }
    }

    @Test func missingLibraryIsExplained() throws {
        let folder = try TemporaryFolder()
        #expect(throws: LibraryBuildError.notInProject(folder: folder.path)) {
            try LibraryBuild.located(in: folder.path)
        }
        let build = try LibraryBuild.forRunningExecutable()
        let error = LibraryBuildError.notBuilt(missing: build.folder + "/" + LibraryBuild.libraryName)
        #expect(error.description.contains("swift build --product Decoding"))
    }
}
