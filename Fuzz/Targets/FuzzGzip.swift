// The streaming gzip reader (ISA-L inflate) on arbitrary bytes, read through in pieces of a
// size taken from the first byte, so buffer boundaries move too.
@testable import Decoding
import Foundation

enum FuzzGzip {
    /// Whether the whole stream inflated without an error.
    @discardableResult
    static func run(_ input: UnsafeRawBufferPointer) -> Bool {
        guard let first = input.first else { return false }
        let piece = Int(first) * 37 + 1
        let path = Scratch.write(UnsafeRawBufferPointer(rebasing: input.dropFirst()), as: "data.gz")
        defer { Scratch.clear() }
        guard let stream = try? GzipByteStream(path: path) else { return false }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: piece, alignment: 16)
        defer { buffer.deallocate() }
        var total = 0
        while true {
            guard let n = try? stream.read(into: buffer) else { return false }
            if n == 0 { return true }
            total += n
            // Deflate expands at most 1032:1; more output than that means the reader loops.
            precondition(total <= (input.count + 64) * 1032 * 2, "gzip reader produced \(total) bytes from \(input.count)")
        }
    }
}
