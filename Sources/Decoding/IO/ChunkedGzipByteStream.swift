import CDeflate

/// Reads gzip files written as a series of small members (what ``GzipSink`` writes) with
/// libdeflate, which inflates a whole member about twice as fast as zlib's streaming inflate,
/// while holding only one member in and one member out.
///
/// A file whose members are too large for that (a single-member file from gzip(1), such as the
/// real Haxby bold) is read by ``GzipByteStream`` instead: ``open(path:)`` decides from the
/// first member, and a later oversized member hands over mid-file (zlib re-reads up to there).
final class ChunkedGzipByteStream: ByteStream {
    /// Largest member accepted, compressed and inflated; above it zlib streaming is cheaper
    /// in memory than whole-member buffers.
    static let memberLimit = 32 << 20

    private let file: FileDescriptor
    private let decompressor: OpaquePointer
    private var input: UnsafeMutableRawBufferPointer
    private var inputStart = 0, inputEnd = 0, inputEnded = false
    private var output: UnsafeMutableRawBufferPointer
    private var outputStart = 0, outputEnd = 0
    /// Bytes handed out so far, to resume in zlib at the same place.
    private var delivered = 0
    private var fallback: GzipByteStream?

    /// The fastest reader for `path`: chunked when its first member fits, else zlib streaming.
    static func open(path: String) throws(NiftiError) -> ByteStream {
        let chunked = try ChunkedGzipByteStream(path: path)
        if try chunked.inflateNextMember() { return chunked }
        return try GzipByteStream(path: path)
    }

    private init(path: String) throws(NiftiError) {
        file = try FileDescriptor(reading: path)
        guard let d = libdeflate_alloc_decompressor() else {
            throw .corruptGzip(file: path, reason: "libdeflate could not start")
        }
        decompressor = d
        input = .allocate(byteCount: 4 << 20, alignment: 64)
        output = .allocate(byteCount: 8 << 20, alignment: 64)
    }

    deinit {
        libdeflate_free_decompressor(decompressor)
        input.deallocate()
        output.deallocate()
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(NiftiError) -> Int {
        if let fallback { return try fallback.read(into: buffer) }
        var produced = 0
        while produced < buffer.count {
            if outputStart == outputEnd {
                guard try inflateNextMember() else {
                    if inputStart == inputEnd && inputEnded { break }
                    // A member too large to inflate whole: zlib takes over from here.
                    let zlib = try GzipByteStream(path: file.path)
                    delivered += produced
                    guard try zlib.skip(delivered) == delivered else {
                        throw .corruptGzip(file: file.path, reason: "the file changed while it was read")
                    }
                    fallback = zlib
                    let rest = UnsafeMutableRawBufferPointer(rebasing: buffer[produced...])
                    return produced + (try zlib.read(into: rest))
                }
                continue
            }
            let n = min(buffer.count - produced, outputEnd - outputStart)
            (buffer.baseAddress! + produced).copyMemory(from: output.baseAddress! + outputStart, byteCount: n)
            outputStart += n
            produced += n
        }
        delivered += produced
        return produced
    }

    /// Inflates the next member into `output`. False at the end of the file (or trailing
    /// zero padding) and when the member exceeds ``memberLimit``; corrupt data is left for
    /// zlib to diagnose, which names what is wrong.
    private func inflateNextMember() throws(NiftiError) -> Bool {
        while true {
            if inputEnd - inputStart < 18 && !inputEnded { try fill() }
            let available = inputEnd - inputStart
            guard available >= 2, input[inputStart] == 0x1f, input[inputStart + 1] == 0x8b else { return false }
            var consumed = 0, inflated = 0
            let status = libdeflate_gzip_decompress_ex(
                decompressor, input.baseAddress! + inputStart, available,
                output.baseAddress!, output.count, &consumed, &inflated)
            switch status {
            case LIBDEFLATE_SUCCESS:
                inputStart += consumed
                outputStart = 0
                outputEnd = inflated
                return true
            case LIBDEFLATE_INSUFFICIENT_SPACE where output.count < Self.memberLimit:
                output = Self.doubled(output, keeping: 0..<0)
            case LIBDEFLATE_BAD_DATA where !inputEnded:
                // Most likely the member goes on past what is buffered: read more.
                if inputStart > 0 || inputEnd < input.count {
                    try fill()
                } else if input.count < Self.memberLimit {
                    input = Self.doubled(input, keeping: inputStart..<inputEnd)
                    (inputStart, inputEnd) = (0, available)
                    try fill()
                } else {
                    return false
                }
            default:
                return false
            }
        }
    }

    /// Moves unread input to the front and reads the file into the free space.
    private func fill() throws(NiftiError) {
        let unread = inputEnd - inputStart
        guard unread < input.count else { return }
        if inputStart > 0 {
            input.baseAddress!.copyMemory(from: input.baseAddress! + inputStart, byteCount: unread)
            inputStart = 0
            inputEnd = unread
        }
        let n = try file.read(into: UnsafeMutableRawBufferPointer(rebasing: input[inputEnd...]))
        if n == 0 { inputEnded = true }
        inputEnd += n
    }

    /// A buffer twice as large holding `range` of `buffer` at its start; `buffer` is freed.
    private static func doubled(_ buffer: UnsafeMutableRawBufferPointer, keeping range: Range<Int>) -> UnsafeMutableRawBufferPointer {
        let bigger = UnsafeMutableRawBufferPointer.allocate(byteCount: buffer.count * 2, alignment: 64)
        bigger.baseAddress!.copyMemory(from: buffer.baseAddress! + range.lowerBound, byteCount: range.count)
        buffer.deallocate()
        return bigger
    }
}
