import Testing
@testable import Runner

@Suite struct StreamSplitterTests {
    func marker(_ event: String) -> String { "\u{1}tutor:N1:\(event)\n" }

    @Test func cutsAtMarkersEvenAcrossChunks() {
        var splitter = StreamSplitter(nonce: "N1", cap: 100)
        let stream = Array(("pre" + marker("begin:1") + "one\n" + marker("end:1:1500") + marker("begin:2") + "two" + marker("figure:2:L3RtcC9hLnBuZw==:YWx0IHRleHQ=")).utf8)
        var events: [StreamSplitter.Event] = []
        for start in stride(from: 0, to: stream.count, by: 3) {
            events += splitter.feed(stream[start..<min(stream.count, start + 3)])
        }
        splitter.finish()
        #expect(events == [.begin(1), .end(1, nanoseconds: 1500), .begin(2), .figure(2, path: "/tmp/a.png", altText: "alt text")])
        #expect(splitter.pieces[0]?.bytes == Array("pre".utf8))
        #expect(splitter.pieces[1]?.bytes == Array("one\n".utf8))
        #expect(splitter.pieces[2]?.bytes == Array("two".utf8))
    }

    @Test func otherNoncesAndControlBytesAreOutput() {
        var splitter = StreamSplitter(nonce: "N1", cap: 100)
        let text = "\u{1}tutor:XX:begin:9\n\u{1}\u{1}"
        #expect(splitter.feed(Array(text.utf8)[...]).isEmpty)
        splitter.finish()
        #expect(splitter.pieces[0]?.bytes == Array(text.utf8))
    }

    @Test func capKeepsTheStartAndCountsTheRest() {
        var splitter = StreamSplitter(nonce: "N1", cap: 10)
        _ = splitter.feed(Array((marker("begin:1") + String(repeating: "x", count: 25) + marker("begin:2") + "y").utf8)[...])
        splitter.finish()
        #expect(splitter.pieces[1]?.bytes.count == 10)
        #expect(splitter.pieces[1]?.dropped == 15)
        #expect(splitter.pieces[2]?.bytes == [UInt8(ascii: "y")])
        #expect(RunAssembler.text(splitter.pieces[1], cap: 10) == "xxxxxxxxxx\n[tutor: output cut at 10 bytes; 15 more bytes were not kept]\n")
    }

    @Test func invalidUTF8IsShownLossily() {
        #expect(RunAssembler.text(StreamSplitter.Piece(bytes: [0x66, 0xFF, 0x0A]), cap: 10) == "f\u{FFFD}\n")
    }

    @Test func base64() {
        #expect(Base64.decode("aGVsbG8=").map { String(decoding: $0, as: UTF8.self) } == "hello")
        #expect(Base64.decode("aGk=").map { String(decoding: $0, as: UTF8.self) } == "hi")
        #expect(Base64.decode("a*") == nil)
    }
}

@Suite struct CrashReportTests {
    @Test func errorRaisedAtTopLevel() {
        let report = CrashReport(stderr: "warning\nSwift/ErrorType.swift:254: Fatal error: Error raised at top level: bad file x.nii\nline two\nCurrent stack trace:\n0 libswiftCore.so\n")
        #expect(report?.stderr == "warning\n")
        #expect(report?.failure == StepFailure(kind: .threw, message: "bad file x.nii\nline two"))
    }

    @Test func trapsKeepTheTutorialLocation() {
        #expect(CrashReport(stderr: "Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range\n")?.failure
            == StepFailure(kind: .trapped, message: "Fatal error: Index out of range"))
        #expect(CrashReport(stderr: "TutorialProgram/t.md:14: Fatal error: stop\n")?.failure
            == StepFailure(kind: .trapped, message: "t.md:14: Fatal error: stop"))
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

    @Test func stableHashIsStable() {
        #expect(StableHash.hex(["a", "b"]) == StableHash.hex(["a", "b"]))
        #expect(StableHash.hex(["a", "b"]) != StableHash.hex(["ab"]))
        #expect(StableHash.hex([]).count == 32)
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
