import Foundation
import Testing
import TestSupport
@testable import TutorKit

/// Tutorials compiled together into one program, each run in its own process.
@Suite struct MergedProgramTests {
    let folder = try! TemporaryFolder()

    func executor() throws -> TutorialExecutor {
        TutorialExecutor(build: try LibraryBuild.forRunningExecutable(), defaultTimeout: 120, cacheFolder: folder.path + "/cache")
    }

    func tutorial(_ name: String, _ text: String) throws -> Tutorial {
        try TutorialParser.parse(contentsOf: try folder.write(text, to: name))
    }

    func run(_ tutorial: Tutorial, _ executor: TutorialExecutor) throws -> TutorialResult {
        try executor.run(tutorial, outputFolder: folder.path + "/out/" + tutorial.name)
    }

    static let adding = """
        # Adding

        ```swift step
        var total = 1
        func twice(_ x: Int) -> Int { 2 * x + total }
        struct Box { var value: Int }
        ```

        ```swift step
        total += twice(Box(value: 20).value)
        print(total)
        ```
        """

    @Test func aCrashFailsOnlyItsOwnTutorial() throws {
        let good = try tutorial("good.md", Self.adding)
        let crashing = try tutorial("crashing.md", "```swift step\nprint(\"before\")\n```\n\n```swift step\nlet xs = [1]\nprint(xs[3])\n```\n")
        let executor = try executor().preparing([good, crashing])
        expectEqual(Set(executor.merged.keys), [good.path, crashing.path])
        expectEqual(executor.merged[good.path]?.executable, executor.merged[crashing.path]?.executable)
        let passed = try run(good, executor)
        #expect(passed.succeeded)
        expectEqual(passed.steps.map(\.stdout), ["", "42\n"])
        let crashed = try run(crashing, executor)
        expectEqual(crashed.steps[0].stdout, "before\n")
        expectEqual(crashed.steps[1].outcome, .failed(StepFailure(kind: .trapped, message: "Fatal error: Index out of range")))
    }

    @Test func errorsAndTrapsReadAsInTopLevelCode() throws {
        let throwing = try tutorial("throwing.md", """
            ```swift step
            struct Missing: Error, CustomStringConvertible { var description: String { "no such file" } }
            print("partial")
            throw Missing()
            ```

            ```swift step expect-error
            throw Missing()
            ```
            """)
        let fatal = try tutorial("fatal.md", "```swift step\nprint(\"ok\")\n```\n\n```swift step\nfatalError(\"stopped on purpose\")\n```\n")
        let executor = try executor().preparing([throwing, fatal])
        expectEqual(executor.merged.count, 2)
        let threw = try run(throwing, executor)
        expectEqual(threw.steps[0].outcome, .failed(StepFailure(kind: .threw, message: "no such file")))
        expectEqual(threw.steps[0].stdout, "partial\n")
        expectEqual(threw.steps[1].outcome, .notReached)
        let trapped = try run(fatal, executor)
        expectEqual(trapped.steps[1].outcome, .failed(StepFailure(kind: .trapped, message: "fatal.md:6: Fatal error: stopped on purpose")))
    }

    @Test func aCompileErrorFailsOnlyItsOwnTutorialAtItsLine() throws {
        let good = try tutorial("good.md", Self.adding)
        let other = try tutorial("other.md", "```swift step\nprint(\"other\")\n```\n")
        let broken = try tutorial("broken.md", "# Broken\n\n```swift step\nlet a = 1\n```\n\n```swift step\nlet b: Int = \"text\"\n```\n")
        let executor = try executor().preparing([good, broken, other])
        expectEqual(Set(executor.merged.keys), [good.path, other.path])
        let passed = try run(good, executor)
        expectEqual(passed.steps.map(\.stdout), ["", "42\n"], "\(passed)")
        #expect(try run(other, executor).steps.map(\.stdout) == ["other\n"])
        let failed = try run(broken, executor)
        expectEqual(failed.compileErrors?.contains("\(broken.path):8:14: error: cannot convert value of type 'String'"), true)
        expectEqual(failed.steps.map(\.outcome), [.notReached, .notReached])
    }

    @Test func whatAFunctionCannotHostIsCompiledAlone() throws {
        let extending = try tutorial("extending.md", """
            # Extending

            ```swift step
            extension Int { var doubled: Int { self * 2 } }
            print(21.doubled)
            ```
            """)
        // A local type cannot use a step's variable: found by the merged compile, not the scan.
        let capturing = try tutorial("capturing.md", "```swift step\nlet base = 40\nstruct Adder { func add() -> Int { base + 2 } }\nprint(Adder().add())\n```\n")
        let good = try tutorial("good.md", Self.adding)
        let alsoGood = try tutorial("also-good.md", Self.adding)
        expectEqual(MergeCheck.reason(extending), "step 1 (line 4) declares an extension")
        #expect(MergeCheck.reason(capturing) == nil)
        #expect(MergeCheck.reason(good) == nil)
        #expect(ListAction.listing(of: extending).contains("  compiled alone: step 1 (line 4) declares an extension, which a merged program cannot host\n"))
        let executor = try executor().preparing([extending, capturing, good, alsoGood])
        expectEqual(Set(executor.merged.keys), [good.path, alsoGood.path])
        // `tutor list` tells why the scan missed it: the merged compile's error, recorded.
        let fallbacks = MergeFallbacks(cacheFolder: folder.path + "/cache")
        #expect(fallbacks.reason(for: good) == nil)
        let listed = ListAction.listing(of: capturing, fallbacks: fallbacks)
        #expect(listed.contains("  compiled alone at the last merged compile: it failed to compile merged (\(capturing.path):3:36: error: struct declaration cannot close over value 'base'"), "\(listed)")
        #expect(try run(extending, executor).steps.map(\.stdout) == ["42\n"])
        #expect(try run(capturing, executor).steps.map(\.stdout) == ["42\n"])
        #expect(try run(good, executor).succeeded)
    }

    @Test func changingOneTutorialRecompilesOnlyItsObject() throws {
        let first = try tutorial("first.md", Self.adding)
        let second = try tutorial("second.md", "```swift step\nprint(1)\n```\n")
        let executor = try executor()
        let objects = folder.path + "/cache/objects"
        _ = executor.preparing([first, second])
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: objects).filter { $0.hasSuffix(".o") })
        expectEqual(before.count, 3)  // main and the two tutorials
        let changed = try tutorial("second.md", "```swift step\nprint(2)\n```\n")
        let again = executor.preparing([first, changed])
        let after = Set(try FileManager.default.contentsOfDirectory(atPath: objects).filter { $0.hasSuffix(".o") })
        expectEqual(after.subtracting(before).count, 1)
        #expect(try run(changed, again).steps.map(\.stdout) == ["2\n"])
        let unchanged = executor.preparing([first, changed])
        expectEqual(unchanged.merged[first.path]?.cached, true)
    }

    @Test func aMergedCompileThatFailsAsAWholeIsListedAsTheReason() throws {
        let first = try tutorial("first.md", Self.adding)
        let second = try tutorial("second.md", "```swift step\nprint(1)\n```\n")
        let fallbacks = MergeFallbacks(cacheFolder: folder.path + "/cache")
        let failed = MergedCompiler.Merge(alone: [first.path: "the merged compile failed (main.swift:3:1: error: x)", second.path: "the merged compile failed (main.swift:3:1: error: x)"])
        fallbacks.record(failed, of: [first, second])
        #expect(ListAction.listing(of: second, fallbacks: fallbacks).contains(
            "  compiled alone at the last merged compile: the merged compile failed (main.swift:3:1: error: x)\n"))
        // Merged again: the record goes; edited: the old record no longer applies.
        fallbacks.record(MergedCompiler.Merge(programs: [second.path: .init(executable: "p", id: "t", source: "", seconds: 0, cached: true)]), of: [second])
        #expect(fallbacks.reason(for: second) == nil)
        let edited = try tutorial("first.md", Self.adding + "\n\n```swift step\nprint(0)\n```\n")
        #expect(fallbacks.reason(for: first) != nil)
        #expect(fallbacks.reason(for: edited) == nil)
    }

    /// A batch of merged tutorials really runs as fork-server children: the result says so, and
    /// each program's parent is the server (one for the batch), not `tutor`; with the server
    /// off, the same program is started afresh as `tutor`'s child; unmerged, it runs alone.
    @Test func aMergedBatchRunsAsForkServerChildren() throws {
        let parent = "```swift step\nprint(getppid())\n```\n"
        let batch = try ["one.md", "two.md", "three.md"].map { try tutorial($0, parent) }
        var executor = try executor().preparing(batch)
        expectEqual(Set(executor.merged.keys), Set(batch.map(\.path)))
        // A pool of its own: another test's program, run meanwhile in this process, would
        // otherwise replace this program's server between two runs.
        let pool = ForkServerPool()
        defer { pool.close(waitingUpTo: 5) }
        executor.forkServers = pool
        let forked = try batch.map { try run($0, executor) }
        expectEqual(forked.map(\.launch), [.forked, .forked, .forked], "\(forked)")
        let parents = Set(forked.map { $0.steps[0].stdout })
        #expect(parents.count == 1 && parents.first != "\(getpid())\n", "\(parents)")
        executor.forkServers = nil
        let started = try run(batch[0], executor)
        expectEqual(started.launch, .merged)
        expectEqual(started.steps[0].stdout, "\(getpid())\n")
        let alone = try run(batch[1], try self.executor())
        expectEqual(alone.launch, .alone)
    }
}
