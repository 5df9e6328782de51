import Foundation

/// Which file, and which version of it, a path names now: `stat`'s device and inode, size,
/// and modification and status-change times in nanoseconds. The one file stamp of the project:
/// the volume cache keys on it, and `tutor` uses it to notice a changed library or source.
public struct FileIdentity: Hashable, Sendable {
    /// The device holding the file (`st_dev`).
    public let device: UInt64
    /// The file's inode on that device (`st_ino`): a file renamed over the path has another.
    public let inode: UInt64
    /// Its size in bytes.
    public let size: Int64
    /// Last modification of its contents, in nanoseconds since 1970.
    public let modified: Int64
    /// Last status change (contents, rename, permissions), in nanoseconds since 1970.
    public let changed: Int64

    /// nil when the path cannot be `stat`ed (missing, unreadable folder).
    public init?(path: String) {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
        size = Int64(st.st_size)
        #if os(Linux)
        modified = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
        changed = Int64(st.st_ctim.tv_sec) * 1_000_000_000 + Int64(st.st_ctim.tv_nsec)
        #else
        modified = Int64(st.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(st.st_mtimespec.tv_nsec)
        changed = Int64(st.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(st.st_ctimespec.tv_nsec)
        #endif
    }
}
