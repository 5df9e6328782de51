// The tar reader, extracting into a scratch folder. The first byte picks a plain `.tar`
// (even) or, gzip-compressed by the project's writer, a `.tar.gz` (odd).
@testable import Decoding
import Foundation

enum FuzzTar {
    /// Whether the archive extracted without an error.
    @discardableResult
    static func run(_ input: UnsafeRawBufferPointer) -> Bool {
        Scratch.withFile(input, as: "archive.tar", compressible: true) { archive, _ in
            let extracted = (try? TarReader(archive: archive).extract(to: Scratch.folder + "/out")) != nil
            // Nothing may land outside the destination folder.
            for entry in (try? FileManager.default.contentsOfDirectory(atPath: Scratch.folder)) ?? [] {
                precondition(["archive.tar", "archive.tar.gz", "out"].contains(entry), "tar entry escaped to \(entry)")
            }
            return extracted
        }
    }
}
