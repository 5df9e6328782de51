import CIsal
import CZlib

/// Access points into a one-member gzip file, so that a later read can inflate several pieces
/// of the member at once (as indexed_gzip and rapidgzip do): each point is where a deflate
/// block starts, with the 32 KiB of output before it that the block may refer back to.
///
/// The index is a cache, never trusted blindly: each point carries the CRC-32 of all output
/// before it, so every piece inflated from it is checked (`crc32_combine`) before its bytes are
/// handed out, and the last against the file's own trailer. A wrong point gives an error or a
/// fallback to the serial read, never wrong data.
struct GzipIndex: Equatable, Sendable {
    /// Bumped whenever the encoding or the meaning of a field changes, or the spacing of new
    /// indexes (2: 2 MiB instead of 8, so that entries made with the coarser points are
    /// rebuilt): older files are ignored.
    static let version: UInt32 = 2
    /// Deflate's window: the most a back-reference reaches.
    static let windowSize = 1 << 15

    struct Point: Equatable, Sendable {
        /// Where the block starts, in bits from the start of the file; 0 for the member's start
        /// (the gzip header is parsed again there).
        var bit: UInt64
        /// Uncompressed bytes before the point.
        var output: UInt64
        /// CRC-32 of those bytes.
        var crc: UInt32
        /// The output just before the point (at most ``windowSize`` bytes); empty at the start
        /// of the member and after a full flush, where no back-reference crosses the point.
        var window: [UInt8]
    }

    /// The file this index was made from: a different size or modification time makes it stale.
    var fileSize: UInt64
    var fileModified: Int64
    /// The member's uncompressed length and CRC-32, as its trailer states them.
    var length: UInt64
    var crc: UInt32
    /// Where the 8-byte trailer starts in the file.
    var trailerOffset: UInt64
    /// In order of `output`; the first is the member's start.
    var points: [Point]

    /// Uncompressed bytes of piece `i`: from point `i` to the next point or the end.
    func pieceLength(_ i: Int) -> Int {
        Int((i + 1 < points.count ? points[i + 1].output : length) - points[i].output)
    }

    /// The CRC-32 of all output up to the end of piece `i`.
    func crcAfter(_ i: Int) -> UInt32 { i + 1 < points.count ? points[i + 1].crc : crc }

    /// The longest piece an index may have: what a reader allocates for one.
    static let maximumPiece: UInt64 = 64 << 20

    /// Whether the fields are consistent with each other and with a file of `fileSize` bytes:
    /// points start at the member's start and increase, windows are no longer than deflate's,
    /// no piece is longer than ``maximumPiece``.
    var isWellFormed: Bool {
        guard let first = points.first, first == Point(bit: 0, output: 0, crc: 0, window: []) else { return false }
        guard fileSize >= 8, trailerOffset <= fileSize - 8, let last = points.last, length > last.output,
              length - last.output <= Self.maximumPiece else { return false }
        for (a, b) in zip(points, points.dropFirst()) {
            guard b.bit > a.bit, b.output > a.output, b.output - a.output <= Self.maximumPiece,
                  b.bit / 8 < trailerOffset, b.output < length,
                  b.window.count <= Self.windowSize, UInt64(b.window.count) <= b.output else { return false }
        }
        return true
    }
}

/// The on-disk form: a magic and version, the fields little-endian, and a CRC-32 of everything
/// before it, so a damaged or partial file is recognised and ignored.
extension GzipIndex {
    static let magic: [UInt8] = Array("TGZI".utf8)

    func encoded() -> [UInt8] {
        var out = Self.magic
        out.appendLE(Self.version)
        out.appendLE(fileSize); out.appendLE(UInt64(bitPattern: fileModified))
        out.appendLE(length); out.appendLE(crc); out.appendLE(trailerOffset)
        out.appendLE(UInt32(points.count))
        for p in points {
            out.appendLE(p.bit); out.appendLE(p.output); out.appendLE(p.crc)
            out.appendLE(UInt32(p.window.count)); out += p.window
        }
        out.appendLE(gzipCRC32(out))
        return out
    }

    /// nil for anything but a complete, intact, well-formed index of this version.
    init?(decoding bytes: [UInt8]) {
        guard bytes.count >= 4 + 4 + 4, Array(bytes[0..<4]) == Self.magic else { return nil }
        let body = bytes[0..<(bytes.count - 4)]
        var tail = ByteReader(bytes, at: bytes.count - 4)
        guard let stored: UInt32 = tail.next(), stored == gzipCRC32(Array(body)) else { return nil }
        var r = ByteReader(Array(body), at: 4)
        guard let version: UInt32 = r.next(), version == Self.version,
              let size: UInt64 = r.next(), let modified: UInt64 = r.next(), let length: UInt64 = r.next(),
              let crc: UInt32 = r.next(), let trailer: UInt64 = r.next(), let count: UInt32 = r.next() else { return nil }
        var points: [Point] = []
        for _ in 0..<count {
            guard let bit: UInt64 = r.next(), let output: UInt64 = r.next(), let pointCRC: UInt32 = r.next(),
                  let windowLength: UInt32 = r.next(), windowLength <= Self.windowSize,
                  let window = r.bytes(Int(windowLength)) else { return nil }
            points.append(Point(bit: bit, output: output, crc: pointCRC, window: window))
        }
        guard r.atEnd else { return nil }
        self.init(fileSize: size, fileModified: Int64(bitPattern: modified), length: length, crc: crc,
                  trailerOffset: trailer, points: points)
        guard isWellFormed else { return nil }
    }
}

/// CRC-32 (gzip's) of `bytes`, by ISA-L.
func gzipCRC32(_ bytes: [UInt8]) -> UInt32 {
    bytes.withUnsafeBufferPointer { crc32_gzip_refl(0, $0.baseAddress, UInt64($0.count)) }
}

/// The CRC-32 of `a` followed by `b` from theirs and `b`'s length (zlib's `crc32_combine`).
func crc32Combine(_ a: UInt32, _ b: UInt32, length: Int) -> UInt32 {
    UInt32(truncatingIfNeeded: crc32_combine(uLong(a), uLong(b), off_t(length)))
}

private extension [UInt8] {
    mutating func appendLE<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}

/// Little-endian fields from a byte array, nil past its end.
private struct ByteReader {
    let bytes: [UInt8]
    var at: Int

    init(_ bytes: [UInt8], at: Int) {
        self.bytes = bytes
        self.at = at
    }

    var atEnd: Bool { at == bytes.count }

    mutating func next<T: FixedWidthInteger>() -> T? {
        let size = MemoryLayout<T>.size
        guard at + size <= bytes.count else { return nil }
        var value: T = 0
        for i in 0..<size { value |= T(bytes[at + i]) << (8 * i) }
        at += size
        return value
    }

    mutating func bytes(_ count: Int) -> [UInt8]? {
        guard count >= 0, at + count <= bytes.count else { return nil }
        defer { at += count }
        return Array(bytes[at..<(at + count)])
    }
}

extension FileDescriptor {
    /// Whether the file's 8 bytes at `index.trailerOffset` are the trailer the index records
    /// (CRC-32, then the length modulo 2^32, little-endian).
    func trailerMatches(_ index: GzipIndex) throws(ByteStreamError) -> Bool {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 8, alignment: 8)
        defer { buffer.deallocate() }
        guard try read(into: buffer, at: Int(index.trailerOffset)) == 8 else { return false }
        let trailer = Array(buffer)
        let crc = trailer[0..<4].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        let length = trailer[4..<8].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        return crc == index.crc && length == UInt32(truncatingIfNeeded: index.length)
    }
}
