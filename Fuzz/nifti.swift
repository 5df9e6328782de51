// libFuzzer target: NIfTI-1/2 reading from bytes — header, data, then every voxel through
// `volume(at:)` and `fdata()`. The first byte picks the container: even, the rest is a `.nii`;
// odd, the rest is gzip-compressed (by the project's own writer) into a `.nii.gz`, so the
// mutations reach the compressed data path with valid deflate streams.
@testable import Decoding
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNifti(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzInput.run(data, size) { input in
        let path = Scratch.write(input.payload, as: "image.nii", compressed: input.compressed)
        guard let image = try? NiftiImage.load(path) else { return }
        _ = image.description
        // At most 64 MiB of doubles: anything the reader accepts from a few KiB must fit.
        if let values = try? image.fdata(memoryLimit: 64 << 20) { _ = values.count }
        for t in 0..<min(image.volumeCount, 4) { _ = try? image.volume(at: t) }
    }
}
