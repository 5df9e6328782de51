import Foundation
import Testing
import TestSupport
import TutorProtocol
@testable import TutorKit

/// The tutorial program and everything it starts end with the run, and the library's
/// events reach the runner through the one typed channel.
@Suite struct ProcessHygieneTests {
    let output = try! TemporaryFolder()

    func run(_ name: String) throws -> TutorialResult {
        let build = try LibraryBuild.forRunningExecutable()
        let tutorial = try TutorialParser.parse(contentsOf: "\(EndToEndTests.fixtures)/\(name)")
        return try TutorialExecutor(build: build, defaultTimeout: 120).run(tutorial, outputFolder: output.path + "/" + tutorial.name)
    }

    /// Processes whose command line is `/bin/sleep 317.25` (the fixture's unusual duration).
    static func leftoverSleeps() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return names.filter { name in
            guard Int(name) != nil, let data = FileManager.default.contents(atPath: "/proc/\(name)/cmdline") else { return false }
            return data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) } == ["/bin/sleep", "317.25"]
        }
    }

    @Test func aChildProcessNeitherHoldsTheRunNorOutlivesIt() throws {
        let result = try run("child-process.md")
        expectEqual(result.steps.map(\.outcome), [.completed])
        expectEqual(result.steps[0].stdout, "started\n")
        // Compiling is not the runner's waiting: time the run of the program alone.
        #expect(result.totalSeconds - result.compilation.seconds < 5)
        #if os(Linux)
        #expect(Self.leftoverSleeps().isEmpty, "the step's child was killed with the program")
        #endif
    }

    @Test func simulatedDataArrivesAsAnEvent() throws {
        let result = try run("simulated-channel.md")
        expectEqual(result.simulatedDatasets, ["test set"])
        expectEqual(result.steps[0].stdout, "reported\n")
        #expect(!result.steps[0].stderr.contains("tutor:"), "the marker line is cut from both streams")
    }

    @Test func eventsSurviveTheWireWithAnyText() throws {
        let event = HarnessEvent.figure(step: 3, file: FigureFiles.name(step: 3, index: 1), altText: "a: b\nc \u{1}")
        var splitter = StreamSplitter(nonce: "N", cap: 100)
        let line = HarnessChannel.line(event, nonce: "N")
        expectEqual(line.filter { $0 == "\n" }.count, 1)
        expectEqual(splitter.feed(Array(line.utf8)[...]), [event])
    }
}
