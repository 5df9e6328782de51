import FlyingFox
import FlyingSocks
import Foundation
import TutorKit

/// The author's server: serves the site folder on 127.0.0.1, rebuilds when sources change
/// and tells open pages to reload (they poll `/__reload`, see `LiveReload`).
///
/// FlyingFox rather than a SwiftNIO stack: a preview server serves static files and one
/// polling endpoint, and a newcomer's first build should not compile a thousand NIO files.
/// It lives in its own module and executable (`tutor-serve`, which `tutor serve` runs), so
/// the `tutor` that `scripts/gallery` builds does not compile FlyingFox at all.
struct GalleryServer: Sendable {
    var preview: PreviewSite
    var port: Int
    var pollInterval: Duration = .milliseconds(500)
    /// No startup line and no request logging (tests).
    var quiet = false
    /// Called with the port the server listens on once it does: `port` 0 asks the system for
    /// a free one, which is how the tests avoid ports another process holds.
    var onListening: (@Sendable (Int) -> Void)?

    func run() async throws {
        try Self.expectFree(port)
        let reload = LiveReload()
        _ = try? await preview.build()
        let server = HTTPServer(
            address: try .inet(ip4: "127.0.0.1", port: UInt16(clamping: port)),
            logger: quiet ? DisabledLogger.disabled as any Logging : PrintLogger(category: "tutor serve"))
        let site = preview.folder
        await server.appendRoute("GET /__reload") { _ in
            Served(data: Data(String(reload.generation).utf8), type: "text/plain", status: .ok).response
        }
        await server.appendRoute("GET *") { request in Self.file(site: site, path: request.path).response }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { [port] in
                do { try await server.run() } catch { throw PortInUse(error, port: port) ?? error }
            }
            group.addTask { [quiet, port, onListening] in
                try await server.waitUntilListening()
                var listening = port
                if case .ip4(_, let actual)? = await server.listeningAddress { listening = Int(actual) }
                if !quiet { Terminal.error("tutor serve: http://127.0.0.1:\(listening)/ (Ctrl-C to stop)") }
                onListening?(listening)
            }
            group.addTask { try await watch(reload: reload) }
            _ = try await group.next()
            _ = try await group.next()  // the listening announcement ends first; the server or watcher ends the run
            group.cancelAll()
        }
    }

    /// Throws `PortInUse` when 127.0.0.1:`port` cannot be bound now. FlyingFox logs a failed
    /// bind itself before throwing it; found first, a port in use is said once, in our words.
    /// (Taken between this and the server's bind, it is still named: `run` catches that too.)
    static func expectFree(_ port: Int) throws {
        guard port != 0 else { return }
        let socket = try Socket(domain: AF_INET, type: .stream)
        defer { try? socket.close() }
        try socket.setValue(true, for: .localAddressReuse)
        do {
            try socket.bind(to: .inet(ip4: "127.0.0.1", port: UInt16(clamping: port)))
        } catch {
            throw PortInUse(error, port: port) ?? error
        }
    }

    struct PortInUse: Error, CustomStringConvertible {
        var port: Int
        /// `error` as a port in use, if that is what the failed bind said.
        init?(_ error: any Error, port: Int) {
            guard case SocketError.failed(_, EADDRINUSE, _)? = error as? SocketError else { return nil }
            self.port = port
        }
        var description: String {
            "port \(port) on 127.0.0.1 is in use (another server?): pass --port with another port, or --port 0 for any free one"
        }
    }

    private func watch(reload: LiveReload) async throws {
        var last = preview.snapshot()
        while !Task.isCancelled {
            try await Task.sleep(for: pollInterval)
            let now = preview.snapshot()
            guard now != last else { continue }
            last = now
            do {
                if try await preview.build() { reload.bump() }
            } catch {
                Terminal.error("tutor serve: rebuild failed: \(error)")
            }
        }
    }

    /// What the server sends for one path.
    struct Served {
        var data: Data
        var type: String
        var status: HTTPStatusCode
        var response: HTTPResponse {
            HTTPResponse(statusCode: status, headers: [.contentType: type, .cacheControl: "no-store"], body: data)
        }
    }

    /// A file of the site, with the reload script injected into HTML pages.
    static func file(site: URL, path rawPath: String) -> Served {
        let path = (rawPath.removingPercentEncoding ?? rawPath).split(separator: "?").first.map(String.init) ?? "/"
        let parts = path.split(separator: "/").map(String.init)
        guard !parts.contains(where: { $0 == ".." || $0.hasPrefix(".") }) else {
            return Served(data: Data("forbidden\n".utf8), type: "text/plain", status: .forbidden)
        }
        var url = parts.reduce(site) { $0.appendingPathComponent($1) }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), isDir.boolValue {
            url.appendPathComponent("index.html")
        }
        guard var data = try? Data(contentsOf: url) else {
            return Served(data: Data("not found: \(path)\n".utf8), type: "text/plain", status: .notFound)
        }
        let type = contentType(url.pathExtension)
        if type.hasPrefix("text/html"), let html = String(data: data, encoding: .utf8),
           let end = html.range(of: "</body>", options: .backwards) {
            data = Data(html.replacingCharacters(in: end, with: LiveReload.script + "\n</body>").utf8)
        }
        return Served(data: data, type: type, status: .ok)
    }

    static func contentType(_ ext: String) -> String {
        switch ext.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "jpg", "jpeg": "image/jpeg"
        case "ico": "image/x-icon"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "json", "ipynb": "application/json"
        case "md": "text/markdown; charset=utf-8"
        case "swift": "text/plain; charset=utf-8"
        default: "application/octet-stream"
        }
    }
}
