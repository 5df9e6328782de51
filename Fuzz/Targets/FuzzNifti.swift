// NIfTI-1/2 reading from bytes — header, data, then every voxel through `volume(at:)` and
// `fdata()`. The first byte picks the container: even, the rest is a `.nii`; odd, the rest is
// gzip-compressed (by the project's own writer) into a `.nii.gz`, so the mutations reach the
// compressed data path with valid deflate streams.
@testable import Decoding
import Foundation

enum FuzzNifti {
    /// Whether the reader accepted the input as an image.
    @discardableResult
    static func run(_ input: UnsafeRawBufferPointer) -> Bool {
        Scratch.withFile(input, as: "image.nii", compressible: true) { path, _ in
            guard let image = try? NiftiImage.load(path) else { return false }
            _ = image.description
            // At most 64 MiB of doubles: anything the reader accepts from a few KiB must fit.
            if let values = try? image.fdata(memoryLimit: 64 << 20) { _ = values.count }
            for t in 0..<min(image.volumeCount, 4) { _ = try? image.volume(at: t) }
            return true
        }
    }
}
