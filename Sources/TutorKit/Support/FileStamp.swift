import FileSupport
import Foundation

/// Identity of a file's current version without reading it, as a cache-key string: path, size
/// and modification time (from FileSupport's `FileIdentity`). For files that are replaced, not
/// edited, on change (the library build, `tutor` itself) and for noticing edits between polls.
enum FileStamp {
    static func of(_ path: String) -> String? {
        FileIdentity(path: path).map { "\(path):\($0.size):\($0.modified)" }
    }

    /// The stamp, or a marker that the file is missing (so its later arrival is a change).
    static func orMissing(_ path: String) -> String { of(path) ?? "\(path):missing" }
}
