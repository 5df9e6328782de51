import Foundation

/// Identity of a file's current version without reading it: path, size and modification
/// time. For files that are replaced, not edited, on change (the library build, `tutor`
/// itself) and for noticing edits between polls.
enum FileStamp {
    static func of(_ path: String) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = attributes[.size] as? NSNumber,
              let modified = attributes[.modificationDate] as? Date else { return nil }
        return "\(path):\(size):\(modified.timeIntervalSince1970)"
    }

    /// The stamp, or a marker that the file is missing (so its later arrival is a change).
    static func orMissing(_ path: String) -> String { of(path) ?? "\(path):missing" }
}
