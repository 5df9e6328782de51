#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A forward-only source of bytes: a plain file or a decompressing gzip stream. NIfTI data is
/// read through it volume by volume so that a large image is never held whole.
protocol ByteStream: AnyObject {
    /// Fills `buffer` completely unless the stream ends first; returns the bytes written.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(ByteStreamError) -> Int
    /// Discards `count` bytes; returns how many were actually available. Streams that can
    /// seek do so (``IndexedGzipByteStream``); the default reads through.
    func skip(_ count: Int) throws(ByteStreamError) -> Int
    /// Tells the stream which bytes (offsets from its start, increasing) the reader will read
    /// from now on, skipping the rest: a stream that works ahead of the reader
    /// (``IndexedGzipByteStream``) then prepares only those. Reading others stays correct.
    func willRead(_ ranges: [Range<Int>])
}

extension ByteStream {
    /// Streams that do not work ahead ignore the hint.
    func willRead(_ ranges: [Range<Int>]) {}

    /// Discards `count` bytes; returns how many were actually available.
    func skip(_ count: Int) throws(ByteStreamError) -> Int {
        let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)
        defer { scratch.deallocate() }
        var left = count
        while left > 0 {
            let n = try read(into: UnsafeMutableRawBufferPointer(rebasing: scratch[0..<min(left, scratch.count)]))
            if n == 0 { break }
            left -= n
        }
        return count - left
    }

    /// Up to `count` bytes (fewer only at the end of the stream).
    func readBytes(_ count: Int) throws(ByteStreamError) -> [UInt8] {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: count, alignment: 16)
        defer { buffer.deallocate() }
        let n = try read(into: buffer)
        return Array(buffer[0..<n])
    }
}

/// An open file descriptor, closed when the object goes away.
final class FileDescriptor {
    let fd: Int32
    let path: String

    init(reading path: String) throws(ByteStreamError) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .unreadable(file: path, reason: String(cString: strerror(errno))) }
        var st = stat()
        if fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw .unreadable(file: path, reason: "is a directory")
        }
        self.fd = fd
        self.path = path
    }

    deinit { close(fd) }

    var size: Int {
        var st = stat()
        return fstat(fd, &st) == 0 ? Int(st.st_size) : 0
    }

    /// Reads up to `buffer.count` bytes, retrying short reads; 0 means end of file.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(ByteStreamError) -> Int {
        try fill(buffer) { destination, count, _ in systemRead(fd, destination, count) }
    }

    /// Reads up to `buffer.count` bytes from `offset` without moving the file position (safe
    /// from several threads at once); fewer only at the end of the file.
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws(ByteStreamError) -> Int {
        try fill(buffer) { pread(fd, $0, $1, off_t(offset + $2)) }
    }

    /// Fills `buffer` by `readSome(destination, count, bytes done so far)` calls, retrying
    /// short reads and interrupted calls; stops early only at the end of the file.
    private func fill(
        _ buffer: UnsafeMutableRawBufferPointer, _ readSome: (UnsafeMutableRawPointer, Int, Int) -> Int
    ) throws(ByteStreamError) -> Int {
        var done = 0
        while done < buffer.count {
            let n = readSome(buffer.baseAddress! + done, buffer.count - done, done)
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(file: path, reason: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            done += n
        }
        return done
    }

    func seek(to offset: Int) { lseek(fd, off_t(offset), SEEK_SET) }

    /// The size of the file at `path`, 0 when it cannot be opened.
    static func size(of path: String) -> Int {
        (try? FileDescriptor(reading: path).size) ?? 0
    }
}

/// Uncompressed bytes straight from a file.
final class FileByteStream: ByteStream {
    private let file: FileDescriptor

    init(path: String, offset: Int = 0) throws(ByteStreamError) {
        file = try FileDescriptor(reading: path)
        file.seek(to: offset)
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(ByteStreamError) -> Int {
        try file.read(into: buffer)
    }
}

@inline(__always)
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.read(fd, buffer, count)
    #else
    Darwin.read(fd, buffer, count)
    #endif
}
