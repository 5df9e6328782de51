import Foundation
import Testing
import TestSupport
@testable import TutorKit

struct RunOrderTests {
    @Test func withoutMeasuredTimesTheMostCodeStartsFirst() {
        let order = RunOrder.order([("a.md", 100), ("b.md", 900), ("c.md", 100), ("d.md", 400)], seconds: [:])
        expectEqual(order, [1, 3, 0, 2], "most code first; equal amounts keep their order")
    }

    @Test func measuredTimesOrderThemAndAnUnmeasuredOneCountsAsTheMean() {
        // new.md was never measured: it weighs the mean (20 s), between b.md and c.md. Code
        // size no longer counts once anything was measured.
        let tutorials = [("a.md", 10), ("b.md", 10), ("c.md", 10), ("new.md", 10_000)]
        let order = RunOrder.order(tutorials, seconds: ["a.md": 5, "b.md": 40, "c.md": 15])
        expectEqual(order, [1, 3, 2, 0])
    }

    /// One lane (`jobs` 1), so the executor sees the start order. A fresh build goes by code;
    /// after an edit of both, by the times their cached runs took.
    @Test func aBuildStartsTheLongestTutorialFirst() async throws {
        let s = try Scratch()
        try s.write("tutorials/a.md", "# A\n\n```swift step\n// " + String(repeating: "long comment ", count: 20) + "\nprint(\"a\")\n```\n")
        let shortSteps = (1...4).map { "```swift step\nprint(\"b\($0)\")\n```\n" }.joined(separator: "\n")
        try s.write("tutorials/b.md", "# B\n\n" + shortSteps)
        var options = s.options()
        options.jobs = 1
        let fresh = ScriptedExecutor()
        _ = try await s.build(fresh, options)
        expectEqual(fresh.executed, ["a.md", "b.md"], "a.md has more code")

        // The scripted runs took 0.51 s (a.md, one step) and 0.6 s (b.md, four steps).
        for name in ["a.md", "b.md"] {
            try s.write("tutorials/\(name)", try s.read("tutorials/\(name)") + "\nEdited.\n")
        }
        let edited = ScriptedExecutor()
        _ = try await s.build(edited, options)
        expectEqual(edited.executed, ["b.md", "a.md"], "b.md took longer last time")
    }
}
