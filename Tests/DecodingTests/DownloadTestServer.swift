@testable import Decoding
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 server on 127.0.0.1 (ephemeral port) serving one body at `/<name>`,
/// honouring `Range: bytes=N-`, and recording the Range headers it saw. Runs on its own thread.
final class DownloadTestServer: @unchecked Sendable {
    let body: [UInt8]
    let name: String
    private(set) var port: UInt16 = 0
    private let lock = NSLock()
    private var ranges = [String]()
    private var listener: Int32 = -1

    init(body: [UInt8], name: String) throws {
        self.body = body
        self.name = name
        listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var one: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        let bound = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(listener, 8) == 0 else { throw POSIXError(.EADDRINUSE) }
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &len) }
        }
        port = UInt16(bigEndian: addr.sin_port)
        let thread = Thread { [self] in serve() }
        thread.start()
    }

    var url: URL { URL(string: "http://127.0.0.1:\(port)/\(name)")! }
    var seenRanges: [String] { lock.withLock { ranges } }

    /// Stops accepting; safe to call twice (the descriptor is closed once).
    func stop() {
        let fd: Int32 = lock.withLock {
            defer { listener = -1 }
            return listener
        }
        guard fd >= 0 else { return }
        shutdown(fd, Int32(SHUT_RDWR))
        close(fd)
    }

    private func serve() {
        while true {
            let fd = lock.withLock { listener }
            if fd < 0 { return }
            let client = accept(fd, nil, nil)
            if client < 0 { return }
            handle(client)
            close(client)
        }
    }

    private func handle(_ client: Int32) {
        var request = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !request.suffix(4).elementsEqual([13, 10, 13, 10]) {
            let n = recv(client, &buffer, buffer.count, 0)
            if n <= 0 { return }
            request += buffer[0..<n]
        }
        let text = String(decoding: request, as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        let path = lines.first?.split(separator: " ").dropFirst().first.map(String.init) ?? ""
        var start = 0
        if let range = lines.first(where: { $0.lowercased().hasPrefix("range:") }) {
            let value = range.dropFirst(6).trimmingCharacters(in: .whitespaces)
            lock.withLock { ranges.append(value) }
            start = Int(value.dropFirst(6).split(separator: "-").first ?? "") ?? 0
        }
        var head: String
        var payload: ArraySlice<UInt8> = []
        if path != "/" + name {
            head = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n"
        } else if start > 0 {
            payload = body[min(start, body.count)...]
            head = "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes \(start)-\(body.count - 1)/\(body.count)\r\nContent-Length: \(payload.count)\r\n"
        } else {
            payload = body[...]
            head = "HTTP/1.1 200 OK\r\nContent-Length: \(payload.count)\r\n"
        }
        head += "Content-Type: application/octet-stream\r\nConnection: close\r\n\r\n"
        let bytes = Array(head.utf8) + payload
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { send(client, $0.baseAddress!, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { return }
            sent += n
        }
    }
}

/// Builds a .tar.gz in memory-free fashion (ustar headers) for the download tests.
enum TestArchive {
    static func tarGz(files: [(String, [UInt8])], to path: String) throws {
        var tar = [UInt8]()
        for (name, data) in files {
            var h = [UInt8](repeating: 0, count: 512)
            func put(_ s: String, _ at: Int) { for (i, b) in s.utf8.enumerated() { h[at + i] = b } }
            put(name, 0)
            put("0000644", 100); put("0000000", 108); put("0000000", 116)
            put(String(format: "%011o", data.count), 124)
            put("00000000000", 136)
            h[156] = UInt8(ascii: "0")
            put("ustar", 257); put("00", 263)
            for i in 148..<156 { h[i] = 32 }
            let sum = h.reduce(0) { $0 + Int($1) }
            put(String(format: "%06o", sum), 148); h[154] = 0
            tar += h + data + [UInt8](repeating: 0, count: (512 - data.count % 512) % 512)
        }
        tar += [UInt8](repeating: 0, count: 1024)
        let sink = try AnySinkForTests(path)
        try sink(tar)
    }
}

/// gzip-compresses bytes to a file through the library's writer.
func AnySinkForTests(_ path: String) throws -> ([UInt8]) throws -> Void {
    { bytes in
        let sink = try Decoding.AnySink(destination: path)
        try sink.write(bytes)
        try sink.finish()
    }
}
