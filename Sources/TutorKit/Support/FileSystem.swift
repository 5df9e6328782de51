import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Directory replacement without a half-written state: the new tree is complete before it
/// takes the old one's name.
enum FileSystem {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Puts `new` at `target`, replacing whatever was there. On Linux the two folders are
    /// exchanged atomically (`renameat2(RENAME_EXCHANGE)`), so readers see either the old or
    /// the new tree, never a missing one; elsewhere the old tree is renamed aside first.
    static func replaceDirectory(_ target: URL, with new: URL) throws {
        let fm = FileManager.default
        if !fm.fileExists(atPath: target.path) {
            guard rename(new.path, target.path) == 0 else {
                throw Failure(description: "\(target.path): error: cannot move the new folder into place: \(String(cString: strerror(errno)))")
            }
            return
        }
        if let exchange = renameExchange, exchange(-100 /* AT_FDCWD */, new.path, -100, target.path, 2 /* RENAME_EXCHANGE */) == 0 {
            try? fm.removeItem(at: new)  // holds the old tree now
            return
        }
        let aside = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
        try? fm.removeItem(at: aside)
        guard rename(target.path, aside.path) == 0 else {
            throw Failure(description: "\(target.path): error: cannot move the old folder aside: \(String(cString: strerror(errno)))")
        }
        guard rename(new.path, target.path) == 0 else {
            _ = rename(aside.path, target.path)
            throw Failure(description: "\(target.path): error: cannot move the new folder into place: \(String(cString: strerror(errno)))")
        }
        try? fm.removeItem(at: aside)
    }

    /// Makes a folder at `target` whole or not at all: `fill` writes into a temporary folder
    /// beside it (`.<name>.building-<pid>-…`, which a later build removes if this process
    /// dies), `beforeReplacing` sees the finished tree, and then it replaces `target`.
    static func writeDirectory(
        _ target: URL, beforeReplacing: (URL) throws -> Void = { _ in }, fill: (URL) throws -> Void
    ) throws {
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).building-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
        Temporaries.track(temporary.path)
        defer { Temporaries.untrack(temporary.path) }
        do {
            try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
            try fill(temporary)
            try beforeReplacing(temporary)
            try replaceDirectory(target, with: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Recreates the folder tree at `source` as `destination` (which must not exist), its
    /// files hard links to the source's. The DocC site is linked into every build's site: with
    /// `mkdir`/`link` directly it takes a fraction of `FileManager.linkItem`'s time over its
    /// ~1,400 folders. Throws when a folder cannot be made or a file linked (e.g. across file
    /// systems); what was made is left for the caller to remove.
    static func linkTree(_ source: String, to destination: String) throws {
        guard mkdir(destination, 0o755) == 0 else { throw failure(destination, "cannot create the folder") }
        guard let folder = opendir(source) else { throw failure(source, "cannot read the folder") }
        defer { closedir(folder) }
        while let entry = readdir(folder) {
            var entryName = entry.pointee.d_name
            let name = withUnsafePointer(to: &entryName) { $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) } }
            if name == "." || name == ".." { continue }
            let from = source + "/" + name, to = destination + "/" + name
            var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                var status = stat()
                isFolder = lstat(from, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
            }
            if isFolder {
                try linkTree(from, to: to)
            } else if link(from, to) != 0 {
                throw failure(to, "cannot link \(from)")
            }
        }
    }

    private static func failure(_ path: String, _ what: String) -> Failure {
        Failure(description: "\(path): error: \(what): \(String(cString: strerror(errno)))")
    }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// glibc's `renameat2`, looked up at run time: Swift's Glibc module does not declare it
    /// (it is behind `_GNU_SOURCE`); nil on systems without it.
    private static let renameExchange: RenameAt2? = {
        #if os(Linux)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
        #else
        return nil
        #endif
    }()
}
