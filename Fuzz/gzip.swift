// libFuzzer target: the streaming gzip reader (ISA-L inflate) on arbitrary bytes, read through
// in pieces of a size taken from the first byte, so buffer boundaries move too.
@testable import Decoding
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGzip(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzInput.run(data, size) { input in
        let piece = Int(input.selector) * 37 + 1
        let path = Scratch.write(input.payload, as: "data.gz")
        guard let stream = try? GzipByteStream(path: path) else { return }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: piece, alignment: 16)
        defer { buffer.deallocate() }
        var total = 0
        while let n = try? stream.read(into: buffer), n > 0 {
            total += n
            // Deflate expands at most 1032:1; more output than that means the reader loops.
            precondition(total <= (size + 64) * 1032 * 2, "gzip reader produced \(total) bytes from \(size)")
        }
    }
}
