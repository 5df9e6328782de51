// The streaming gzip reader (ISA-L inflate) on arbitrary bytes, read through in pieces of a
// size taken from the first byte, so buffer boundaries move too; and the same bytes as a
// gzip index file (GzipIndex), which must decode or be refused.
@testable import Decoding
import Foundation

enum FuzzGzip {
    /// Whether the whole stream inflated without an error.
    @discardableResult
    static func run(_ input: UnsafeRawBufferPointer) -> Bool {
        // The same bytes as a gzip index (a cache file): refused or well-formed, never a trap.
        if let index = GzipIndex(decoding: Array(input)) { precondition(index.isWellFormed) }
        return Scratch.withFile(input, as: "data.gz") { path, first in
            guard let stream = try? GzipByteStream(path: path) else { return false }
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: Int(first) * 37 + 1, alignment: 16)
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
}
