import CZlib
import Foundation

/// Where written bytes go: a file, directly or through gzip. Every sink writes to a temporary
/// file beside the destination and renames it into place on `finish()`, so a reader never sees
/// a half-written file; a sink dropped without `finish()` removes its temporary file.
final class FileSink {
    let destination: String
    let temporary: String
    private let fd: Int32
    private var done = false

    init(destination: String) throws(NiftiError) {
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

    func write(_ bytes: UnsafeRawBufferPointer) throws(NiftiError) {
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

    func finish() throws(NiftiError) {
        guard fsync(fd) == 0 || errno == EINVAL, rename(temporary, destination) == 0 else {
            throw .writeFailed(file: destination, reason: String(cString: strerror(errno)))
        }
        done = true
    }
}

/// Compresses into a `FileSink` as a series of gzip members of `memberBytes` uncompressed
/// bytes each: one valid gzip file (as `cat a.gz b.gz`), which every gzip reader accepts and
/// which ``ChunkedGzipByteStream`` inflates member by member with libdeflate, twice as fast.
final class GzipSink {
    static let defaultMemberBytes = 4 << 20
    private let memberBytes: Int
    private let file: FileSink
    private var stream = z_stream()
    private let output: UnsafeMutableRawBufferPointer
    private var bytesInMember = 0

    /// `level` 1 is fastest (generated data), 6 is gzip's default.
    init(destination: String, level: Int32 = 6, memberBytes: Int = GzipSink.defaultMemberBytes) throws(NiftiError) {
        self.memberBytes = memberBytes
        file = try FileSink(destination: destination)
        output = .allocate(byteCount: 1 << 18, alignment: 16)
        let status = deflateInit2_(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
                                   zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            output.deallocate()
            throw .writeFailed(file: destination, reason: "zlib deflateInit2 failed (\(status))")
        }
    }

    deinit {
        deflateEnd(&stream)
        output.deallocate()
    }

    private func run(_ flush: Int32) throws(NiftiError) {
        repeat {
            stream.next_out = output.baseAddress!.assumingMemoryBound(to: Bytef.self)
            stream.avail_out = uInt(output.count)
            let status = deflate(&stream, flush)
            guard status != Z_STREAM_ERROR else { throw .writeFailed(file: file.destination, reason: "zlib deflate failed") }
            let n = output.count - Int(stream.avail_out)
            if n > 0 { try file.write(UnsafeRawBufferPointer(rebasing: output[0..<n])) }
        } while stream.avail_out == 0 || (flush == Z_FINISH && stream.avail_in > 0)
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws(NiftiError) {
        guard bytes.count > 0 else { return }
        var rest = bytes
        while !rest.isEmpty {
            if bytesInMember == memberBytes {
                try endMember()
                deflateReset(&stream)
            }
            let chunk = UnsafeRawBufferPointer(rebasing: rest.prefix(min(memberBytes - bytesInMember, 1 << 30)))
            stream.next_in = UnsafeMutablePointer(mutating: chunk.baseAddress!.assumingMemoryBound(to: Bytef.self))
            stream.avail_in = uInt(chunk.count)
            try run(Z_NO_FLUSH)
            bytesInMember += chunk.count
            rest = UnsafeRawBufferPointer(rebasing: rest.dropFirst(chunk.count))
        }
    }

    private func endMember() throws(NiftiError) {
        stream.next_in = nil
        stream.avail_in = 0
        try run(Z_FINISH)
        bytesInMember = 0
    }

    func finish() throws(NiftiError) {
        try endMember()
        try file.finish()
    }
}

/// A plain or gzip sink chosen by the destination's extension.
enum AnySink {
    case plain(FileSink)
    case gzip(GzipSink)

    init(destination: String, gzipLevel: Int32 = 6) throws(NiftiError) {
        self = destination.lowercased().hasSuffix(".gz")
            ? .gzip(try GzipSink(destination: destination, level: gzipLevel))
            : .plain(try FileSink(destination: destination))
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws(NiftiError) {
        switch self {
        case let .plain(s): try s.write(bytes)
        case let .gzip(s): try s.write(bytes)
        }
    }

    func write(_ bytes: [UInt8]) throws(NiftiError) {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 1)
        defer { buffer.deallocate() }
        buffer.copyBytes(from: bytes)
        try write(UnsafeRawBufferPointer(rebasing: buffer[0..<bytes.count]))
    }

    func finish() throws(NiftiError) {
        switch self {
        case let .plain(s): try s.finish()
        case let .gzip(s): try s.finish()
        }
    }
}
