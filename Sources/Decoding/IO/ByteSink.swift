import CIsal
import FileSupport
import Foundation

/// Where written bytes go: a file, directly or through gzip. Every sink writes to a temporary
/// file beside the destination and renames it into place on `finish()`, so a reader never sees
/// a half-written file; a sink dropped without `finish()` removes its temporary file.
final class FileSink {
    let destination: String
    let temporary: String
    private let fd: Int32
    private var done = false

    init(destination: String) throws(ByteStreamError) {
        self.destination = destination
        let dir = (destination as NSString).deletingLastPathComponent
        let name = (destination as NSString).lastPathComponent
        temporary = (dir.isEmpty ? "" : dir + "/") + ".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).part"
        fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw .writeFailed(file: destination, reason: String(cString: strerror(errno))) }
    }

    deinit {
        close(fd)
        if !done { unlink(temporary) }
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws(ByteStreamError) {
        var written = 0
        while written < bytes.count {
            let n = Foundation.write(fd, bytes.baseAddress! + written, bytes.count - written)
            if n < 0 {
                if errno == EINTR { continue }
                throw .writeFailed(file: destination, reason: String(cString: strerror(errno)))
            }
            written += n
        }
    }

    func finish() throws(ByteStreamError) {
        guard fsync(fd) == 0 || errno == EINVAL, rename(temporary, destination) == 0 else {
            throw .writeFailed(file: destination, reason: String(cString: strerror(errno)))
        }
        done = true
    }
}

/// Compresses into a `FileSink` as one standard gzip member (what gzip(1) and nibabel write,
/// which every reader opens), with Intel ISA-L's deflate: several times faster than zlib at
/// the same size, in constant memory.
final class GzipSink {
    /// ISA-L's levels: 0 (fastest, largest) to 3 (smallest, slowest). Level 1, the default, gives
    /// files about the size of nibabel's (zlib level 1); 3 those of gzip's default (6).
    static let levels = 0...3
    static let defaultLevel = 1

    private let file: FileSink
    /// An `OpaquePointer`, as in ``GzipByteStream``, so that the compiler does not emit
    /// ISA-L's stream struct's value witnesses.
    private let streamAddress: OpaquePointer
    private var stream: UnsafeMutablePointer<isal_zstream> { UnsafeMutablePointer(streamAddress) }
    private let levelBuffer: UnsafeMutableRawBufferPointer
    private let output: UnsafeMutableRawBufferPointer
    /// The file's index, made as it is written: a full flush (byte-aligned, no back-reference
    /// across it) every `store.spacing` bytes of input is an access point that needs no window.
    private let store: GzipIndexStore?
    private var points = [GzipIndex.Point(bit: 0, output: 0, crc: 0, window: [])]
    private var consumed: UInt64 = 0
    private var written: UInt64 = 0

    /// `indexInto`: where to keep the file's ``GzipIndex`` (nil: none).
    init(destination: String, level: Int = GzipSink.defaultLevel,
         indexInto store: GzipIndexStore? = .standard) throws(ByteStreamError) {
        self.store = store?.folder == nil ? nil : store
        guard Self.levels.contains(level) else {
            throw .writeFailed(file: destination, reason: "gzip level \(level) is outside ISA-L's \(Self.levels)")
        }
        file = try FileSink(destination: destination)
        let stream = UnsafeMutablePointer<isal_zstream>.allocate(capacity: 1)
        streamAddress = OpaquePointer(stream)
        isal_deflate_init(stream)
        levelBuffer = .allocate(byteCount: max(Int(cisal_level_buffer_size(Int32(level))), 1), alignment: 64)
        output = .allocate(byteCount: 1 << 18, alignment: 64)
        stream.pointee.level = UInt32(level)
        stream.pointee.level_buf = levelBuffer.baseAddress!.assumingMemoryBound(to: UInt8.self)
        stream.pointee.level_buf_size = UInt32(level == 0 ? 0 : levelBuffer.count)
        stream.pointee.gzip_flag = UInt16(IGZIP_GZIP)  // header and CRC-32 trailer around the data
    }

    deinit {
        stream.deallocate()
        levelBuffer.deallocate()
        output.deallocate()
    }

    /// Runs the compressor over the pending input (to the end of the stream when `last`),
    /// writing what it produces.
    private func run(last: Bool, flush: Bool = false) throws(ByteStreamError) {
        stream.pointee.end_of_stream = last ? 1 : 0
        stream.pointee.flush = UInt16(flush ? FULL_FLUSH : NO_FLUSH)
        consumed += UInt64(stream.pointee.avail_in)
        repeat {
            stream.pointee.next_out = output.baseAddress!.assumingMemoryBound(to: UInt8.self)
            stream.pointee.avail_out = UInt32(output.count)
            let status = isal_deflate(stream)
            guard status == COMP_OK else {
                throw .writeFailed(file: file.destination, reason: "ISA-L deflate failed (status \(status))")
            }
            let n = output.count - Int(stream.pointee.avail_out)
            if n > 0 { try file.write(UnsafeRawBufferPointer(rebasing: output[0..<n])) }
            written += UInt64(n)
        } while stream.pointee.avail_in > 0 || stream.pointee.avail_out == 0
            || (last && stream.pointee.internal_state.state != ZSTATE_END)
            || (flush && stream.pointee.internal_state.state != ZSTATE_NEW_HDR)
        if flush {  // everything so far is out, byte-aligned, and no later block looks back past it
            points.append(GzipIndex.Point(bit: written * 8, output: consumed, crc: stream.pointee.internal_state.crc, window: []))
        }
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws(ByteStreamError) {
        var rest = bytes
        while !rest.isEmpty {
            // Up to the next access point when indexing: the point is made after it.
            let toPoint = store.map { Int($0.spacing - (consumed - points.last!.output)) } ?? Int.max
            let chunk = UnsafeRawBufferPointer(rebasing: rest.prefix(min(1 << 30, toPoint)))
            stream.pointee.next_in = UnsafeMutablePointer(mutating: chunk.baseAddress!.assumingMemoryBound(to: UInt8.self))
            stream.pointee.avail_in = UInt32(chunk.count)
            try run(last: false, flush: chunk.count == toPoint)
            rest = UnsafeRawBufferPointer(rebasing: rest.dropFirst(chunk.count))
        }
    }

    func finish() throws(ByteStreamError) {
        stream.pointee.next_in = nil
        stream.pointee.avail_in = 0
        try run(last: true)
        try file.finish()
        saveIndex()
    }

    /// Keeps the index of the finished file when it has pieces to read in parallel.
    private func saveIndex() {
        guard let store, let identity = FileIdentity(path: file.destination), store.wantsIndex(for: identity) else { return }
        var points = self.points
        if points.last!.output == consumed { points.removeLast() }  // a flush at the very end starts no piece
        let index = GzipIndex(fileSize: UInt64(identity.size), fileModified: identity.modified, length: consumed,
                              crc: stream.pointee.internal_state.crc, trailerOffset: written - 8, points: points)
        guard points.count > 1, index.isWellFormed else { return }
        store.save(index, for: file.destination, identity: identity)
    }
}

/// A plain or gzip sink chosen by the destination's extension.
enum AnySink {
    case plain(FileSink)
    case gzip(GzipSink)

    init(destination: String, gzipLevel: Int = GzipSink.defaultLevel) throws(ByteStreamError) {
        self = destination.lowercased().hasSuffix(".gz")
            ? .gzip(try GzipSink(destination: destination, level: gzipLevel))
            : .plain(try FileSink(destination: destination))
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws(ByteStreamError) {
        switch self {
        case let .plain(s): try s.write(bytes)
        case let .gzip(s): try s.write(bytes)
        }
    }

    func write(_ bytes: [UInt8]) throws(ByteStreamError) {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 1)
        defer { buffer.deallocate() }
        buffer.copyBytes(from: bytes)
        try write(UnsafeRawBufferPointer(rebasing: buffer[0..<bytes.count]))
    }

    func finish() throws(ByteStreamError) {
        switch self {
        case let .plain(s): try s.finish()
        case let .gzip(s): try s.finish()
        }
    }
}
