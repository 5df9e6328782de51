import Foundation
import Testing
import TestSupport
@testable import TutorKit

/// `tutor build --shard` in separate clones, `tutor merge`, and a cache that travels: the real
/// binary and runner on 12 standard-library tutorials (one draws a figure).
@Suite(.serialized) struct ShardedBuildTests {
    /// `tutor` in `folder`, with a data folder of its own: other processes fetching data into
    /// the shared one would change the data identity between the builds compared here.
    func tutor(_ arguments: [String], in folder: URL) throws -> (status: Int32, stderr: String) {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("sharded-build-tests-data").path
        let command = ["/usr/bin/env", "DECODING_DATA=\(data)", GalleryBinary.tutor?.path ?? "tutor"] + arguments
        let result = try Subprocess.run(command, currentDirectory: folder.path)
        return (result.status, result.output)
    }

    /// A project with 12 tutorials in two sections.
    func writeProject(_ s: Scratch) throws {
        try s.write("project/tutorials/README.md", "# Sharded gallery\n\nTwelve small tutorials.\n")
        try s.write("project/tutorials/more/README.md", "# More\n\nThe second section.\n")
        for n in 1...11 {
            let folder = n <= 6 ? "" : "more/"
            try s.write("project/tutorials/\(folder)plot_t\(n).md", """
            ---
            title: Tutorial \(n)
            summary: Sums the first \(n * 1000) squares.
            ---
            # Tutorial \(n)

            ```swift step
            let squares = (1...\(n * 1000)).map { $0 * $0 }
            print("sum:", squares.reduce(0, +))
            ```

            Then a dictionary.

            ```swift step
            let counts = Dictionary(grouping: squares.prefix(20), by: { $0 % 3 }).mapValues(\\.count)
            print(counts.keys.sorted().map { "\\($0): \\(counts[$0]!)" }.joined(separator: ", "))
            ```
            """)
        }
        try FileManager.default.copyItem(at: GalleryBinary.fixture.appendingPathComponent("plot_gradient.md"),
                                         to: s.root.appendingPathComponent("project/tutorials/more/plot_gradient.md"))
    }

    func clone(_ s: Scratch, _ name: String) throws -> URL {
        let url = s.root.appendingPathComponent(name)
        try FileManager.default.copyItem(at: s.root.appendingPathComponent("project"), to: url)
        return url
    }

    @Test(.enabled(if: GalleryBinary.available, "tutor is not built next to the tests"))
    func fourShardsInFourClonesMergeIntoTheSiteOfOneBuild() throws {
        let s = try Scratch()
        try writeProject(s)
        for i in 1...4 {
            let folder = try clone(s, "clone-\(i)")
            let shard = try tutor(["build", "tutorials", "--shard", "\(i)/4", "--partial", "../partials/\(i)", "--cache", ".tutor-cache", "-j", "2"], in: folder)
            expectEqual(shard.status, 0, "\(shard.stderr)")
            #expect(shard.stderr.contains("shard \(i)/4: 3 of 12 tutorials"), "\(shard.stderr)")
        }
        let single = try clone(s, "single")
        let whole = try tutor(["build", "tutorials", "--out", "site", "--cache", ".tutor-cache", "-j", "2"], in: single)
        expectEqual(whole.status, 0, "\(whole.stderr)")

        let missing = try tutor(["merge", "partials/1", "partials/2", "partials/4", "--out", "merged"], in: s.root)
        #expect(missing.status == 1 && missing.stderr.contains("missing shard 3/4"), "\(missing.stderr)")
        let merged = try tutor(["merge", "partials/1", "partials/2", "partials/3", "partials/4", "--out", "merged"], in: s.root)
        expectEqual(merged.status, 0, "\(merged.stderr)")
        if merged.status != 0 { for i in 1...4 { print(try s.read("partials/\(i)/manifest.json").prefix(3000)) } }
        expectEqual(SiteComparison.differences(single.appendingPathComponent("site"), s.root.appendingPathComponent("merged")), [])
        #expect(SiteComparison.files(in: s.root.appendingPathComponent("merged")).contains("_images/more_plot_gradient_step02_01.png"))

        // Memory next to time, for every tutorial.
        let timings = try JSONDecoder().decode(ExecutionTimings.self, from: Data(contentsOf: s.root.appendingPathComponent("merged/execution-times.json")))
        expectEqual(timings.tutorials.count, 12)
        #expect(timings.tutorials.values.allSatisfy { ($0.peakMemoryBytes ?? 0) > 1_000_000 })
        let page = try s.read("merged/execution-times.html")
        #expect(page.contains("<th>Peak memory</th>") && page.contains(" MiB</td>"))
    }

    @Test(.enabled(if: GalleryBinary.available, "tutor is not built next to the tests"))
    func aCacheCopiedIntoAFreshCloneSkipsUnchangedTutorials() throws {
        let s = try Scratch()
        try writeProject(s)
        let first = try clone(s, "first")
        let built = try tutor(["build", "tutorials", "--out", "site", "--cache", "cache", "-j", "2"], in: first)
        expectEqual(built.status, 0, "\(built.stderr)")

        // A fresh clone elsewhere, given only the cache folder (as CI restores one).
        let fresh = try clone(s, "elsewhere/fresh")
        try FileManager.default.copyItem(at: first.appendingPathComponent("cache"), to: fresh.appendingPathComponent("cache"))
        try s.write("elsewhere/fresh/tutorials/plot_t3.md", try s.read("project/tutorials/plot_t3.md").replacingOccurrences(of: "Then a dictionary.", with: "Then a dictionary, edited."))
        let rebuilt = try tutor(["build", "tutorials", "--out", "site", "--cache", "cache", "-j", "2"], in: fresh)
        expectEqual(rebuilt.status, 0, "\(rebuilt.stderr)")
        #expect(rebuilt.stderr.contains("plot_t1.md: cached"), "\(rebuilt.stderr)")
        #expect(rebuilt.stderr.contains("plot_t3.md: running"))
        #expect(rebuilt.stderr.contains("(1 ran, 11 cached)"), "\(rebuilt.stderr)")
    }
}
