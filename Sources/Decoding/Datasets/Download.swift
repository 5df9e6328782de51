import FileSupport
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Why a download failed.
public enum DownloadError: Error, CustomStringConvertible, Sendable {
    /// The server answered `url` with an HTTP error `status`.
    case http(url: String, status: Int)
    /// No answer from `url` (connection, DNS, TLS or timeout), with the system's reason.
    case transport(url: String, reason: String)
    /// The downloaded file's SHA-256 is `got`, not the `expected` one given.
    case checksum(url: String, expected: String, got: String)
    /// The downloaded bytes could not be written at `path`.
    case io(path: String, reason: String)

    /// The URL (or path, for a write) first, then the HTTP status, transport reason or both checksums.
    public var description: String {
        switch self {
        case let .http(u, s): "\(u): the server answered HTTP \(s)"
        case let .transport(u, r): "\(u): download failed: \(r)"
        case let .checksum(u, e, g): "\(u): SHA-256 mismatch: expected \(e), got \(g); the partial file was removed"
        case let .io(p, r): "\(p): \(r)"
        }
    }
}

/// Downloads a URL to a file, resuming a previous partial `<destination>.part` with an HTTP
/// Range request, showing progress on stderr, checking SHA-256, and renaming the finished
/// file into place (never leaving a half-written destination).
struct Download {
    let url: URL
    let destination: String
    var sha256: String?
    var label = "Downloading"

    var partPath: String { destination + ".part" }

    /// Returns the SHA-256 of the completed file.
    @discardableResult
    func run() throws -> String {
        let fm = FileManager.default
        if !fm.fileExists(atPath: partPath) { _ = fm.createFile(atPath: partPath, contents: nil) }
        guard let handle = FileHandle(forUpdatingAtPath: partPath) else {
            throw DownloadError.io(path: partPath, reason: "cannot open for writing")
        }
        let existing = Int(handle.seekToEndOfFile())
        let delegate = DownloadDelegate(handle: handle, resumeFrom: existing, label: label)
        var request = URLRequest(url: url)
        if existing > 0 { request.setValue("bytes=\(existing)-", forHTTPHeaderField: "Range") }
        let session = URLSession(configuration: .ephemeral, delegate: delegate, delegateQueue: nil)
        session.dataTask(with: request).resume()
        delegate.done.wait()
        session.finishTasksAndInvalidate()
        try? handle.close()
        let failed = delegate.failure != nil || !((200..<300).contains(delegate.status) || delegate.status == 416)
        if failed, (try? fm.attributesOfItem(atPath: partPath)[.size] as? Int) == 0 {
            try? fm.removeItem(atPath: partPath)  // nothing to resume from
        }
        if let failure = delegate.failure { throw failure }
        if delegate.status == 416 && existing == 0 { throw DownloadError.http(url: url.absoluteString, status: 416) }
        guard (200..<300).contains(delegate.status) || delegate.status == 416 else {
            throw DownloadError.http(url: url.absoluteString, status: delegate.status)
        }
        let digest = try Self.sha256(of: partPath)
        if let expected = sha256?.lowercased(), expected != digest {
            try? fm.removeItem(atPath: partPath)
            throw DownloadError.checksum(url: url.absoluteString, expected: expected, got: digest)
        }
        guard rename(partPath, destination) == 0 else {
            throw DownloadError.io(path: destination, reason: String(cString: strerror(errno)))
        }
        return digest
    }

    static func sha256(of path: String) throws -> String {
        let stream = try FileByteStream(path: path)
        var hash = SHA256()
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let n = try stream.read(into: buffer)
            if n == 0 { break }
            hash.update(UnsafeRawBufferPointer(rebasing: buffer[0..<n]))
        }
        return hash.finalize()
    }
}

/// Receives the body into the `.part` file; appends on 206, restarts on 200.
private final class DownloadDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    let handle: FileHandle
    let resumeFrom: Int
    let label: String
    let done = DispatchSemaphore(value: 0)
    var status = 0
    var failure: Error?
    private var received = 0
    private var expected = 0
    private var lastReport = Date.distantPast

    init(handle: FileHandle, resumeFrom: Int, label: String) {
        self.handle = handle
        self.resumeFrom = resumeFrom
        self.label = label
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        status = (response as? HTTPURLResponse)?.statusCode ?? 0
        let length = Int(response.expectedContentLength)
        if status == 206 {
            received = resumeFrom
            expected = length > 0 ? resumeFrom + length : 0
        } else {
            if status == 200 { handle.truncateFile(atOffset: 0) }
            expected = max(length, 0)
        }
        completionHandler((200..<300).contains(status) ? .allow : .cancel)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        handle.write(data)
        received += data.count
        if Date().timeIntervalSince(lastReport) > 0.5 {
            lastReport = Date()
            report(final: false)
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        if let error, status == 0 || (200..<300).contains(status) {
            failure = DownloadError.transport(url: task.originalRequest?.url?.absoluteString ?? "?", reason: error.localizedDescription)
        }
        if (200..<300).contains(status) { report(final: true) }
        done.signal()
    }

    private func report(final: Bool) {
        let mb = Double(received) / 1e6
        var line = String(format: "\r%@: %.1f MB", label, mb)
        if expected > 0 { line += String(format: " of %.1f MB (%d%%)", Double(expected) / 1e6, received * 100 / expected) }
        FileHandle.standardError.write(Data((line + (final ? "\n" : "")).utf8))
    }
}
