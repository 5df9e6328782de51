// libFuzzer target: the tar reader, extracting into a scratch folder. The first byte picks a
// plain `.tar` (even) or, gzip-compressed by the project's writer, a `.tar.gz` (odd).
@testable import Decoding
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTar(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let body = UnsafeRawBufferPointer(start: data + 1, count: size - 1)
    let archive = Scratch.write(body, as: "archive.tar", compressed: data[0] & 1 == 1)
    defer { Scratch.clear() }
    let destination = Scratch.folder + "/out"
    _ = try? TarReader(archive: archive).extract(to: destination)
    // Nothing may land outside the destination folder.
    for entry in (try? FileManager.default.contentsOfDirectory(atPath: Scratch.folder)) ?? [] {
        precondition(["archive.tar", "archive.tar.gz", "out"].contains(entry), "tar entry escaped to \(entry)")
    }
    return 0
}
