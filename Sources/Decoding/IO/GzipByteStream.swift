import CIsal

/// Decompresses a gzip file while it is read, with Intel ISA-L's streaming inflate: every
/// member in turn (`cat a.gz b.gz` is one gzip file, as are the single-member files that
/// gzip(1), nibabel, FSL and SPM write), each member's CRC-32 and length checked against its
/// trailer. It holds ISA-L's state (its 32 KiB window included) and one input chunk, whatever
/// the file's size, and inflates as fast as `igzip -dc`.
final class GzipByteStream: ByteStream {
    /// Compressed bytes read from the file at a time.
    static let inputChunk = 1 << 18

    private let file: FileDescriptor
    private let state: UnsafeMutablePointer<inflate_state>
    private let input: UnsafeMutableRawBufferPointer
    private var inputEnded = false
    private var finished = false

    init(path: String) throws(ByteStreamError) {
        file = try FileDescriptor(reading: path)
        state = .allocate(capacity: 1)
        isal_inflate_init(state)
        state.pointee.crc_flag = UInt32(ISAL_GZIP)  // parse each header, check each trailer
        input = .allocate(byteCount: Self.inputChunk, alignment: 64)
    }

    deinit {
        state.deallocate()
        input.deallocate()
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(ByteStreamError) -> Int {
        guard buffer.count > 0, !finished else { return 0 }
        var produced = 0
        while produced < buffer.count {
            if state.pointee.block_state == ISAL_BLOCK_FINISH {
                guard try startNextMember() else {
                    finished = true
                    break
                }
            }
            if state.pointee.avail_in == 0 && !inputEnded { try refill() }
            let want = min(buffer.count - produced, Int(UInt32.max))
            let pending = state.pointee.avail_in
            state.pointee.next_out = (buffer.baseAddress! + produced).assumingMemoryBound(to: UInt8.self)
            state.pointee.avail_out = UInt32(want)
            let status = isal_inflate(state)
            let n = want - Int(state.pointee.avail_out)
            produced += n
            guard status == ISAL_DECOMP_OK else { throw .corruptGzip(file: file.path, reason: Self.explain(status)) }
            let stalled = n == 0 && state.pointee.avail_in == pending && state.pointee.block_state != ISAL_BLOCK_FINISH
            if stalled {  // ISA-L needs more input than is buffered
                if inputEnded { throw .truncatedGzip(file: file.path) }
                try refill()
            }
        }
        return produced
    }

    /// Moves the unconsumed input to the front of the buffer and fills the rest from the file.
    private func refill() throws(ByteStreamError) {
        let keep = Int(state.pointee.avail_in)
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
