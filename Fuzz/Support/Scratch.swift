@testable import Decoding
import Foundation

/// A private folder for the files a target hands to path-based readers; one per process, so
/// concurrent fuzzers (and `-jobs`) never share a file.
enum Scratch {
    static let folder: String = {
        let path = NSTemporaryDirectory() + "tutor-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    /// Writes `bytes` to `name` inside the scratch folder and returns its path.
    static func write(_ bytes: UnsafeRawBufferPointer, as name: String) -> String {
        let path = folder + "/" + name
        precondition(FileManager.default.createFile(atPath: path, contents: Data(bytes)), "cannot write \(path)")
        return path
    }

    /// Writes `bytes` gzip-compressed by the project's own writer (valid deflate around the
    /// fuzzed payload) when `compressed`, else as they are; returns the path.
    static func write(_ bytes: UnsafeRawBufferPointer, as name: String, compressed: Bool) -> String {
        guard compressed else { return write(bytes, as: name) }
        let path = folder + "/" + name + ".gz"
        do {
            let sink = try GzipSink(destination: path)
            try sink.write(bytes)
            try sink.finish()
        } catch { fatalError("GzipSink cannot write the scratch file: \(error)") }
        return path
    }

    /// The shape every file-reading target shares: the input's first byte is a parameter, the
    /// rest goes to the file `name` (gzip-compressed when `compressible` and that byte is odd);
    /// `body` reads it and says whether the reader accepted it; the folder is cleared after.
    /// An empty input is refused without a file.
    static func withFile(
        _ input: UnsafeRawBufferPointer, as name: String, compressible: Bool = false, _ body: (_ path: String, _ first: UInt8) -> Bool
    ) -> Bool {
        guard let first = input.first else { return false }
        let rest = UnsafeRawBufferPointer(rebasing: input.dropFirst())
        let path = compressible ? write(rest, as: name, compressed: first & 1 == 1) : write(rest, as: name)
        defer { clear() }
        return body(path, first)
    }

    /// Removes everything below the scratch folder (between inputs).
    static func clear() {
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            try? FileManager.default.removeItem(atPath: folder + "/" + entry)
        }
    }
}
