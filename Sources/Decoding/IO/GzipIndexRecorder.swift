import CIsal
import FileSupport

/// Finds access points (``GzipIndex``) while a one-member gzip file is read serially, at
/// little cost to that read.
///
/// ISA-L's inflate does not stop at block boundaries by itself: it returns only when its input
/// or output runs out. But when the input ends inside a block header it rewinds to the
/// header's start and waits (`ISAL_BLOCK_HDR`, the unread bits in `read_in` and
/// `tmp_in_buffer`). So once a point is due (every `spacing` bytes of output), the reader
/// feeds the input in slices shorter than a dynamic block's header until a call ends in that
/// state: the next block's exact bit offset, with the output before it complete. A call costs
/// ISA-L a 32 KiB history copy whatever its size, so slices are kept near a header's length
/// and used only while hunting (measured by `bench/gzip-index`: cold against off).
struct GzipIndexRecorder {
    /// Compressed bytes fed per call while hunting for a block boundary.
    static let slice: UInt32 = 96

    let identity: FileIdentity
    /// Uncompressed bytes between access points.
    let spacing: UInt64
    private(set) var points = [GzipIndex.Point(bit: 0, output: 0, crc: 0, window: [])]
    private var nextPoint: UInt64
    private var tail = OutputTail()
    /// Whether slices are being fed now, since which output.
    private(set) var hunting = false
    private var huntStart: UInt64 = 0
    /// Output hunted through without finding a boundary before giving up on the file (blocks
    /// that long are rare: stored data, some encoders); bounds the cost of trying.
    static let huntLimit: UInt64 = 4 << 20
    /// Set when a hunt went past ``huntLimit``: the file gets no index.
    private(set) var gaveUp = false

    init(identity: FileIdentity, spacing: UInt64) {
        self.identity = identity
        self.spacing = max(spacing, UInt64(GzipIndex.windowSize))
        nextPoint = self.spacing
    }

    /// Called before each inflate call at member output `output` (`produced` bytes of it in the
    /// caller's buffer so far): starts hunting when a point is due.
    mutating func prepare(output: UInt64, produced: UnsafeRawBufferPointer) {
        guard !hunting, output >= nextPoint else { return }
        hunting = true
        huntStart = output
        tail.append(produced, endingAt: output)
    }

    /// Called after each inflate call made while hunting, with the bytes it wrote (ending at
    /// member output `output`) and the file offset of ISA-L's `next_in`.
    mutating func observe(_ state: UnsafePointer<inflate_state>, wrote: UnsafeRawBufferPointer, output: UInt64, inputOffset: UInt64) {
        tail.append(wrote, endingAt: output)
        if output - huntStart > Self.huntLimit { gaveUp = true }
        let s = state.pointee
        let atHeader = s.block_state == ISAL_BLOCK_NEW_HDR || s.block_state == ISAL_BLOCK_HDR
        guard atHeader, s.bfinal == 0, s.tmp_out_valid == s.tmp_out_processed, s.write_overflow_len == 0,
              s.copy_overflow_length == 0, let window = tail.window(endingAt: output) else { return }
        let pending = UInt64(s.tmp_in_size) * 8 + UInt64(s.read_in_length)
        guard inputOffset * 8 > pending else { return }
        points.append(GzipIndex.Point(bit: inputOffset * 8 - pending, output: output, crc: s.crc, window: window))
        hunting = false
        nextPoint = output + spacing
    }

    /// Keeps the last 32 KiB of a read that ends near the next point, for the window.
    mutating func noteReadEnd(_ buffer: UnsafeRawBufferPointer, output: UInt64) {
        if !hunting && output + 2 * UInt64(buffer.count) >= nextPoint { tail.append(buffer, endingAt: output) }
    }

    /// The finished index once the member's trailer was checked, its 8 bytes starting at
    /// `trailerOffset`; nil when no point was found (a file too small to split).
    func index(length: UInt64, crc: UInt32, trailerOffset: UInt64) -> GzipIndex? {
        guard points.count > 1 else { return nil }
        let index = GzipIndex(fileSize: UInt64(identity.size), fileModified: identity.modified, length: length, crc: crc,
                              trailerOffset: trailerOffset, points: points)
        return index.isWellFormed ? index : nil
    }
}

/// The last 32 KiB of output seen, and where it ends in the member's output.
private struct OutputTail {
    private var storage = [UInt8](repeating: 0, count: 2 * GzipIndex.windowSize)
    private var count = 0
    private var end: UInt64 = 0

    mutating func append(_ bytes: UnsafeRawBufferPointer, endingAt output: UInt64) {
        let size = GzipIndex.windowSize
        if output - UInt64(bytes.count) != end { count = 0 }  // not contiguous: start again
        end = output
        guard !bytes.isEmpty else { return }
        storage.withUnsafeMutableBytes { s in
            if bytes.count >= size {
                s.baseAddress!.copyMemory(from: bytes.baseAddress! + bytes.count - size, byteCount: size)
                count = size
                return
            }
            if count + bytes.count > s.count {
                let keep = min(count, size)
                s.baseAddress!.copyMemory(from: s.baseAddress! + count - keep, byteCount: keep)
                count = keep
            }
            (s.baseAddress! + count).copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
            count += bytes.count
        }
    }

    /// The 32 KiB before `output`, when they were all seen.
    func window(endingAt output: UInt64) -> [UInt8]? {
        guard end == output, count >= GzipIndex.windowSize else { return nil }
        return Array(storage[(count - GzipIndex.windowSize)..<count])
    }
}
