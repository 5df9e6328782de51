import CIsal
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What inflating one piece of an indexed gzip file needs: room for the piece's output, a
/// chunk of compressed input and ISA-L's state. Owned by one ``GzipPieceJob`` at a time, or
/// by the pool between jobs, hence `@unchecked Sendable`.
final class GzipPieceSlot: @unchecked Sendable {
    /// Compressed bytes read from the file at a time.
    static let inputChunk = 1 << 18

    let output: UnsafeMutableRawBufferPointer
    let input: UnsafeMutableRawBufferPointer
    /// An `OpaquePointer`, as in ``GzipByteStream``, so that the compiler does not emit
    /// ISA-L's state struct's value witnesses.
    private let stateAddress = OpaquePointer(UnsafeMutablePointer<inflate_state>.allocate(capacity: 1))
    var state: UnsafeMutablePointer<inflate_state> { UnsafeMutablePointer(stateAddress) }
    private let mapping: UnsafeMutableRawBufferPointer

    /// Room for a piece of up to `capacity` bytes. The buffers are one anonymous mapping of
    /// their own, outside malloc: freed, they go back to the system at once, whichever thread
    /// frees them, instead of staying in a malloc arena (glibc serves blocks this large from
    /// the heap once one has been freed, and a worker thread's arena keeps what it frees).
    init(capacity: Int) {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let outputBytes = (max(capacity, 1) + page - 1) / page * page
        let size = outputBytes + Self.inputChunk
        let address = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        guard let address, address != UnsafeMutableRawPointer(bitPattern: -1) else {
            fatalError("out of memory: cannot map \(size) bytes for a gzip piece")
        }
        mapping = UnsafeMutableRawBufferPointer(start: address, count: size)
        output = UnsafeMutableRawBufferPointer(rebasing: mapping[0..<outputBytes])
        input = UnsafeMutableRawBufferPointer(rebasing: mapping[outputBytes...])
    }

    deinit {
        munmap(mapping.baseAddress, mapping.count)
        state.deallocate()
    }
}

/// The slots of one indexed read, reused from piece to piece: the pages of a slot are touched
/// once, not once per piece, and the memory of a read is the slots in use at once (the pieces
/// inflated ahead of the reader and the one being read), whatever the file's length.
final class GzipPieceBuffers: Sendable {
    /// Output bytes each slot holds: the longest piece of the index.
    let capacity: Int
    /// Free slots kept for reuse; more are unmapped when given back.
    let keep: Int
    private let state = Mutex<(free: [GzipPieceSlot], made: Int)>(([], 0))

    init(capacity: Int, keep: Int) {
        self.capacity = capacity
        self.keep = max(keep, 1)
    }

    /// A free slot, or a new one when all are in use (a cancelled job still finishing holds one).
    func take() -> GzipPieceSlot {
        if let slot = state.withLock({ $0.free.popLast() }) { return slot }
        state.withLock { $0.made += 1 }
        return GzipPieceSlot(capacity: capacity)
    }

    /// Gives `slot` back once no one reads or writes it.
    func give(_ slot: GzipPieceSlot) {
        state.withLock { state in
            if state.free.count < keep { state.free.append(slot) }
        }
    }

    /// Slots made so far: the read's peak of slots in use (at most `keep` plus stragglers).
    var made: Int { state.withLock { $0.made } }
}
