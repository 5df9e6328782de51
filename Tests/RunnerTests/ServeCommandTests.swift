import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import TestSupport
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
        let process = Process()
        process.executableURL = GalleryBinary.tutor
        process.arguments = ["serve", "--port", "0", "--out", s.root.appendingPathComponent("site").path,
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
            if let port = Self.announcedPort((try? String(contentsOf: log, encoding: .utf8)) ?? ""),
               let (data, response) = try? await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/plot_a.html")!),
               (response as? HTTPURLResponse)?.statusCode == 200 {
                page = String(decoding: data, as: UTF8.self)
            } else {
                try await Task.sleep(for: .milliseconds(200))
            }
        }
        let printed = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        expectEqual(page?.contains("Prose only, served."), true, "\(printed)")
        expectEqual(page?.contains("/__reload"), true, "pages carry the reload script")
        #expect(Self.announcedPort(printed).map { $0 > 0 } == true, "\(printed)")
    }

    /// The port of the URL `tutor serve` prints once it listens.
    static func announcedPort(_ printed: String) -> Int? {
        let prefix = "tutor serve: http://127.0.0.1:"
        guard let start = printed.range(of: prefix)?.upperBound else { return nil }
        return Int(printed[start...].prefix { $0.isNumber })
    }

    @Test(.enabled(if: GalleryBinary.available, "tutor is not built next to the tests"))
    func portOutOfRangeIsRefused() throws {
        let process = Process()
        process.executableURL = GalleryBinary.tutor
        process.arguments = ["serve", "--port", "70000"]
        let pipe = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = pipe
        try process.run()
        let said = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        expectEqual(process.terminationStatus, 2)  // tutor's status for a command line it refuses
        #expect(said.contains("--port 70000 is not a port: give 0 to 65535"), "\(said)")
    }

    @Test func buildsTheServerBesideTutor() {
        let command = ServeLauncher.buildCommand(folder: "/p/.build/x86_64-unknown-linux-gnu/release", projectRoot: "/p")
        expectEqual(command, ["swift", "build", "--package-path", "/p", "--scratch-path", "/p/.build", "-c", "release", "--product", "tutor-serve"])
    }

    @Test func malformedRequestIsNamed() throws {
        #expect(throws: ServeRequest.Malformed.self) { try ServeRequest(decoding: "--port 8000") }
        let request = ServeRequest(paths: ["t"], out: nil, jobs: 2, port: 8123)
        #expect(try ServeRequest(decoding: request.encoded()) == request)
    }
}

/// When `tutor serve` rebuilds `tutor-serve`: when missing, when SwiftPM's link file list for
/// it is missing, or when an object file of a module that list names is newer.
@Suite struct ServeLauncherTests {
    @Test func serverIsCurrentUntilALinkedObjectIsNewer() throws {
        let s = try Scratch()
        let folder = s.root.appendingPathComponent("debug").path
        let server = folder + "/tutor-serve"
        let fm = FileManager.default
        try s.write("debug/TutorKit.build/A.swift.o", "a")
        try s.write("debug/CYaml.build/src/api.c.o", "y")
        try s.write("debug/RunnerTests.build/T.swift.o", "t")
        try s.write("debug/Decoding.build/B.swift.o", "b")
        try s.write("debug/tutor-serve", "#!/bin/sh\n")
        try fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: server)
        let now = Date()
        func touch(_ path: String, _ date: Date) throws { try fm.setAttributes([.modificationDate: date], ofItemAtPath: folder + "/" + path) }
        try touch("tutor-serve", now)
        try touch("TutorKit.build/A.swift.o", now - 60)
        try touch("CYaml.build/src/api.c.o", now - 60)
        #expect(!ServeLauncher.isCurrent(server: server, folder: folder), "no link file list: never linked here")
        try s.write(
            "debug/tutor-serve.product/Objects.LinkFileList",
            "\(folder)/TutorKit.build/A.swift.o\n\(folder)/CYaml.build/src/api.c.o\n")
        try touch("RunnerTests.build/T.swift.o", now + 60)
        try touch("Decoding.build/B.swift.o", now + 60)
        #expect(ServeLauncher.isCurrent(server: server, folder: folder), "objects of modules it does not link do not count")
        try touch("CYaml.build/src/api.c.o", now + 60)
        #expect(!ServeLauncher.isCurrent(server: server, folder: folder), "a listed object in a subfolder was compiled again")
        try touch("CYaml.build/src/api.c.o", now - 60)
        try s.write("debug/TutorKit.build/New.swift.o", "n")
        try touch("TutorKit.build/New.swift.o", now + 60)
        #expect(!ServeLauncher.isCurrent(server: server, folder: folder), "a new object in a linked module's folder")
        try fm.removeItem(atPath: folder + "/TutorKit.build/New.swift.o")
        #expect(ServeLauncher.isCurrent(server: server, folder: folder))
        try fm.removeItem(atPath: folder + "/TutorKit.build/A.swift.o")
        #expect(!ServeLauncher.isCurrent(server: server, folder: folder), "a listed object is gone")
    }

    @Test func linkedModulesComeFromTheBuild() throws {
        let s = try Scratch()
        let folder = s.root.appendingPathComponent("release").path
        try s.write("release/tutor-serve.product/Objects.LinkFileList", "'\(folder)/My Module.build/x.swift.o'\n\(folder)/FileSupport.build/SHA256.swift.o\n")
        let linked = try #require(ServeLauncher.linkedObjects(folder: folder))
        expectEqual(linked.objects, ["\(folder)/My Module.build/x.swift.o", "\(folder)/FileSupport.build/SHA256.swift.o"])
        expectEqual(linked.moduleFolders, ["\(folder)/My Module.build", "\(folder)/FileSupport.build"])
    }
}
