import Foundation

/// Making sure an output folder can be written before any work is done, with a reason a
/// user can act on (never a Foundation error dump).
enum OutputFolder {
    struct NotWritable: Error, CustomStringConvertible {
        /// The folder as the user named it.
        var folder: String
        var reason: String
        var description: String { "cannot write the output folder \(folder): \(reason)" }
    }

    /// Creates `path` and its parents when missing; throws when it cannot or when the
    /// folder is not writable.
    static func create(_ path: String, asGiven: String? = nil) throws(NotWritable) {
        let files = FileManager.default
        var isFolder: ObjCBool = false
        if !files.fileExists(atPath: path, isDirectory: &isFolder) {
            do {
                try files.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw NotWritable(folder: asGiven ?? path, reason: reason(creating: path))
            }
        } else if !isFolder.boolValue {
            throw NotWritable(folder: asGiven ?? path, reason: "\(path) is a file, not a folder")
        }
        guard files.isWritableFile(atPath: path) else {
            throw NotWritable(folder: asGiven ?? path, reason: "\(path) is not writable")
        }
    }

    /// Checks that `folder` can be replaced whole: a new folder can be made beside it
    /// (where the site is written before it takes the folder's place).
    static func checkWritable(_ folder: URL, asGiven: String) throws(NotWritable) {
        let parent = folder.deletingLastPathComponent()
        do {
            try create(parent.path)
        } catch {
            throw NotWritable(folder: asGiven, reason: error.reason)
        }
        let probe = parent.appendingPathComponent(".\(folder.lastPathComponent).probe-\(getpid())").path
        guard mkdir(probe, 0o755) == 0 else {
            let cause = String(cString: strerror(errno))
            throw NotWritable(folder: asGiven, reason: "cannot create folders in \(parent.path) (\(cause))")
        }
        rmdir(probe)
    }

    /// Why `folder` cannot be created, named by the first existing folder above it.
    private static func reason(creating folder: String) -> String {
        var ancestor = URL(fileURLWithPath: folder).standardizedFileURL
        var isFolder: ObjCBool = false
        while !FileManager.default.fileExists(atPath: ancestor.path, isDirectory: &isFolder) {
            let parent = ancestor.deletingLastPathComponent()
            if parent.path == ancestor.path { break }
            ancestor = parent
        }
        if !isFolder.boolValue { return "\(ancestor.path) is a file, not a folder" }
        if !FileManager.default.isWritableFile(atPath: ancestor.path) { return "\(ancestor.path) is not writable" }
        return "cannot create folders in \(ancestor.path)"
    }
}
