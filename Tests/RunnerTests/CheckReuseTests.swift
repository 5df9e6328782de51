import Foundation
import Testing
import TestSupport
@testable import TutorKit

/// `tutor check` after `tutor build`: a tutorial whose result the build stored under the same
/// key is checked from that result, says so, and runs again when anything in the key changes
/// or with `--force`.
@Suite(.serialized) struct CheckReuseTests {
    static let tutorial = """
        # Reuse

        ```swift step
        print("hello from pid", getpid() > 0)
        ```

        ```output
        hello from pid true
        ```

        """

    @Test(.enabled(if: GalleryBinary.available, "tutor is not built next to the tests"))
    func checkReusesWhatTheBuildStored() throws {
        let s = try Scratch()
        try s.write("tutorials/plot_reuse.md", Self.tutorial)
        let cache = ["--cache", s.root.appendingPathComponent("cache").path]
        let build = try GalleryBinary.run(["build", "tutorials", "--out", "site"] + cache, in: s.root)
        expectEqual(build.status, 0, "\(build.output)")

        let reused = try GalleryBinary.run(["check", "tutorials"] + cache, in: s.root)
        expectEqual(reused.status, 0, "\(reused.output)")
        #expect(reused.output.contains("PASS tutorials/plot_reuse.md (1 step, stored result, ran in"), "\(reused.output)")
        #expect(reused.output.contains("1 of 1 checked from results tutor build stored"))
        #expect(reused.output.hasSuffix("tutorials: 1 passed, 0 failed\n"), "the summary stays the last line")

        let forced = try GalleryBinary.run(["check", "tutorials", "--force"] + cache, in: s.root)
        expectEqual(forced.status, 0, "\(forced.output)")
        #expect(!forced.output.contains("stored result"), "\(forced.output)")

        // Another expected output is another key: the tutorial runs, and the check fails.
        try s.write("tutorials/plot_reuse.md", Self.tutorial.replacingOccurrences(of: "pid true", with: "pid false"))
        let changed = try GalleryBinary.run(["check", "tutorials"] + cache, in: s.root)
        expectEqual(changed.status, 1)
        #expect(!changed.output.contains("stored result"), "\(changed.output)")
    }
}
