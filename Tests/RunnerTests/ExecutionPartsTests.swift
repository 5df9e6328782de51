import Testing
import TestSupport
import TutorProtocol
@testable import TutorKit

@Suite struct StreamSplitterTests {
    func marker(_ event: HarnessEvent) -> String { HarnessChannel.line(event, nonce: "N1") }

    @Test func cutsAtMarkersEvenAcrossChunks() {
        var splitter = StreamSplitter(nonce: "N1", cap: 100)
        let figure = HarnessEvent.figure(step: 2, file: "step-2-figure-1.png", altText: "alt text")
        let stream = Array(("pre" + marker(.begin(step: 1)) + "one\n" + marker(.end(step: 1, nanoseconds: 1500, peakMemoryBytes: 7)) + marker(.begin(step: 2)) + "two" + marker(figure)).utf8)
        var events: [HarnessEvent] = []
        for start in stride(from: 0, to: stream.count, by: 3) {
            events += splitter.feed(stream[start..<min(stream.count, start + 3)])
        }
        splitter.finish()
        expectEqual(events, [.begin(step: 1), .end(step: 1, nanoseconds: 1500, peakMemoryBytes: 7), .begin(step: 2), figure])
        expectEqual(splitter.pieces[0]?.bytes, Array("pre".utf8))
        expectEqual(splitter.pieces[1]?.bytes, Array("one\n".utf8))
        expectEqual(splitter.pieces[2]?.bytes, Array("two".utf8))
    }

    @Test func otherNoncesAndControlBytesAreOutput() {
        var splitter = StreamSplitter(nonce: "N1", cap: 100)
        let text = HarnessChannel.line(.begin(step: 9), nonce: "XX") + "\u{1}\u{1}"
        #expect(splitter.feed(Array(text.utf8)[...]).isEmpty)
        splitter.finish()
        expectEqual(splitter.pieces[0]?.bytes, Array(text.utf8))
    }

    @Test func capKeepsTheStartAndCountsTheRest() {
        var splitter = StreamSplitter(nonce: "N1", cap: 10)
        _ = splitter.feed(Array((marker(.begin(step: 1)) + String(repeating: "x", count: 25) + marker(.begin(step: 2)) + "y").utf8)[...])
        splitter.finish()
        expectEqual(splitter.pieces[1]?.bytes.count, 10)
        expectEqual(splitter.pieces[1]?.dropped, 15)
        expectEqual(splitter.pieces[2]?.bytes, [UInt8(ascii: "y")])
        expectEqual(splitter.text(of: 1), "xxxxxxxxxx\n[tutor: output cut at 10 bytes; 15 more bytes were not kept]\n")
    }

    @Test func invalidUTF8IsShownLossily() {
        var splitter = StreamSplitter(nonce: "N1", cap: 10)
        _ = splitter.feed([0x66, 0xFF, 0x0A])
        splitter.finish()
        expectEqual(splitter.text(of: 0), "f\u{FFFD}\n")
    }

    @Test func trapsKeepTheTutorialLocation() {
        expectEqual(CrashReport(stderr: "Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range\n")?.failure, StepFailure(kind: .trapped, message: "Fatal error: Index out of range"))
        expectEqual(CrashReport(stderr: "TutorialProgram/t.md:14: Fatal error: stop\n")?.failure, StepFailure(kind: .trapped, message: "t.md:14: Fatal error: stop"))
        #expect(CrashReport(stderr: "just a warning\n") == nil)
    }
}

@Suite struct ProgramGeneratorTests {
    @Test func stepsKeepTheirTutorialLines() throws {
        let tutorial = try TutorialParser.parse(source: Array("intro\n\n```swift step\nlet a = 1\n```\n\n```swift step no-run\nnot code\n```\n\n```swift step expect-error\ntry f()\n```\n".utf8), path: "dir/\"q\".md")
        let source = ProgramGenerator.source(for: tutorial)
        #expect(source.hasPrefix(Harness.source))
        let body = String(source.dropFirst(Harness.source.count))
        #expect(body == """

            __TutorHarness.begin(1)
            #sourceLocation(file: "dir/\\"q\\".md", line: 4)
            let a = 1
            #sourceLocation()
            __TutorHarness.end(1)

            __TutorHarness.begin(3)
            do {
            #sourceLocation(file: "dir/\\"q\\".md", line: 12)
            try f()
            #sourceLocation()
            __TutorHarness.didNotThrow(3)
            } catch {
            __TutorHarness.threw(3, error)
            }
            __TutorHarness.end(3)

            """)
    }

    @Test func fingerprintIsSHA256OfItsParts() {
        expectEqual(Fingerprint(["a", "b"]).hex, Fingerprint(["a", "b"]).hex)
        #expect(Fingerprint(["a", "b"]).hex != Fingerprint(["ab"]).hex)
        expectEqual(Fingerprint([]).hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}

@Suite struct CompilerFlagsTests {
    @Test func clientsSeeTheLibraryAndItsCModules() throws {
        let build = try LibraryBuild.forRunningExecutable()
        let arguments = CompilerFlags.arguments(for: build)
        #expect(arguments.contains(build.folder + "/Modules"))
        #expect(arguments.contains("-lDecoding"))
        let maps = arguments.filter { $0.hasPrefix("-fmodule-map-file=") }
        for module in ["CIsal", "CPNG", "CLapack", "CFreeType"] {
            #expect(maps.contains("-fmodule-map-file=\(build.projectRoot)/Sources/\(module)/module.modulemap"))
        }
        // freetype's headers live in their own folder, found through pkg-config.
        #expect(arguments.contains { $0.hasPrefix("-I") && $0.contains("freetype") })
    }
}
