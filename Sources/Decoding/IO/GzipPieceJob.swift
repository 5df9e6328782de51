import CIsal
import Dispatch

/// One piece of a gzip member, from an access point to the next, inflated on a worker thread
/// and checked before anyone reads it: its output must have exactly the index's length and its
/// CRC-32, joined to the CRC before the point, the one the index (or the trailer) gives after.
///
/// Fields are set before `start()` and read after `wait()` returns: the semaphore orders the
/// worker's writes before the reader's reads, hence `@unchecked Sendable`.
final class GzipPieceJob: @unchecked Sendable {
    let piece: Int
    private let file: FileDescriptor
    private let point: GzipIndex.Point
    /// The byte where the compressed input may stop (the next point's, or the trailer's).
    private let inputEnd: Int
    private let fileSize: Int
    private let expectedCRC: UInt32
    let output: UnsafeMutableRawBufferPointer
    private let outputLength: Int
    private let done = DispatchSemaphore(value: 0)
    /// Why the piece could not be used; nil when its bytes are checked and ready.
    private(set) var failure: String?

    init(piece: Int, index: GzipIndex, file: FileDescriptor) {
        self.piece = piece
        self.file = file
        point = index.points[piece]
        inputEnd = piece + 1 < index.points.count ? Int(index.points[piece + 1].bit / 8) + 1 : Int(index.trailerOffset)
        fileSize = Int(index.fileSize)
        expectedCRC = index.crcAfter(piece)
        output = .allocate(byteCount: max(index.pieceLength(piece), 1), alignment: 64)
        outputLength = index.pieceLength(piece)
    }

    /// The piece's checked bytes.
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: output[0..<outputLength]) }

    deinit { output.deallocate() }

    func start() {
        DispatchQueue.global(qos: .userInitiated).async { self.run() }
    }

    /// Blocks until the piece is inflated and checked (or failed).
    func wait() { done.wait() }

    private func run() {
        defer { done.signal() }
        failure = inflate()
    }

    /// nil on success, else what went wrong.
    private func inflate() -> String? {
        let start = Int(point.bit / 8), shift = Int(point.bit % 8)
        // ISA-L reads its input 8 bytes at a time: a little past the next block's start.
        let end = min(max(inputEnd + 64, start + 1), fileSize)
        let input = UnsafeMutableRawBufferPointer.allocate(byteCount: end - start, alignment: 64)
        defer { input.deallocate() }
        guard let got = try? file.read(into: input, at: start), got == input.count else { return "the file is shorter than the index says" }
        let state = UnsafeMutablePointer<inflate_state>.allocate(capacity: 1)
        defer { state.deallocate() }
        isal_inflate_init(state)
        var next = input.baseAddress!.assumingMemoryBound(to: UInt8.self)
        var available = UInt32(input.count)
        if point.bit == 0 {
            state.pointee.crc_flag = UInt32(ISAL_GZIP)  // the member's start: parse its header again
        } else {
            state.pointee.crc_flag = UInt32(ISAL_GZIP_NO_HDR)  // raw deflate, CRC-32 of the output
            if !point.window.isEmpty {
                var window = point.window
                let status = window.withUnsafeMutableBufferPointer {
                    isal_inflate_set_dict(state, $0.baseAddress, UInt32($0.count))
                }
                guard status == COMP_OK else { return "ISA-L refused the window (status \(status))" }
            }
            if shift > 0 {  // the block starts inside a byte: its first bits are already loaded
                state.pointee.read_in = UInt64(next.pointee) >> shift
                state.pointee.read_in_length = Int32(8 - shift)
                next += 1
                available -= 1
            }
        }
        state.pointee.next_in = next
        state.pointee.avail_in = available
        state.pointee.next_out = output.baseAddress!.assumingMemoryBound(to: UInt8.self)
        state.pointee.avail_out = UInt32(outputLength)
        while state.pointee.avail_out > 0 {
            let before = (state.pointee.avail_in, state.pointee.avail_out)
            let status = isal_inflate(state)
            guard status == ISAL_DECOMP_OK else { return GzipByteStream.explain(status) }
            if (state.pointee.avail_in, state.pointee.avail_out) == before || state.pointee.block_state == ISAL_BLOCK_FINISH {
                break
            }
        }
        guard state.pointee.avail_out == 0 else { return "the piece ends \(state.pointee.avail_out) bytes early" }
        let crc = crc32Combine(point.crc, state.pointee.crc, length: outputLength)
        guard crc == expectedCRC else { return "CRC-32 mismatch in the piece at byte \(point.output)" }
        return nil
    }
}
