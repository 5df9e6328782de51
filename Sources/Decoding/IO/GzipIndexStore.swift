import FileSupport
import Foundation

/// Where gzip indexes (``GzipIndex``) are kept between processes: one small file per gzip
/// file, named by a hash of the gzip file's absolute path, in the data cache
/// (`$DECODING_GZIP_INDEX`, else `$XDG_CACHE_HOME/decoding/gzip-index`, else
/// `~/.cache/decoding/gzip-index`; `DECODING_GZIP_INDEX=off` (or `0`, `false`, `no`) turns indexing
/// off, and `on` (`1`, `true`, `yes`) keeps the standard folder).
///
/// An entry is used only while the gzip file keeps the size and modification time it had when
/// the entry was made, and only if it decodes intact; anything else is removed and rebuilt by
/// the next full read. Entries are written to a temporary file and renamed into place, so a
/// reader never sees half of one. Failing to read or write the cache only loses the speed-up.
///
/// Entries loaded or saved are also kept in memory (``GzipIndexMemo``): a tutorial that opens
/// the bold several times reads and decodes its index once.
struct GzipIndexStore: Sendable {
    /// nil: indexing off.
    let folder: String?
    /// Compressed files smaller than this are read serially: their pieces would be too few.
    var minimumFileSize = 8 << 20
    /// Uncompressed bytes between access points: the size of the pieces inflated in parallel,
    /// and the granularity of a read of some volumes only (a piece is inflated whole, to be
    /// checked). 2 MiB: picking the 216 face and house volumes of the Haxby bold (24 runs of
    /// 9 volumes of 320 KiB) inflates 117 MB instead of 252 MB with 8 MiB; the index grows to
    /// ~7 MB (a 32 KiB window per point) and a whole read is no slower.
    var spacing: UInt64 = 2 << 20
    /// Indexes already decoded in this process.
    var memo: GzipIndexMemo = .shared

    static var standard: GzipIndexStore { configured(by: ProcessInfo.processInfo.environment) }

    /// The store `DECODING_GZIP_INDEX` in `environment` asks for: a switch word, else a folder.
    static func configured(by environment: [String: String]) -> GzipIndexStore {
        let standardFolder = { userCacheFolder("decoding/gzip-index") }
        switch environment["DECODING_GZIP_INDEX"]?.lowercased() {
        case nil, "", "on", "1", "true", "yes": return GzipIndexStore(folder: standardFolder())
        case "off", "0", "false", "no": return GzipIndexStore(folder: nil)
        default: return GzipIndexStore(folder: environment["DECODING_GZIP_INDEX"])
        }
    }

    /// Whether a read of `path` (now `identity`) should build an index.
    func wantsIndex(for identity: FileIdentity) -> Bool {
        folder != nil && identity.size >= minimumFileSize
    }

    /// The entry's file for the gzip file at `path`.
    func entryPath(for path: String) -> String? {
        guard let folder else { return nil }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var hash = SHA256()
        hash.update(Array("gzip-index-\(GzipIndex.version)\0\(absolute)".utf8))
        return "\(folder)/\(hash.finalize()).gzi"
    }

    /// The index for `path` as it is now, or nil (missing, stale or damaged: a damaged or
    /// stale entry is removed).
    func load(for path: String, identity: FileIdentity) -> GzipIndex? {
        guard let entry = entryPath(for: path), let entryIdentity = FileIdentity(path: entry) else { return nil }
        if let known = memo.index(at: entry, entryIdentity, for: identity) { return known }
        guard let data = FileManager.default.contents(atPath: entry) else { return nil }
        guard let index = GzipIndex(decoding: [UInt8](data)), index.fileSize == UInt64(identity.size),
              index.fileModified == identity.modified else {
            unlink(entry)
            return nil
        }
        memo.keep(index, at: entry, entryIdentity, for: identity)
        return index
    }

    /// Stores `index` for `path`, unless the file changed since `identity` was taken while the
    /// index was being built.
    func save(_ index: GzipIndex, for path: String, identity: FileIdentity) {
        guard let folder, let entry = entryPath(for: path), FileIdentity(path: path) == identity else { return }
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let bytes = index.encoded()
        guard let sink = try? FileSink(destination: entry) else { return }
        let written = bytes.withUnsafeBytes { buffer in
            (try? sink.write(buffer)) != nil && (try? sink.finish()) != nil
        }
        guard written, let entryIdentity = FileIdentity(path: entry) else { return }
        memo.keep(index, at: entry, entryIdentity, for: identity)
    }

    /// Forgets the entry for `path` (an index that turned out wrong).
    func remove(for path: String) {
        guard let entry = entryPath(for: path) else { return }
        memo.forget(entry)
        unlink(entry)
    }
}

