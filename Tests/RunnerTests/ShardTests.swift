import Foundation
import Testing
import TestSupport
@testable import TutorKit

struct ShardTests {
    @Test func parsesIOfN() throws {
        #expect(try Shard(parsing: "2/4") == Shard(index: 2, count: 4))
        #expect(throws: ShardError(text: "5/4", problem: .outOfRange)) { try Shard(parsing: "5/4") }
        #expect(throws: ShardError(text: "0/4", problem: .outOfRange)) { try Shard(parsing: "0/4") }
        #expect(throws: ShardError(text: "2-4", problem: .malformed)) { try Shard(parsing: "2-4") }
        #expect(ShardError(text: "x", problem: .malformed).description.contains("--shard x"))
    }

    @Test func everyTutorialLandsInExactlyOneShard() {
        let tutorials = (1...13).map { "t\($0).md" }
        let plan = Shard.plan(tutorials, count: 4, seconds: [:])
        expectEqual(plan.count, 4)
        expectEqual(plan.flatMap { $0 }.sorted(), tutorials.sorted())
        expectEqual(plan.map(\.count).sorted(), [3, 3, 3, 4], "equal weights split evenly")
    }

    @Test func splitDependsOnTheSetNotOnFileOrder() {
        let tutorials = (1...12).map { "t\($0).md" }
        let plan = Shard.plan(tutorials, count: 4, seconds: [:])
        expectEqual(Shard.plan(tutorials.reversed(), count: 4, seconds: [:]), plan)
        #expect(plan[0] != ["t1.md", "t2.md", "t3.md"] && plan[0] != ["t1.md", "t5.md", "t9.md"],
                "not consecutive nor round-robin by file order")
    }

    @Test func recordedTimesBalanceTheShards() {
        // One slow tutorial gets a shard to itself; the rest share the others.
        let seconds = ["slow.md": 60.0, "a.md": 10, "b.md": 10, "c.md": 10, "d.md": 10, "e.md": 10, "f.md": 10]
        let plan = Shard.plan(seconds.keys.sorted(), count: 3, seconds: seconds)
        let loads = plan.map { $0.reduce(0) { $0 + seconds[$1]! } }
        #expect(plan.contains(["slow.md"]))
        expectEqual(loads.sorted(), [30, 30, 60])
    }

    @Test func unknownTutorialsCountAsTheMeanKnownTime() {
        // new.md has no time: it weighs the mean (20 s), so it joins the lighter shard.
        let plan = Shard.plan(["a.md", "b.md", "c.md", "new.md"], count: 2, seconds: ["a.md": 30, "b.md": 20, "c.md": 10])
        expectEqual(Set(plan.map(Set.init)), [["a.md", "c.md"], ["b.md", "new.md"]])
    }
}
