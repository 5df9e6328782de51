import Foundation
import Testing
@testable import Decoding

/// `indexImg` on a file keeps the picked volumes in the file (``PickedVolumes``): everything
/// read from such an image equals what the in-memory copy of the same volumes gives.
@Suite struct PickedVolumesTests {
    let n = 5 * 4 * 3

    /// A 5×4×3×8 int16 bold written to `name` in a fresh folder; the folder and the image.
    func boldFile(_ name: String) throws -> (dir: String, path: String, image: NiftiImage) {
        let dir = try NiftiFixtures.temporaryDirectory()
        let data = (0..<(n * 8)).map { Int16(($0 * 37) % 211) - 60 }
        let image = try NiftiImage(data: data, shape: [5, 4, 3, 8], affine: HaxbyGeometry.affine)
        let path = dir + "/" + name
        try image.write(to: path)
        return (dir, path, image)
    }

    func isPicked(_ image: NiftiImage) -> Bool {
        if case .picked = image.storage { return true }
        return false
    }

    @Test(arguments: ["bold.nii.gz", "bold.nii"])
    func pickedVolumesEqualTheirCopy(_ name: String) throws {
        let (dir, path, image) = try boldFile(name)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for indices in [[0, 2, 2, 5, 7], [1], [3, 4, 5, 6]] {
            let lazy = try indexImg(path, indices), copy = try indexImg(image, indices)
            #expect(isPicked(lazy) && !isPicked(copy))
            #expect(lazy.shape == copy.shape && lazy.datatype == copy.datatype)
            #expect(lazy.header.calMin == copy.header.calMin && lazy.header.calMax == copy.header.calMax)
            #expect(try lazy.fdata() == copy.fdata(), "\(name) \(indices)")
            for t in indices.indices { #expect(try VolumeCache.volume(of: lazy, at: t) == copy.volume(at: t)) }
        }
        let mask = [true, false, false, true, true, false, false, true]
        #expect(try indexImg(path, mask).fdata() == indexImg(image, mask).fdata())
        // Volumes out of order are copied into memory, as before.
        let shuffled = try indexImg(path, [4, 1])
        #expect(!isPicked(shuffled))
        #expect(try shuffled.fdata() == indexImg(image, [4, 1]).fdata())
        // Picking from picked volumes reads the file's volumes once more, not a copy.
        let twice = try indexImg(indexImg(path, 2..<8), [0, 3, 3])
        #expect(isPicked(twice))
        #expect(try twice.fdata() == indexImg(image, [2, 5, 5]).fdata())
        // Written out and read back: the same voxels and header.
        let out = dir + "/picked.nii.gz"
        let lazy = try indexImg(path, [0, 2, 2, 5, 7])
        try lazy.write(to: out)
        let back = try NiftiImage.load(out)
        #expect(try back.fdata() == lazy.fdata() && back.header.calMax == lazy.header.calMax)
    }

    /// Masked (plain and smoothed, twice: the second time from the memo) as its copy is.
    @Test func maskingPickedVolumesEqualsMaskingTheCopy() throws {
        let (dir, path, image) = try boldFile("bold.nii.gz")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let maskData = (0..<n).map { UInt8($0 % 3 == 0 ? 1 : 0) }
        let maskImage = try NiftiImage(data: maskData, shape: [5, 4, 3], affine: HaxbyGeometry.affine)
        let indices = [1, 2, 4, 6, 7]
        let lazy = try indexImg(path, indices), copy = try indexImg(image, indices)
        for standardize in [false, true] {
            for fwhm in [nil, 5.0] {
                var masker = maskImage.embeddedMasker(standardize: standardize, smoothingFwhm: fwhm)
                let expected = try masker.fitTransform(copy)
                #expect(try masker.transform(lazy) == expected, "standardize \(standardize) fwhm \(String(describing: fwhm))")
                #expect(try masker.transform(lazy) == expected)
            }
        }
    }

    @Test func aFileChangedAfterPickingIsRefused() throws {
        let (dir, path, image) = try boldFile("bold.nii.gz")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let lazy = try indexImg(path, [0, 1])
        try indexImg(image, [7, 6, 5]).write(to: path)
        #expect(throws: NiftiError.changedSinceIndexed(file: path)) { try lazy.fdata() }
        #expect(throws: NiftiError.changedSinceIndexed(file: path)) { try VolumeCache.volume(of: lazy, at: 0) }
    }
}
