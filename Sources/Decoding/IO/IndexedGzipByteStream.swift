import FileSupport
import Foundation

/// Reads a one-member gzip file through its ``GzipIndex``, past the serial limit of inflate:
/// the pieces between access points are inflated on worker threads a few pieces ahead of the
/// reader (one per core), each checked against the index's CRC-32 before its bytes are handed
/// out (``GzipPieceJob``), the last against the file's trailer. Memory: the pieces in flight
/// (one per worker, one waited for) plus the one being read, each in a slot of the stream's
/// pool (``GzipPieceBuffers``, the index's longest piece, 2 MiB for a new index, each) reused from piece to piece.
/// Pieces the reader will not read (skipped over, or ahead when it stops) are cancelled.
///
/// A piece that fails its check means the index is wrong for this file (or the file is
/// damaged): the index is removed, and the stream continues with a serial read from the same
/// position, which reports the damage the way it always does. So a wrong index costs time,
/// never correctness.
final class IndexedGzipByteStream: ByteStream {
    private let file: FileDescriptor
    private let index: GzipIndex
    private let store: GzipIndexStore
    private let buffers: GzipPieceBuffers
    /// Pieces being inflated beyond the one being read.
    private let ahead: Int
    /// Pieces started and not yet read, by piece number.
    private var started: [Int: GzipPieceJob] = [:]
    /// The piece being read and how far; the next piece to start.
    private var current: GzipPieceJob? {
        didSet { if oldValue !== current { oldValue?.release() } }
    }
    private var offsetInCurrent = 0
    private var nextPiece = 0
    private var nextToStart = 0
    /// Uncompressed bytes read or skipped so far.
    private var position: UInt64 = 0
    private var fallback: GzipByteStream?
    /// The pieces the reader said it will read (``willRead(_:)``); nil: all of them.
    private var wanted: [Bool]?

    init(path: String, index: GzipIndex, store: GzipIndexStore,
         workers: Int = ProcessInfo.processInfo.activeProcessorCount) throws(ByteStreamError) {
        file = try FileDescriptor(reading: path)
        self.index = index
        self.store = store
        ahead = max(workers, 1)
        let longest = (0..<index.points.count).map(index.pieceLength).max() ?? 1
        buffers = GzipPieceBuffers(capacity: longest, keep: ahead + 2)
    }

    deinit { dropStarted { _ in true } }

    /// Slots made for pieces so far (the read's peak of pieces held at once).
    var slotsMade: Int { buffers.made }

    /// Cancels and forgets the started pieces that `drop` selects.
    private func dropStarted(_ drop: (Int) -> Bool) {
        for (piece, job) in started where drop(piece) {
            job.cancel()
            job.release()
        }
        started = started.filter { !drop($0.key) }
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(ByteStreamError) -> Int {
        var produced = 0
        while produced < buffer.count {
            let rest = UnsafeMutableRawBufferPointer(rebasing: buffer[produced...])
            if let fallback {
                let n = try fallback.read(into: rest)
                produced += n
                position += UInt64(n)
                break
            }
            guard let piece = try currentPiece() else {
                if fallback != nil { continue }
                break
            }
            let available = piece.bytes.count - offsetInCurrent
            let n = min(available, rest.count)
            rest.baseAddress!.copyMemory(from: piece.bytes.baseAddress! + offsetInCurrent, byteCount: n)
            offsetInCurrent += n
            produced += n
            position += UInt64(n)
            if offsetInCurrent == piece.bytes.count { current = nil }
        }
        return produced
    }

    /// Moves `count` bytes on without inflating the pieces in between.
    func skip(_ count: Int) throws(ByteStreamError) -> Int {
        if let fallback {
            let n = try fallback.skip(count)
            position += UInt64(n)
            return n
        }
        let target = min(position + UInt64(max(count, 0)), index.length)
        let moved = Int(target - position)
        let piece = index.points.lastIndex { $0.output <= target } ?? 0
        if let current, current.piece == piece {
            offsetInCurrent = Int(target - index.points[piece].output)
        } else if target == index.length {
            current = nil
            dropStarted { _ in true }
            nextPiece = index.points.count
        } else {
            current = nil
            dropStarted { $0 < piece }
            nextPiece = piece
            nextToStart = max(nextToStart, piece)
            let within = Int(target - index.points[piece].output)
            if try currentPiece() != nil {
                offsetInCurrent = within
            } else if let fallback, try fallback.skip(within) < within {
                throw .truncatedGzip(file: file.path)
            }
        }
        position = target
        return moved
    }

    /// Only the pieces holding bytes of `ranges` are inflated ahead of the reader: picked
    /// volumes (the face and house runs of a bold) need about half of a file's pieces.
    func willRead(_ ranges: [Range<Int>]) {
        var pieces = [Bool](repeating: false, count: index.points.count)
        for r in ranges where !r.isEmpty {
            let first = index.points.lastIndex { $0.output <= UInt64(r.lowerBound) } ?? 0
            let last = index.points.lastIndex { $0.output < UInt64(r.upperBound) } ?? 0
            if first <= last { for p in first...last { pieces[p] = true } }
        }
        wanted = pieces
    }

    /// The piece to read from now, waiting for it if need be; nil at the end of the member.
    /// The next `ahead` pieces the reader wants are started meanwhile.
    private func currentPiece() throws(ByteStreamError) -> GzipPieceJob? {
        if let current { return current }
        guard nextPiece < index.points.count else { return nil }
        func start(_ piece: Int) {
            let job = GzipPieceJob(piece: piece, index: index, file: file, buffers: buffers)
            job.start()
            started[piece] = job
        }
        if started[nextPiece] == nil { start(nextPiece) }
        var startedAhead = started.keys.count(where: { $0 > nextPiece })
        nextToStart = max(nextToStart, nextPiece + 1)
        while nextToStart < index.points.count && startedAhead < ahead {
            if started[nextToStart] == nil && wanted?[nextToStart] != false {
                start(nextToStart)
                startedAhead += 1
            }
            nextToStart += 1
        }
        guard let job = started.removeValue(forKey: nextPiece) else { return nil }
        job.wait()
        if job.failure != nil {
            job.release()
            try fallBack(at: index.points[nextPiece].output)
            return nil
        }
        current = job
        offsetInCurrent = 0
        nextPiece += 1
        return job
    }

    /// Drops the index and continues serially from uncompressed byte `output`.
    private func fallBack(at output: UInt64) throws(ByteStreamError) {
        store.remove(for: file.path)
        dropStarted { _ in true }
        let serial = try GzipByteStream(path: file.path)
        let skipped = try serial.skip(Int(output))
        guard skipped == Int(output) else { throw .truncatedGzip(file: file.path) }
        fallback = serial
    }
}

/// How a gzip file is opened for reading all or much of it.
enum GzipReader {
    /// A reader for `path`: through its index when `store` has a valid one, else a serial read
    /// that builds one for next time (when the file is large enough to gain).
    static func open(path: String, store: GzipIndexStore = .standard) throws(ByteStreamError) -> ByteStream {
        if store.folder != nil, let identity = FileIdentity(path: path), store.wantsIndex(for: identity),
           let index = store.load(for: path, identity: identity) {
            let stream = try IndexedGzipByteStream(path: path, index: index, store: store)
            if (try? FileDescriptor(reading: path).trailerMatches(index)) == true { return stream }
            store.remove(for: path)
        }
        return try GzipByteStream(path: path, indexInto: store)
    }
}
