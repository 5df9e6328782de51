import Foundation
import Testing
import TestSupport
@testable import Decoding

@Suite struct ImageFunctionsTests {
    func bold(volumes: Int = 5) throws -> NiftiImage {
        let n = 4 * 3 * 2
        let data = (0..<(n * volumes)).map { Int16($0 % 97) - 20 }
        return try NiftiImage(data: data, shape: [4, 3, 2, volumes], affine: HaxbyGeometry.affine)
    }

    @Test func indexImgPicksVolumesInOrder() throws {
        let image = try bold()
        let picked = try indexImg(image, [3, 1, 3])
        let all = try image.fdata(), n = 24
        #expect(picked.shape == [4, 3, 2, 3] && picked.datatype == .int16)
        #expect(try picked.fdata() == Array(all[(3 * n)..<(4 * n)] + all[n..<(2 * n)] + all[(3 * n)..<(4 * n)]))
        #expect(try indexImg(image, 1..<3).shape == [4, 3, 2, 2])
        #expect(try indexImg(image, -1).fdata() == Array(all[(4 * n)...]))
    }

    @Test func badInputGetsClearErrors() throws {
        let image = try bold()
        #expect(throws: ImageFunctionError.indexOutOfRange(file: "<memory>", index: 5, count: 5)) { try indexImg(image, 5) }
        #expect(throws: ImageFunctionError.maskLengthMismatch(file: "<memory>", length: 2, volumes: 5)) { try indexImg(image, [true, false]) }
        let volume = try indexImg(image, 0)
        #expect(throws: ImageFunctionError.notFourDimensional(file: "<memory>", shape: [4, 3, 2])) { try indexImg(volume, 0) }
        #expect { try smoothImg(image, fwhm: -2) } throws: { "\($0)".contains("invalid fwhm: -2.0") }
        #expect { try newImgLike(image, data: [Float](repeating: 0, count: 7)) } throws: { "\($0)".contains("data holds 7 values") }
    }

    /// A file-backed 4-D image is smoothed volume by volume in parallel, the same as one volume at a time.
    @Test func smoothingFileAndVolumesAgree() throws {
        let dir = try NiftiFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let image = try bold(volumes: 7)
        try image.write(to: dir + "/bold.nii.gz")
        let whole = try smoothImg(dir + "/bold.nii.gz", fwhm: 6)
        #expect(whole.datatype == .float32 && whole.shape == image.shape)
        let values = try whole.fdata()
        for t in 0..<7 {
            let one = try smoothImg(indexImg(image, t), fwhm: 6).fdata()
            expectEqual(Array(values[(t * 24)..<((t + 1) * 24)]), one)
        }
        // The mean of a uniform image is that image, and smoothing keeps a uniform image uniform.
        let uniform = try NiftiImage(data: [Float](repeating: 3, count: 24 * 2), shape: [4, 3, 2, 2], affine: .identity)
        #expect(try meanImg(uniform).fdata().allSatisfy { $0 == 3 })
        #expect(try smoothImg(uniform, fwhm: 10).fdata().allSatisfy { abs($0 - 3) < 1e-5 })
    }
}
