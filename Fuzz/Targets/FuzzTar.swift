// The tar reader, extracting into a scratch folder. The first byte picks a plain `.tar`
// (even) or, gzip-compressed by the project's writer, a `.tar.gz` (odd).
@testable import Decoding
import Foundation

enum FuzzTar {
    /// Whether the archive extracted without an error.
    @discardableResult
    static func run(_ input: UnsafeRawBufferPointer) -> Bool {
        guard let first = input.first else { return false }
        let archive = Scratch.write(UnsafeRawBufferPointer(rebasing: input.dropFirst()), as: "archive.tar", compressed: first & 1 == 1)
        defer { Scratch.clear() }
        let destination = Scratch.folder + "/out"
        let extracted = (try? TarReader(archive: archive).extract(to: destination)) != nil
        // Nothing may land outside the destination folder.
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: Scratch.folder)) ?? [] {
            precondition(["archive.tar", "archive.tar.gz", "out"].contains(entry), "tar entry escaped to \(entry)")
        }
        return extracted
    }
}
