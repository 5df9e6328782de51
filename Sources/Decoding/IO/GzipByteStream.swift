import CIsal
import FileSupport

/// Decompresses a gzip file while it is read, with Intel ISA-L's streaming inflate: every
/// member in turn (`cat a.gz b.gz` is one gzip file, as are the single-member files that
/// gzip(1), nibabel, FSL and SPM write), each member's CRC-32 and length checked against its
/// trailer. It holds ISA-L's state (its 32 KiB window included) and one input chunk, whatever
/// the file's size, and inflates as fast as `igzip -dc`.
final class GzipByteStream: ByteStream {
    /// Compressed bytes read from the file at a time.
    static let inputChunk = 1 << 18

    private let file: FileDescriptor
    /// Stored as an `OpaquePointer`, viewed through `state`. ISA-L's `inflate_state` and
    /// `isal_zstream` hold large arrays, which Swift imports as tuples of thousands of elements;
    /// named as a stored property's type, such a struct goes into the class's reflection
    /// metadata, and the compiler then emits its value witnesses unrolled element by element:
    /// three functions of over 70 KB, 13 % of `Decoding`'s machine code and a large share of
    /// LLVM's time compiling it (SETUP-TIME.md).
    private let stateAddress: OpaquePointer
    private var state: UnsafeMutablePointer<inflate_state> { UnsafeMutablePointer(stateAddress) }
    private let input: UnsafeMutableRawBufferPointer
    private var inputEnded = false
    private var finished = false

    /// Builds a ``GzipIndex`` while the file is read, kept in `store` when the read completes.
    private var recorder: GzipIndexRecorder?
    private let store: GzipIndexStore?
    /// The file offset of `input`'s first byte, and the current member's output so far.
    private var inputBase: UInt64 = 0
    private var memberOutput: UInt64 = 0

    /// `indexInto`: a store to build an index for (when the file is large enough to gain).
    init(path: String, indexInto store: GzipIndexStore? = nil) throws(ByteStreamError) {
        file = try FileDescriptor(reading: path)
        if let store, let identity = FileIdentity(path: path), store.wantsIndex(for: identity) {
            recorder = GzipIndexRecorder(identity: identity, spacing: store.spacing)
            self.store = store
        } else {
            self.store = nil
        }
        let state = UnsafeMutablePointer<inflate_state>.allocate(capacity: 1)
        isal_inflate_init(state)
        state.pointee.crc_flag = UInt32(ISAL_GZIP)  // parse each header, check each trailer
        stateAddress = OpaquePointer(state)
        input = .allocate(byteCount: Self.inputChunk, alignment: 64)
    }

    deinit {
        completeIndex()
        state.deallocate()
        input.deallocate()
    }

    /// A reader that took every byte it wanted stops before ISA-L has checked the trailer (the
    /// masker reads exactly the voxels; a read of some volumes stops after the last one). When
    /// at most an eighth of the file is left, read the rest now, so the trailer is checked and
    /// the index kept — a bounded cost, once per file, that every later read of the file gains
    /// back (the Haxby bold's face and house volumes end 3 % before the file does); after an
    /// earlier stop the file gets no index this time.
    private func completeIndex() {
        guard recorder != nil, !finished, file.size - Int(inputOffset) <= max(1 << 16, file.size / 8) else { return }
        let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { scratch.deallocate() }
        while !finished {
            guard let n = try? read(into: scratch), n > 0 else { return }
        }
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(ByteStreamError) -> Int {
        guard buffer.count > 0, !finished else { return 0 }
        var produced = 0
        while produced < buffer.count {
            if state.pointee.block_state == ISAL_BLOCK_FINISH {
                let trailerEnd = inputOffset
                guard try startNextMember() else {
                    finished = true
                    saveIndex(trailerOffset: trailerEnd - 8)
                    break
                }
                recorder = nil  // several members: not indexed
                memberOutput = 0
            }
            if state.pointee.avail_in == 0 && !inputEnded { try refill() }
            let want = min(buffer.count - produced, Int(UInt32.max))
            let pending = state.pointee.avail_in
            state.pointee.next_out = (buffer.baseAddress! + produced).assumingMemoryBound(to: UInt8.self)
            state.pointee.avail_out = UInt32(want)
            recorder?.prepare(output: memberOutput, produced: UnsafeRawBufferPointer(rebasing: buffer[0..<produced]))
            let hunting = recorder?.hunting ?? false
            let held = hunting && pending > GzipIndexRecorder.slice ? pending - GzipIndexRecorder.slice : 0
            state.pointee.avail_in -= held
            let status = isal_inflate(state)
            state.pointee.avail_in += held
            let n = want - Int(state.pointee.avail_out)
            produced += n
            memberOutput += UInt64(n)
            guard status == ISAL_DECOMP_OK else { throw .corruptGzip(file: file.path, reason: Self.explain(status)) }
            if hunting {
                recorder?.observe(state, wrote: UnsafeRawBufferPointer(rebasing: buffer[(produced - n)..<produced]),
                                  output: memberOutput, inputOffset: inputOffset)
                if recorder?.gaveUp == true { recorder = nil }
            }
            let stalled = n == 0 && state.pointee.avail_in == pending && state.pointee.block_state != ISAL_BLOCK_FINISH
            if stalled {  // ISA-L needs more input than is buffered
                if inputEnded { throw .truncatedGzip(file: file.path) }
                try refill()
            }
        }
        recorder?.noteReadEnd(UnsafeRawBufferPointer(rebasing: buffer[0..<produced]), output: memberOutput)
        return produced
    }

    /// The file offset of ISA-L's `next_in`.
    private var inputOffset: UInt64 {
        guard let next = state.pointee.next_in else { return inputBase }
        return inputBase + UInt64(UnsafeRawPointer(next) - UnsafeRawPointer(input.baseAddress!))
    }

    /// Keeps the index built during a read of the whole (one-member) file, once its trailer
    /// (checked by ISA-L) is where the index says.
    private func saveIndex(trailerOffset: UInt64) {
        guard let recorder, let store,
              let index = recorder.index(length: memberOutput, crc: state.pointee.crc, trailerOffset: trailerOffset),
              (try? file.trailerMatches(index)) == true else { return }
        store.save(index, for: file.path, identity: recorder.identity)
        self.recorder = nil
    }

    /// Moves the unconsumed input to the front of the buffer and fills the rest from the file.
    private func refill() throws(ByteStreamError) {
        let keep = Int(state.pointee.avail_in)
        inputBase = inputOffset
        if keep > 0 { input.baseAddress!.copyMemory(from: state.pointee.next_in, byteCount: keep) }
        let n = try file.read(into: UnsafeMutableRawBufferPointer(rebasing: input[keep...]))
        if n == 0 { inputEnded = true }
        state.pointee.next_in = input.baseAddress!.assumingMemoryBound(to: UInt8.self)
        state.pointee.avail_in = UInt32(keep + n)
    }

    /// After a member's trailer: true when another member follows (gzip's magic bytes next),
    /// false at the end of the file or before trailing padding, which gzip(1) ignores too.
    private func startNextMember() throws(ByteStreamError) -> Bool {
        if state.pointee.avail_in < 2 && !inputEnded { try refill() }
        guard state.pointee.avail_in >= 2, let next = state.pointee.next_in, next[0] == 0x1f, next[1] == 0x8b else {
            return false
        }
        isal_inflate_reset(state)  // keeps crc_flag and the input position
        return true
    }

    /// ISA-L's status codes in words.
    static func explain(_ status: Int32) -> String {
        switch status {
        case ISAL_INVALID_WRAPPER: "not a gzip header (the magic bytes 1f 8b are missing)"
        case ISAL_UNSUPPORTED_METHOD: "the header names a compression method other than deflate"
        case ISAL_INCORRECT_CHECKSUM: "CRC-32 or length mismatch: the data does not match the member's trailer"
        case ISAL_INVALID_BLOCK: "invalid deflate block"
        case ISAL_INVALID_SYMBOL: "invalid deflate symbol"
        case ISAL_INVALID_LOOKBACK: "invalid back-reference distance"
        default: "ISA-L inflate status \(status)"
        }
    }
}
