import CIsal
import Dispatch
import Synchronization

/// One piece of a gzip member, from an access point to the next, inflated on a worker thread
/// and checked before anyone reads it: its output must have exactly the index's length and its
/// CRC-32, joined to the CRC before the point, the one the index (or the trailer) gives after.
/// It works in a ``GzipPieceSlot`` of the read's pool and reads its compressed input a chunk at
/// a time: no allocation per piece. The slot goes back to the pool when both the worker and
/// the reader are done with it (``release()``), so a read holds no more slots than pieces in
/// flight, whenever the worker's closure happens to let go of the job.
///
/// A job the reader no longer wants (skipped over, or past where the reader stopped) is
/// cancelled: it stops at its next chunk of output instead of inflating the rest of its piece.
///
/// Fields are set before `start()` and read after `wait()` returns: the semaphore orders the
/// worker's writes before the reader's reads, hence `@unchecked Sendable`.
final class GzipPieceJob: @unchecked Sendable {
    /// Output inflated per call to ISA-L, between checks for cancellation: ISA-L's speed is
    /// the same at 1 MiB a call as in one call, and a cancelled job stops within a millisecond.
    static let outputStep = 1 << 20

    let piece: Int
    private let file: FileDescriptor
    private let point: GzipIndex.Point
    /// The byte where the compressed input may stop (the next point's, or the trailer's).
    private let inputEnd: Int
    private let fileSize: Int
    private let expectedCRC: UInt32
    private let outputLength: Int
    private let step: Int
    private let buffers: GzipPieceBuffers
    private let slot: GzipPieceSlot
    private let done = DispatchSemaphore(value: 0)
    private let cancelled = Atomic<Bool>(false)
    /// The worker and the reader: the last to let go gives the slot back.
    private let holders = Atomic<Int>(2)
    /// Called by the worker after each step of output (tests use it to cancel mid-piece).
    var afterStep: (@Sendable () -> Void)?
    /// Why the piece could not be used; nil when its bytes are checked and ready.
    private(set) var failure: String?
    /// Bytes inflated (all of the piece unless it failed or was cancelled).
    private(set) var inflated = 0

    init(piece: Int, index: GzipIndex, file: FileDescriptor, buffers: GzipPieceBuffers, step: Int = outputStep) {
        self.piece = piece
        self.file = file
        point = index.points[piece]
        inputEnd = piece + 1 < index.points.count ? Int(index.points[piece + 1].bit / 8) + 1 : Int(index.trailerOffset)
        fileSize = Int(index.fileSize)
        expectedCRC = index.crcAfter(piece)
        outputLength = index.pieceLength(piece)
        self.step = max(step, 1)
        precondition(outputLength <= buffers.capacity, "a piece longer than the pool's slots")
        self.buffers = buffers
        slot = buffers.take()
    }

    /// The piece's checked bytes; the reader may use them from `wait()` until `release()`.
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: slot.output[0..<outputLength]) }

    func start() {
        DispatchQueue.global(qos: .userInitiated).async { self.run() }
    }

    /// Blocks until the piece is inflated and checked (or failed).
    func wait() { done.wait() }

    /// Asks the job to stop early: its bytes will not be read.
    func cancel() { cancelled.store(true, ordering: .relaxed) }

    /// The reader is done with the piece (read, or dropped after `cancel()`).
    func release() {
        if holders.subtract(1, ordering: .acquiringAndReleasing).newValue == 0 { buffers.give(slot) }
    }

    private var isCancelled: Bool { cancelled.load(ordering: .relaxed) }

    private func run() {
        failure = isCancelled ? "cancelled" : inflate()
        release()
        done.signal()
    }

    /// nil on success, else what went wrong.
    private func inflate() -> String? {
        let start = Int(point.bit / 8), shift = Int(point.bit % 8)
        // ISA-L reads its input 8 bytes at a time: a little past the next block's start.
        var input = PieceInput(file: file, buffer: slot.input, from: start, to: min(max(inputEnd + 64, start + 1), fileSize))
        let state = slot.state
        isal_inflate_init(state)
        guard (try? input.refill(state)) == true else { return "the file is shorter than the index says" }
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
                let first: UnsafeMutablePointer<UInt8> = state.pointee.next_in
                state.pointee.read_in = UInt64(first.pointee) >> shift
                state.pointee.read_in_length = Int32(8 - shift)
                state.pointee.next_in = first + 1
                state.pointee.avail_in -= 1
            }
        }
        let output = slot.output.baseAddress!.assumingMemoryBound(to: UInt8.self)
        while inflated < outputLength {
            if isCancelled { return "cancelled" }
            let step = min(outputLength - inflated, self.step)
            let pending = state.pointee.avail_in
            state.pointee.next_out = output + inflated
            state.pointee.avail_out = UInt32(step)
            let status = isal_inflate(state)
            let n = step - Int(state.pointee.avail_out)
            inflated += n
            afterStep?()
            guard status == ISAL_DECOMP_OK else { return GzipByteStream.explain(status) }
            if state.pointee.block_state == ISAL_BLOCK_FINISH { break }
            if n == 0 && state.pointee.avail_in == pending {  // ISA-L needs more input than is buffered
                guard let more = try? input.refill(state) else { return "the file is shorter than the index says" }
                if !more { break }
            }
        }
        guard inflated == outputLength else { return "the piece ends \(outputLength - inflated) bytes early" }
        let crc = crc32Combine(point.crc, state.pointee.crc, length: outputLength)
        guard crc == expectedCRC else { return "CRC-32 mismatch in the piece at byte \(point.output)" }
        return nil
    }
}

/// A piece's compressed bytes, `from..<to` of the file, fed to ISA-L one buffer at a time.
private struct PieceInput {
    let file: FileDescriptor
    let buffer: UnsafeMutableRawBufferPointer
    var next: Int
    let end: Int

    init(file: FileDescriptor, buffer: UnsafeMutableRawBufferPointer, from: Int, to: Int) {
        self.file = file
        self.buffer = buffer
        next = from
        self.end = to
    }

    /// Moves the input ISA-L has not consumed to the front of the buffer and fills the rest
    /// from the file; false when nothing was left to read. Throws when the file ends early.
    mutating func refill(_ state: UnsafeMutablePointer<inflate_state>) throws(ByteStreamError) -> Bool {
        let keep = Int(state.pointee.avail_in)
        let base = buffer.baseAddress!
        if keep > 0 { base.copyMemory(from: state.pointee.next_in, byteCount: keep) }
        let want = min(buffer.count - keep, end - next)
        if want > 0 {
            let got = try file.read(into: UnsafeMutableRawBufferPointer(start: base + keep, count: want), at: next)
            guard got == want else { throw .truncatedGzip(file: file.path) }
            next += got
        }
        state.pointee.next_in = base.assumingMemoryBound(to: UInt8.self)
        state.pointee.avail_in = UInt32(keep + max(want, 0))
        return want > 0
    }
}
