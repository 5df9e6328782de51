/// What can go wrong reading or writing bytes, below any file format: the I/O layer's own
/// error, so that it serves NIfTI images, tar archives and downloads alike. Each case names
/// the file; a format layer (``NiftiError``) maps it to its own vocabulary.
public enum ByteStreamError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file could not be opened or read (missing, permission, a directory, an I/O error).
    case unreadable(file: String, reason: String)
    /// The gzip data is damaged: not gzip at all, a bad deflate block, a CRC or length mismatch.
    case corruptGzip(file: String, reason: String)
    /// The gzip data stops inside a member (a cut download or copy).
    case truncatedGzip(file: String)
    /// Writing or compressing failed (disk full, permission, compressor error).
    case writeFailed(file: String, reason: String)

    /// The file every case names, for messages that lead with it.
    public var file: String {
        switch self {
        case let .unreadable(f, _), let .corruptGzip(f, _), let .truncatedGzip(f), let .writeFailed(f, _): f
        }
    }

    /// The file's path first, then what failed: the system's or zlib's reason, or that the gzip data ends early.
    public var description: String {
        switch self {
        case let .unreadable(f, r): "\(f): cannot read file: \(r)"
        case let .corruptGzip(f, r): "\(f): corrupt gzip stream: \(r)"
        case let .truncatedGzip(f): "\(f): truncated gzip stream: the compressed data ends early (truncated file)"
        case let .writeFailed(f, r): "\(f): cannot write: \(r)"
        }
    }
}
