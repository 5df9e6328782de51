import CZlib

/// Decompresses a gzip file (one or more members, as `cat a.gz b.gz` produces) while it is read,
/// holding only zlib's window and one input chunk, so a 500 MB bold costs a few hundred KB.
final class GzipByteStream: ByteStream {
    private let file: FileDescriptor
    private var stream = z_stream()
    private let input: UnsafeMutableRawBufferPointer
    private var finished = false
    private var inputEnded = false

    init(path: String) throws(NiftiError) {
        file = try FileDescriptor(reading: path)
        input = .allocate(byteCount: 1 << 18, alignment: 16)
        // 15 + 16: gzip wrapper only, full window.
        let status = inflateInit2_(&stream, 15 + 16, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            input.deallocate()
            throw .corruptGzip(file: path, reason: "zlib could not start (status \(status))")
        }
    }

    deinit {
        inflateEnd(&stream)
        input.deallocate()
    }

    private func refill() throws(NiftiError) {
        let n = try file.read(into: input)
        if n == 0 { inputEnded = true }
        stream.next_in = input.baseAddress!.assumingMemoryBound(to: Bytef.self)
        stream.avail_in = uInt(n)
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(NiftiError) -> Int {
        guard buffer.count > 0, !finished else { return 0 }
        var produced = 0
        while produced < buffer.count {
            if stream.avail_in == 0 && !inputEnded { try refill() }
            let want = min(buffer.count - produced, Int(UInt32.max))
            stream.next_out = (buffer.baseAddress! + produced).assumingMemoryBound(to: Bytef.self)
            stream.avail_out = uInt(want)
            let status = inflate(&stream, Z_NO_FLUSH)
            produced += want - Int(stream.avail_out)
            switch status {
            case Z_OK:
                continue
            case Z_BUF_ERROR where !inputEnded:
                continue
            case Z_BUF_ERROR:
                throw .corruptGzip(file: file.path, reason: "the compressed stream ends early (truncated file)")
            case Z_STREAM_END:
                if try !startNextMember() {
                    finished = true
                    return produced
                }
            default:
                let message = stream.msg.map { String(cString: $0) } ?? "zlib status \(status)"
                throw .corruptGzip(file: file.path, reason: message)
            }
        }
        return produced
    }

    /// After a member ends: continue when another gzip member follows, stop at end of file or
    /// trailing padding (zeros), as gzip(1) does.
    private func startNextMember() throws(NiftiError) -> Bool {
        if stream.avail_in < 2 && !inputEnded {
            // Keep a lone leftover byte (the first of a next member's magic) and read on.
            let keep = Int(stream.avail_in)
            if keep == 1 { input[0] = stream.next_in[0] }
            let n = try file.read(into: UnsafeMutableRawBufferPointer(rebasing: input[keep...]))
            if n == 0 { inputEnded = true }
            stream.next_in = input.baseAddress!.assumingMemoryBound(to: Bytef.self)
            stream.avail_in = uInt(keep + n)
        }
        guard stream.avail_in >= 2, stream.next_in[0] == 0x1f, stream.next_in[1] == 0x8b else { return false }
        inflateReset(&stream)
        return true
    }
}
