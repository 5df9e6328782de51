import Foundation
import Testing
import TestSupport
@testable import TutorKit

/// `tutor build --shard` and `tutor merge` in-process, with the scripted executor.
struct MergeTests {
    func shardOptions(_ s: Scratch, _ i: Int, of n: Int, library: String = "lib-1") -> BuildOptions {
        var options = s.options(library: library)
        options.shard = Shard(index: i, count: n)
        options.partial = s.root.appendingPathComponent("partials/\(i)")
        return options
    }

    func merge(_ s: Scratch, _ dirs: [String], out: String = "merged") throws -> PartialMerger.Report {
        try PartialMerger(partials: dirs.map { s.root.appendingPathComponent($0) }, names: dirs,
                          out: s.root.appendingPathComponent(out), progress: BuildProgress(quiet: true)).merge()
    }

    func writeGallery(_ s: Scratch) throws {
        try s.writeSampleGallery()
        for n in 1...4 {
            try s.write("tutorials/advanced/plot_extra\(n).md", "# Extra \(n)\n\n```swift step\nprint(\"extra \(n)\")\nfigure(\"f\(n)\")\n```\n")
        }
    }

    @Test func shardsMergeIntoTheSiteOfOneBuild() async throws {
        let s = try Scratch()
        try writeGallery(s)
        var ran: [String] = []
        for i in 1...3 {
            let executor = ScriptedExecutor()
            let report = try await s.build(executor, shardOptions(s, i, of: 3))
            #expect(report.wroteSite && !s.exists("site"))
            ran += executor.executed
        }
        expectEqual(ran.sorted(), ["advanced/plot_extra1.md", "advanced/plot_extra2.md", "advanced/plot_extra3.md",
                                 "advanced/plot_extra4.md", "advanced/plot_more.md", "plot_intro.md"])
        let manifest = try JSONDecoder().decode(PartialManifest.self, from: Data(contentsOf: s.root.appendingPathComponent("partials/2/manifest.json")))
        #expect(manifest.shard == Shard(index: 2, count: 3) && manifest.tutorials.count == 6)
        #expect(manifest.assigned.allSatisfy { s.exists("partials/2/tutorials/\(SitePaths(tutorialPath: $0).flatStem)/record.json") })
        #expect(manifest.assigned.allSatisfy { s.exists("partials/2/tutorials/\(SitePaths(tutorialPath: $0).flatStem)/\(SitePaths(tutorialPath: $0).flatStem).ipynb") })
        #expect(s.exists("partials/2/execution-times.json"))

        let report = try merge(s, ["partials/3", "partials/1", "partials/2"])
        #expect(report.wroteSite && report.tutorials == 6)
        _ = try await s.build(ScriptedExecutor(), s.options(force: true))
        expectEqual(SiteComparison.differences(s.root.appendingPathComponent("site"), s.root.appendingPathComponent("merged")), [])
        let backReferences = try s.read("merged/api/NiftiMasker.html")
        #expect(backReferences.contains("plot_intro.html"))

        // The merged site is what a build would write: the next build finds it up to date.
        var options = s.options()
        options.out = s.root.appendingPathComponent("merged")
        let next = try await s.build(ScriptedExecutor(), options)
        #expect(next.upToDate)
    }

    @Test func aMissingDuplicatedOrForeignShardIsAnErrorNamingTheFolder() async throws {
        let s = try Scratch()
        try writeGallery(s)
        for i in 1...2 { _ = try await s.build(ScriptedExecutor(), shardOptions(s, i, of: 2)) }
        try s.write("site/index.html", "old site")

        #expect(throws: PartialMerger.Failure.missingShards([2], of: 2)) { try merge(s, ["partials/1"], out: "site") }
        #expect(PartialMerger.Failure.missingShards([2], of: 2).description.contains("missing shard 2/2"))
        try FileManager.default.copyItem(at: s.root.appendingPathComponent("partials/1"), to: s.root.appendingPathComponent("again"))
        #expect(throws: PartialMerger.Failure.duplicateShard("again", shard: "1/2", first: "partials/1")) {
            try merge(s, ["partials/1", "partials/2", "again"], out: "site")
        }
        #expect(throws: PartialMerger.Failure.unreadable("tutorials", reason: "no manifest.json")) {
            try merge(s, ["partials/1", "tutorials"], out: "site")
        }

        // A shard built against another library build.
        var other = shardOptions(s, 2, of: 2, library: "lib-2")
        other.partial = s.root.appendingPathComponent("lib2")
        _ = try await s.build(ScriptedExecutor(), other)
        #expect(throws: PartialMerger.Failure.differentBuild("lib2", what: "library build", first: "partials/1")) {
            try merge(s, ["partials/1", "lib2"], out: "site")
        }
        // A shard of an edited tutorial set.
        try s.write("tutorials/plot_new.md", "# New\n")
        var edited = shardOptions(s, 2, of: 2)
        edited.partial = s.root.appendingPathComponent("edited")
        _ = try await s.build(ScriptedExecutor(), edited)
        #expect(throws: PartialMerger.Failure.differentBuild("edited", what: "tutorial set", first: "partials/1")) {
            try merge(s, ["partials/1", "edited"], out: "site")
        }
        // A shard that lost a tutorial's record.
        let lost = try JSONDecoder().decode(PartialManifest.self, from: Data(contentsOf: s.root.appendingPathComponent("partials/2/manifest.json"))).assigned[0]
        try FileManager.default.removeItem(at: PartialRecord.folder(lost, in: s.root.appendingPathComponent("partials/2")))
        #expect(throws: PartialMerger.Failure.tutorialMissing(lost, expectedIn: "partials/2")) {
            try merge(s, ["partials/1", "partials/2"], out: "site")
        }
        #expect(try s.read("site/index.html") == "old site", "a failed merge keeps the old site")
    }

    @Test func aShardWithoutLibrarySymbolsBorrowsAnother() async throws {
        let s = try Scratch()
        try writeGallery(s)
        _ = try await s.build(ScriptedExecutor(), shardOptions(s, 1, of: 2))
        var failedExtraction = shardOptions(s, 2, of: 2)
        failedExtraction.librarySymbols = .none
        _ = try await s.build(ScriptedExecutor(), failedExtraction)
        _ = try merge(s, ["partials/1", "partials/2"])
        #expect(try s.read("merged/api/NiftiMasker.html").contains("plot_intro.html"))
        var other = shardOptions(s, 2, of: 2)
        other.librarySymbols = .names(["Decoder"])
        _ = try await s.build(ScriptedExecutor(), other)
        #expect(throws: PartialMerger.Failure.differentBuild("partials/2", what: "library symbols", first: "partials/1")) {
            try merge(s, ["partials/1", "partials/2"])
        }
    }

    @Test func shardsBalanceByTheTimingsFile() async throws {
        let s = try Scratch()
        try writeGallery(s)
        var slow = ExecutionTimings(tutorials: ["plot_intro.md": .init(seconds: 100), "advanced/plot_more.md": .init(seconds: 1)])
        for n in 1...4 { slow.tutorials["advanced/plot_extra\(n).md"] = .init(seconds: 2) }
        try slow.json().write(to: s.root.appendingPathComponent("tutorials/execution-times.json"))
        let executor = ScriptedExecutor()
        _ = try await s.build(executor, shardOptions(s, 1, of: 2))
        let second = ScriptedExecutor()
        _ = try await s.build(second, shardOptions(s, 2, of: 2))
        let alone = [executor.executed, second.executed].first { $0.contains("plot_intro.md") }
        expectEqual(alone, ["plot_intro.md"], "the 100 s tutorial outweighs the other five")
    }

    @Test func partialWithAFailureIsWrittenOnlyWithKeepGoing() async throws {
        let s = try Scratch()
        try s.write("tutorials/plot_bad.md", "```swift step\nfail(\"boom\")\n```\n")
        let report = try await s.build(ScriptedExecutor(), shardOptions(s, 1, of: 1))
        #expect(report.failed == ["plot_bad.md"] && !s.exists("partials/1"))
        var options = shardOptions(s, 1, of: 1)
        options.keepGoing = true
        _ = try await s.build(ScriptedExecutor(), options)
        #expect(s.exists("partials/1/manifest.json"))
        let merged = try merge(s, ["partials/1"])
        #expect(merged.failed == ["plot_bad.md"] && !merged.wroteSite)
    }
}
