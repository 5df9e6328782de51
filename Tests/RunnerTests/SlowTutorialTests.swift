import Foundation
import Testing
import TestSupport
@testable import TutorKit

/// Front matter `slow: true` and `tutor build --quick`: a slow tutorial without a stored run is
/// woven from its recorded outputs and figure baselines, never run, never stored as a run;
/// `tutor check --quick` only compiles it; a plain build and `tutor check` run it.
@Suite(.serialized) struct SlowTutorialTests {
    /// A slow tutorial whose step fails when run (`fail` for the scripted executor,
    /// `fatalError` for a real one), with a recorded output and one baseline figure.
    static let slowTutorial = """
        ---
        title: Slow one
        slow: true
        ---
        # Slow one

        ```swift step label=draw
        fail("ran although recorded")
        fatalError("ran although recorded")
        ```

        ```output
        recorded accuracy 0.875
        ```

        """

    static func writeSlow(in s: Scratch) throws -> [UInt8] {
        try s.write("tutorials/plot_slow.md", slowTutorial)
        let png = ScriptedExecutor.png(width: 120, height: 80, seed: 3)
        try FileManager.default.createDirectory(at: s.root.appendingPathComponent("tutorials/plot_slow.figures"), withIntermediateDirectories: true)
        try Data(png).write(to: s.root.appendingPathComponent("tutorials/plot_slow.figures/draw-1.png"))
        return png
    }

    /// `tutor build --quick` of the scratch project with `executor`.
    static func quickBuild(_ s: Scratch, _ executor: ScriptedExecutor) async throws -> BuildReport {
        var options = s.options()
        options.quick = true
        return try await s.build(executor, options)
    }

    @Test func frontMatterSlowIsTypedAndABadValueNamesFileAndLine() throws {
        let tutorial = try TutorialParser.parse(source: Array(Self.slowTutorial.utf8), path: "t.md")
        #expect(tutorial.frontMatter.slow)
        let plain = try TutorialParser.parse(source: Array("---\ntitle: T\n---\n".utf8), path: "t.md")
        #expect(!plain.frontMatter.slow)
        #expect(ListAction.listing(of: tutorial).contains("slow: tutor build --quick weaves its recorded outputs, tutor check --quick only compiles it"))
        #expect(throws: TutorialError(path: "t.md", line: 3, message: "front matter 'slow' must be true or false, not 'sometimes'")) {
            try TutorialParser.parse(source: Array("---\ntitle: T\nslow: sometimes\n---\n".utf8), path: "t.md")
        }
    }

    @Test func recordedResultHoldsTheOutputBlocksAndBaselines() throws {
        let s = try Scratch()
        _ = try Self.writeSlow(in: s)
        let path = s.root.appendingPathComponent("tutorials/plot_slow.md").path
        let tutorial = try TutorialParser.parse(contentsOf: path)
        let result = TutorialResult(recordedIn: tutorial, baselines: BaselineFolder(tutorialPath: path))
        #expect(!result.isRun && result.succeeded)
        expectEqual(result.steps.map(\.stdout), ["recorded accuracy 0.875\n"])
        expectEqual(result.steps[0].figures.map(\.file), ["draw-1.png"])
    }

    @Test func quickBuildWeavesRecordedOutputsWithoutRunningAndStoresNothing() async throws {
        let s = try Scratch()
        let png = try Self.writeSlow(in: s)
        try s.write("tutorials/plot_fast.md", "```swift step\nprint(\"fast\")\n```\n")
        let executor = ScriptedExecutor()
        let report = try await Self.quickBuild(s, executor)
        expectEqual(executor.executed, ["plot_fast.md"])
        #expect(report.recorded == ["plot_slow.md"] && report.failed.isEmpty && report.wroteSite)
        let page = try s.read("site/plot_slow.html")
        #expect(page.contains("recorded accuracy 0.875"))
        #expect(page.contains("Not re-run in this build."))
        #expect(!page.contains("Total running time"))
        #expect(!(try s.read("site/plot_fast.html")).contains("Not re-run in this build."))
        let figure = SitePaths(tutorialPath: "plot_slow.md").figure(step: 0, index: 0)
        #expect(page.contains(figure))
        #expect(try [UInt8](Data(contentsOf: s.root.appendingPathComponent("site/" + figure))) == png)
        #expect(s.exists("site/" + SitePaths(tutorialPath: "plot_slow.md").thumbnail))
        let cache = BuildCache(folder: s.options().cache, rootName: "tutorials")
        #expect(!FileManager.default.fileExists(atPath: cache.entryFolder(for: "plot_slow.md").path))
        #expect(!(try s.read("site/execution-times.json")).contains("plot_slow"))

        // Without --quick it runs (and here fails, as its step says).
        let full = try await s.build(executor, s.options(keepGoing: true))
        #expect(executor.executed.contains("plot_slow.md"))
        #expect(full.failed == ["plot_slow.md"] && full.recorded.isEmpty)
    }

    @Test func quickBuildRunsASlowTutorialMeantToFail() async throws {
        let s = try Scratch()
        try s.write("tutorials/plot_slow.md", "---\nslow: true\nexpect-failure: true\n---\n```swift step\nfail(\"as planned\")\n```\n")
        let executor = ScriptedExecutor()
        let report = try await Self.quickBuild(s, executor)
        expectEqual(executor.executed, ["plot_slow.md"])
        #expect(report.recorded.isEmpty && report.failed.isEmpty)
    }

    @Test func quickBuildPrefersAStoredRun() async throws {
        let s = try Scratch()
        try s.write("tutorials/plot_slow.md", "---\nslow: true\n---\n```swift step\nprint(\"ran\")\n```\n\n```output\nrecorded\n```\n")
        let executor = ScriptedExecutor()
        _ = try await s.build(executor)
        try FileManager.default.removeItem(at: s.root.appendingPathComponent("site"))
        let report = try await Self.quickBuild(s, executor)
        expectEqual(executor.executed, ["plot_slow.md"], "it ran once, in the plain build")
        #expect(report.cached == ["plot_slow.md"] && report.recorded.isEmpty)
        let page = try s.read("site/plot_slow.html")
        #expect(page.contains("ran") && !page.contains("Not re-run in this build."))
    }

    @Test func storingOrReusingARecordedResultAsARunIsRefused() throws {
        let s = try Scratch()
        _ = try Self.writeSlow(in: s)
        let path = s.root.appendingPathComponent("tutorials/plot_slow.md").path
        let tutorial = try TutorialParser.parse(contentsOf: path)
        let cache = BuildCache(folder: s.root.appendingPathComponent("cache"), rootName: "tutorials")
        let scratch = try cache.scratchFolder(for: "plot_slow.md")
        let entry = BuildCache.Entry(key: "k", result: TutorialResult(recordedIn: tutorial, baselines: BaselineFolder(tutorialPath: path)))
        #expect(throws: BuildCache.NotARun.self) { try cache.store(entry, for: "plot_slow.md", scratch: scratch) }
        // A record forged by hand is not taken for a run either.
        let folder = cache.entryFolder(for: "plot_slow.md")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var plain = entry
        plain.result.steps[0].figures = []
        try JSONEncoder().encode(plain).write(to: folder.appendingPathComponent("record.json"))
        #expect(cache.lookup("plot_slow.md", key: "k") == nil)
        plain.result.notRun = nil
        try JSONEncoder().encode(plain).write(to: folder.appendingPathComponent("record.json"))
        #expect(cache.lookup("plot_slow.md", key: "k") != nil)
    }

    @Test(.enabled(if: GalleryBinary.available, "tutor is not built next to the tests"))
    func tutorBuildQuickSkipsItAndTutorCheckRunsIt() throws {
        let s = try Scratch()
        _ = try Self.writeSlow(in: s)
        try s.write("tutorials/plot_slow.md", Self.slowTutorial.replacingOccurrences(of: "fail(\"ran although recorded\")\n", with: ""))
        let cache = ["--cache", s.root.appendingPathComponent("cache").path]
        let quick = try GalleryBinary.run(["build", "tutorials", "--out", "site", "--quick"] + cache, in: s.root)
        expectEqual(quick.status, 0, "\(quick.output)")
        #expect(quick.output.contains("1 from recorded outputs"), "\(quick.output)")
        #expect(try s.read("site/plot_slow.html").contains("recorded accuracy 0.875"))

        let compiled = try GalleryBinary.run(["check", "tutorials", "--quick"] + cache, in: s.root)
        expectEqual(compiled.status, 0, "\(compiled.output)")
        #expect(compiled.output.contains("PASS tutorials/plot_slow.md (1 step, slow: compiled, not run, in "), "\(compiled.output)")
        #expect(compiled.output.contains("1 slow tutorial compiled against the library but not run (--quick)"), "\(compiled.output)")
        #expect(!compiled.output.contains("ran although recorded"), "\(compiled.output)")
        // --quick still fails a slow tutorial that no longer compiles, at its line.
        try s.write("broken/plot_broken.md", "---\nslow: true\n---\n# Broken\n\n```swift step\nlet n: Int = \"four\"\n```\n")
        let broken = try GalleryBinary.run(["check", "broken", "--quick"] + cache, in: s.root)
        expectEqual(broken.status, 1, "\(broken.output)")
        #expect(broken.output.contains("plot_broken.md:7:"), "\(broken.output)")

        let check = try GalleryBinary.run(["check", "tutorials"] + cache, in: s.root)
        expectEqual(check.status, 1, "\(check.output)")
        #expect(check.output.contains("Fatal error: ran although recorded"), "\(check.output)")
        #expect(!check.output.contains("stored result"), "\(check.output)")

        let full = try GalleryBinary.run(["build", "tutorials", "--out", "site2"] + cache, in: s.root)
        expectEqual(full.status, 1, "\(full.output)")
        #expect(!s.exists("site2"))
    }
}
