import Foundation
import Testing
import TestSupport
import TutorProtocol
@testable import TutorKit

/// Baselines end to end on a real tutorial program (`Fixtures/runner/figures.md`, drawing
/// with the library): `update --add` records them, an unchanged tutorial passes, and a
/// changed colormap, a moved cut and an emptied overlay each fail with the message CI shows.
/// The program runs twice (original and changed); every case reuses those runs, each with
/// baselines of its own.
@Suite struct FigureBaselineTests {
    static let fixture = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/runner/figures.md").path

    /// A copy of the fixture (optionally edited) in a fresh folder, and a run of it.
    struct Run: Sendable {
        let folder: TemporaryFolder
        let tutorial: Tutorial
        let result: TutorialResult
        /// Where the run's figures are (and failed comparisons' images go).
        let output: String
        var path: String { tutorial.path }
        var baselines: BaselineFolder { BaselineFolder(tutorialPath: path) }

        init(edit: (String) -> String = { $0 }) throws {
            folder = try TemporaryFolder()
            let text = edit(try String(contentsOfFile: FigureBaselineTests.fixture, encoding: .utf8))
            tutorial = try TutorialParser.parse(contentsOf: try folder.write(text, to: "figures.md"))
            output = folder.path + "/out"
            let executor = TutorialExecutor(build: try LibraryBuild.forRunningExecutable(), defaultTimeout: 300)
            result = try executor.run(tutorial, outputFolder: output)
        }

        private init(folder: TemporaryFolder, tutorial: Tutorial, result: TutorialResult, output: String) {
            self.folder = folder
            self.tutorial = tutorial
            self.result = result
            self.output = output
        }

        /// The same run of the same tutorial, as if the tutorial sat in a fresh folder (with
        /// no baselines, or a copy of `baselinesOf`'s), so tests do not share baselines.
        func relocated(baselinesOf other: Run? = nil) throws -> Run {
            let folder = try TemporaryFolder()
            let path = try folder.write(String(decoding: tutorial.source, as: UTF8.self), to: "figures.md")
            let moved = Run(folder: folder, tutorial: try TutorialParser.parse(contentsOf: path), result: result, output: output)
            if let other { try FileManager.default.copyItem(atPath: other.baselines.path, toPath: moved.baselines.path) }
            return moved
        }

        /// Compares with the baselines as `tutor check` does.
        func check(_ tutorial: Tutorial? = nil) -> (TutorialCheck, TutorialResult) {
            var result = result
            FigureChecker.check(tutorial ?? self.tutorial, &result, runFolder: output)
            return (TutorialCheck(tutorial ?? self.tutorial, result, runFolder: output), result)
        }

        /// The baseline of step `step`'s first figure.
        func baseline(step: Int) -> String { baselines.path + "/step-0\(step)-1.png" }

        func update(add: Bool) throws -> BaselineWriter.Changes {
            var result = result
            FigureChecker.check(tutorial, &result, runFolder: output)
            return try BaselineWriter.update(tutorial, &result, runFolder: output, add: add)
        }
    }

    static let runs = Result { (original: try Run(), changed: try Run(edit: changes)) }

    /// A changed colormap (step 2), a moved cut (step 3), an emptied overlay (step 4).
    static func changes(_ text: String) -> String {
        text.replacingOccurrences(of: "cmap: .rdBuR", with: "cmap: .coldHot")
            .replacingOccurrences(of: "plotROI(mask, bgImg: anatomy, cutCoords: [22, -20, -40])", with: "plotROI(mask, bgImg: anatomy, cutCoords: [22, -12, -40])")
            .replacingOccurrences(of: "threshold: 1e-6)", with: "threshold: 1)")
    }

    /// The unchanged tutorial's run in a folder of its own, without baselines.
    func original() throws -> Run { try Self.runs.get().original.relocated() }

    /// The unchanged tutorial's run in a folder of its own, its baselines recorded
    /// (`tutor update --add`).
    func recorded() throws -> Run {
        let run = try original()
        _ = try run.update(add: true)
        return run
    }

    @Test func updateAddRecordsBaselinesAndAnUnchangedTutorialPasses() throws {
        let run = try original()
        #expect(run.result.succeeded)
        // Without --add nothing is created; the check says how to create them.
        let dry = try run.update(add: false)
        #expect(dry.written.isEmpty && dry.missing == 3)
        let missing = run.check().0
        expectEqual(missing.problems.map(\.message), (2...4).map { "figure 1 of step \($0) has no baseline image \(run.baseline(step: $0)) (record it with `tutor update --add`)" })
        let added = try run.update(add: true)
        expectEqual(added.written, (2...4).map(run.baseline(step:)))
        expectEqual(run.baselines.pngFiles(), ["step-02-1.png", "step-03-1.png", "step-04-1.png"])
        let (check, _) = run.check()
        expectEqual(check.problems, [])
        expectEqual(check.figuresMatched, 3)
        // Nothing to do the second time: matching baselines are left alone.
        let before = try run.baselines.pngFiles().map { try Data(contentsOf: URL(fileURLWithPath: run.baselines.path + "/" + $0)) }
        #expect(try run.update(add: true).isEmpty)
        let after = try run.baselines.pngFiles().map { try Data(contentsOf: URL(fileURLWithPath: run.baselines.path + "/" + $0)) }
        expectEqual(before, after)
        // The baselines are the bytes the program saved.
        for (step, figure) in [(2, "step-2-figure-1.png"), (3, "step-3-figure-1.png"), (4, "step-4-figure-1.png")] {
            expectEqual(FileManager.default.contents(atPath: "\(run.output)/\(figure)"), FileManager.default.contents(atPath: run.baseline(step: step)))
        }
    }

    @Test func aOnePixelChangePasses() throws {
        let run = try recorded()
        let file = run.baseline(step: 2)
        var (rgba, w, h) = try PNGRaster.decode([UInt8](try Data(contentsOf: URL(fileURLWithPath: file))))
        let p = (h / 2 * w + w / 2) * 4
        for k in 0..<3 { rgba[p + k] = 255 &- rgba[p + k] }
        try Data(PNGRaster.encode(rgba, width: w, height: h)).write(to: URL(fileURLWithPath: file))
        let (check, result) = run.check()
        expectEqual(check.problems, [])
        guard case .matched(let rms)? = result.steps[1].figures[0].comparison?.verdict else {
            Issue.record("not compared: \(String(describing: result.steps[1].figures[0].comparison))")
            return
        }
        #expect(rms > 0 && rms < 1)
    }

    @Test func aChangedColormapAMovedCutAndAnEmptiedOverlayEachFail() throws {
        let original = try recorded()
        // The changed tutorial, beside the unchanged one's baselines.
        let changed = try Self.runs.get().changed.relocated(baselinesOf: original)
        let (check, result) = changed.check()
        expectEqual(check.problems.count, 3)
        for (problem, step) in zip(check.problems, changed.tutorial.steps[1...3]) {
            expectEqual(problem.line, step.line)
            #expect(problem.text.hasPrefix("\(changed.path):\(step.line): error: figure 1 of step \(step.number) differs from its baseline (RMS "))
            #expect(problem.message.hasSuffix(" > 2.0)"))
            #expect(problem.details.contains("actual, expected and diff images: \(changed.output)/failed-figures/"))
        }
        // The three images of each failure are where the message says.
        for stem in ["step-02-1", "step-03-1", "step-04-1"] {
            for kind in ["actual", "expected", "diff"] {
                #expect(FileManager.default.fileExists(atPath: "\(changed.output)/failed-figures/\(stem)-\(kind).png"), "\(stem)-\(kind)")
            }
        }
        let comparison = try #require(result.steps[1].figures[0].comparison)
        #expect(comparison.expectedFile == "failed-figures/step-02-1-expected.png" && comparison.diffFile == "failed-figures/step-02-1-diff.png")
        // CI formats carry it.
        let annotations = check.problems.map(GitHubAnnotations.annotation(for:))
        #expect(annotations[0].hasPrefix("::error file=\(changed.path),line=\(changed.tutorial.steps[1].line)::figure 1 of step 2 differs from its baseline (RMS "))
        let junit = JUnitReport.xml(for: [check])
        #expect(junit.contains("failures=\"3\""))
        #expect(junit.contains("figure 1 of step 3 differs from its baseline (RMS "))

        // figure-tolerance= widens the step's tolerance.
        let tolerant = try TutorialParser.parse(
            source: Array(String(decoding: changed.tutorial.source, as: UTF8.self)
                .replacingOccurrences(of: "```swift step\ntry Plotting.plotStatMap(weights, bgImg: anatomy, title:", with: "```swift step figure-tolerance=255\ntry Plotting.plotStatMap(weights, bgImg: anatomy, title:").utf8),
            path: changed.path)
        expectEqual(tolerant.steps[1].options.figureTolerance, 255)
        expectEqual(changed.check(tolerant).0.problems.count, 2)

        // update replaces exactly the three differing baselines; then the changed tutorial passes.
        let updated = try changed.update(add: false)
        #expect(updated.written.count == 3 && updated.removed.isEmpty)
        expectEqual(changed.check().0.problems, [])
    }

    @Test func aMissingOrResizedBaselineIsAClearError() throws {
        let run = try recorded()
        let file = run.baseline(step: 3)
        let (_, w, h) = try PNGRaster.decode([UInt8](try Data(contentsOf: URL(fileURLWithPath: file))))
        try Data(PNGRaster.encode([UInt8](repeating: 255, count: (w + 10) * h * 4), width: w + 10, height: h)).write(to: URL(fileURLWithPath: file))
        expectEqual(run.check().0.problems.map(\.message), ["figure 1 of step 3 is \(w)×\(h) pixels but its baseline is \(w + 10)×\(h)"])
        try Data("not a png".utf8).write(to: URL(fileURLWithPath: file))
        expectEqual(run.check().0.problems.first?.message.hasPrefix("figure 1 of step 3 cannot be compared with its baseline \(file): the baseline is not a readable PNG"), true)
        try FileManager.default.removeItem(atPath: file)
        expectEqual(run.check().0.problems.map(\.message), ["figure 1 of step 3 has no baseline image \(file) (record it with `tutor update --add`)"])
    }

    @Test func staleBaselinesAreReportedByCheckAndRemovedByUpdate() throws {
        let run = try recorded()
        let extra = run.baselines.path + "/step-04-2.png", orphan = run.baselines.path + "/gone-1.png"
        for path in [extra, orphan] {
            try FileManager.default.copyItem(atPath: run.baseline(step: 4), toPath: path)
        }
        expectEqual(run.check().0.problems.map(\.message), ["step 4 drew 1 figure but has a baseline \(extra) for another (`tutor update` removes it)"])
        let changes = try run.update(add: false)
        expectEqual(changes.removed, [orphan, extra])
        expectEqual(run.baselines.pngFiles(), ["step-02-1.png", "step-03-1.png", "step-04-1.png"])
    }

    @Test func printedTablesTravelAsCellsAndStayText() throws {
        let run = try original()
        let step = run.result.steps[4]
        expectEqual(step.tables.map(\.kind), [.dataFrame, .series])
        let frame = step.tables[0]
        expectEqual(frame.columns, [.init(name: "labels", isNumeric: false), .init(name: "chunks", isNumeric: true)])
        expectEqual(frame.index, ["0", "1", "2"])
        expectEqual(frame.rows, [["rest", "0"], ["face", "0"], ["cat", "1"]])
        expectEqual(step.tables[1].footer, "Name: labels, dtype: object")
        // The text is unchanged, so the output block still matches.
        expectEqual(TutorialCheck(run.tutorial, run.result).steps[4].verdict, .passed)
        expectEqual(OutputSegment.segments(of: step.stdout, tables: step.tables).map { if case .table = $0 { "table" } else { "text" } }, ["text", "table", "table", "text"])
    }
}
