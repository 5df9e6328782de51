import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import TutorKit

/// `tutor serve` end to end: `tutor` brings the preview server (`tutor-serve`, a product of
/// its own) up to date beside itself, hands over to it, and it serves the gallery with the
/// reload script. The live reload itself is GalleryServeTests'.
@Suite struct ServeCommandTests {
    static let server = GalleryBinary.buildFolder?.appendingPathComponent(ServeLauncher.product)
    static let available = GalleryBinary.available && server.map { FileManager.default.isExecutableFile(atPath: $0.path) } == true

    @Test(.enabled(if: available, "tutor and tutor-serve are not built next to the tests"))
    func servesTheGallery() async throws {
        let s = try Scratch()
        try s.write("tutorials/plot_a.md", "# A\n\nProse only, served.\n")  // no step: nothing to compile
        let port = 20000 + Int((ProcessInfo.processInfo.processIdentifier + 7919) % 20000)
        let process = Process()
        process.executableURL = GalleryBinary.tutor
        process.arguments = ["serve", "--port", String(port), "--out", s.root.appendingPathComponent("site").path,
                             s.root.appendingPathComponent("tutorials").path]
        process.currentDirectoryURL = s.root
        let log = s.root.appendingPathComponent("serve.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let output = try FileHandle(forWritingTo: log)
        process.standardOutput = output
        process.standardError = output
        try process.run()
        defer {
            process.interrupt()
            process.waitUntilExit()
        }
        var page: String?
        for _ in 0..<600 where page == nil && process.isRunning {
            if let (data, response) = try? await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/plot_a.html")!),
               (response as? HTTPURLResponse)?.statusCode == 200 {
                page = String(decoding: data, as: UTF8.self)
            } else {
                try await Task.sleep(for: .milliseconds(200))
            }
        }
        let printed = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        #expect(page?.contains("Prose only, served.") == true, "\(printed)")
        #expect(page?.contains("/__reload") == true, "pages carry the reload script")
        #expect(printed.contains("tutor serve: http://127.0.0.1:\(port)/"), "\(printed)")
    }

    @Test func buildsTheServerBesideTutor() {
        let command = ServeLauncher.buildCommand(folder: "/p/.build/x86_64-unknown-linux-gnu/release", projectRoot: "/p")
        #expect(command == ["swift", "build", "--package-path", "/p", "--scratch-path", "/p/.build", "-c", "release", "--product", "tutor-serve"])
    }

    @Test func malformedRequestIsNamed() throws {
        #expect(throws: ServeRequest.Malformed.self) { try ServeRequest(decoding: "--port 8000") }
        let request = ServeRequest(paths: ["t"], out: nil, jobs: 2, port: 8123)
        #expect(try ServeRequest(decoding: request.encoded()) == request)
    }
}

/// When `tutor serve` rebuilds `tutor-serve`: when missing or older than an object file of
/// the modules linked into it.
@Suite struct ServeLauncherTests {
    @Test func serverIsCurrentUntilAnObjectIsNewer() throws {
        let s = try Scratch()
        let folder = s.root.appendingPathComponent("debug").path
        let server = folder + "/tutor-serve"
        try s.write("debug/TutorKit.build/A.swift.o", "a")
        try s.write("debug/RunnerTests.build/T.swift.o", "t")
        #expect(!ServeLauncher.isCurrent(server: server, folder: folder), "missing")
        try s.write("debug/tutor-serve", "#!/bin/sh\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: server)
        let now = Date()
        try FileManager.default.setAttributes([.modificationDate: now], ofItemAtPath: server)
        try FileManager.default.setAttributes([.modificationDate: now - 60], ofItemAtPath: folder + "/TutorKit.build/A.swift.o")
        try FileManager.default.setAttributes([.modificationDate: now + 60], ofItemAtPath: folder + "/RunnerTests.build/T.swift.o")
        #expect(ServeLauncher.isCurrent(server: server, folder: folder), "a test target's objects do not count")
        // Decoding is not linked into tutor-serve: its whole-module build may end after it.
        try s.write("debug/Decoding.build/B.swift.o", "b")
        try FileManager.default.setAttributes([.modificationDate: now + 60], ofItemAtPath: folder + "/Decoding.build/B.swift.o")
        #expect(ServeLauncher.isCurrent(server: server, folder: folder), "the decoding library's objects do not count")
        try s.write("debug/FileSupport.build/C.swift.o", "c")
        try FileManager.default.setAttributes([.modificationDate: now + 60], ofItemAtPath: folder + "/FileSupport.build/C.swift.o")
        #expect(!ServeLauncher.isCurrent(server: server, folder: folder), "a module it links was compiled again since")
    }
}
