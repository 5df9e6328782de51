import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import TestSupport
@testable import TutorKit
@testable import TutorServe

/// `tutor serve` in process: the server answers on 127.0.0.1, a source edit triggers a
/// rebuild, and `/__reload` moves on so open pages reload.
@Suite struct GalleryServeTests {
    func get(_ url: URL) async -> String? {
        guard let (data, response) = try? await URLSession.shared.data(from: url),
              (response as? HTTPURLResponse)?.statusCode == 200 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Runs `server` (quiet, polling every 100 ms) until the task is cancelled; returns the
    /// task and the port it listens on.
    static func start(_ server: GalleryServer) async throws -> (Task<Void, any Error>, Int) {
        var server = server
        server.pollInterval = .milliseconds(100)
        server.quiet = true
        let (ports, announce) = AsyncStream.makeStream(of: Int.self)
        server.onListening = { announce.yield($0) }
        let running = Task {
            defer { announce.finish() }
            try await server.run()
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else {
            try await running.value
            throw NeverListened()
        }
        return (running, port)
    }

    struct NeverListened: Error {}

    @Test func portInUseIsNamed() async throws {
        let s = try Scratch()
        let builder = SiteBuilder(options: s.options(keepGoing: true), executor: ScriptedExecutor(), progress: BuildProgress(quiet: true))
        let preview = PreviewSite(folder: s.root.appendingPathComponent("site"), watched: [s.root.appendingPathComponent("tutorials")], builder: builder)
        let (first, port) = try await Self.start(GalleryServer(preview: preview, port: 0))
        defer { first.cancel() }
        let error = await #expect(throws: GalleryServer.PortInUse.self) {
            _ = try await Self.start(GalleryServer(preview: preview, port: port))
        }
        expectEqual(error?.description, "port \(port) on 127.0.0.1 is in use (another server?): pass --port with another port, or --port 0 for any free one")
    }

    @Test func editRebuildsAndBumpsTheReloadGeneration() async throws {
        let s = try Scratch()
        try s.write("tutorials/plot_a.md", "# A\n\n```swift step\nprint(\"first\")\n```\n")
        let builder = SiteBuilder(options: s.options(keepGoing: true), executor: ScriptedExecutor(), progress: BuildProgress(quiet: true))
        let preview = PreviewSite(folder: s.root.appendingPathComponent("site"), watched: [s.root.appendingPathComponent("tutorials")], builder: builder)
        let (server, port) = try await Self.start(GalleryServer(preview: preview, port: 0))
        defer { server.cancel() }

        let base = URL(string: "http://127.0.0.1:\(port)")!
        var generation: String?
        for _ in 0..<100 where generation == nil {
            generation = await get(base.appendingPathComponent("__reload"))
            if generation == nil { try await Task.sleep(for: .milliseconds(100)) }
        }
        expectEqual(generation, "0")
        let page = await get(base.appendingPathComponent("plot_a.html"))
        #expect(page?.contains("first") == true && page?.contains("/__reload") == true)

        try await Task.sleep(for: .milliseconds(1100))  // a later modification time
        try s.write("tutorials/plot_a.md", "# A\n\n```swift step\nprint(\"second\")\n```\n")
        for _ in 0..<100 where generation == "0" {
            try await Task.sleep(for: .milliseconds(100))
            generation = await get(base.appendingPathComponent("__reload"))
        }
        expectEqual(generation, "1")
        #expect(await get(base.appendingPathComponent("plot_a.html"))?.contains("second") == true)
    }
}
