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

    /// Removes everything below the scratch folder (between inputs).
    static func clear() {
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            try? FileManager.default.removeItem(atPath: folder + "/" + entry)
        }
    }
}
