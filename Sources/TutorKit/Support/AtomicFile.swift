import Foundation

/// Writes a file so readers see the old or the new content, never a half-written one:
/// the bytes go to a temporary file next to it, which then replaces it (`rename`).
/// The original's permissions are kept.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String) throws(AtomicFileError) {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tutor-\(UUID().uuidString)").path
        let permissions = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions]
        Temporaries.track(temporary)
        defer { Temporaries.untrack(temporary) }
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
            throw AtomicFileError(path: path, reason: "cannot create a temporary file in its folder")
        }
        if let permissions {
            try? FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary)
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw AtomicFileError(path: path, reason: reason)
        }
    }
}

public struct AtomicFileError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path):1: error: cannot write the file: \(reason)" }
}
