// libFuzzer target: the tar reader, extracting into a scratch folder. The first byte picks a
// plain `.tar` (even) or, gzip-compressed by the project's writer, a `.tar.gz` (odd).
@testable import Decoding
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTar(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzInput.run(data, size) { input in
        let archive = Scratch.write(input.payload, as: "archive.tar", compressed: input.compressed)
        _ = try? TarReader(archive: archive).extract(to: Scratch.folder + "/out")
        // Nothing may land outside the destination folder.
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: Scratch.folder)) ?? [] {
            precondition(["archive.tar", "archive.tar.gz", "out"].contains(entry), "tar entry escaped to \(entry)")
        }
    }
}
