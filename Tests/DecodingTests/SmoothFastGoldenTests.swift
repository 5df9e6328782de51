import Foundation
import Testing
import TestSupport
@testable import Decoding

/// nilearn 0.14's `smooth_img(fwhm='fast')`, committed by scripts/golden/smooth_fast.py.
@Suite struct SmoothFastGoldenTests {
    struct Result: Decodable {
        let image: String
        let dtype: String
        let shape: [Int]
        let data: [Double]
    }

    struct Golden: Decodable { let smooth: [Result] }

    /// The same dtype and shape, and every voxel equal to nilearn's to the bit (float32 and
    /// float64 alike): the additions happen in numpy's order, rounded as numpy rounds them.
    @Test func fastSmoothingEqualsNilearn() throws {
        let golden: Golden = try Fixture.decode("images/smooth_fast.json")
        expectEqual(golden.smooth.count, 6)
        for g in golden.smooth {
            let path = try ImageFunctionsGoldenTests.path(g.image)
            let smoothed = try smoothImg(path, fwhm: .fast)
            expectEqual(smoothed.datatype.description, g.dtype, "\(g.image) dtype")
            expectEqual(smoothed.shape.dimensions, g.shape, "\(g.image) shape")
            let ours = try smoothed.fdata()
            let differing = zip(ours, g.data).filter { $0 != $1 }.count
            #expect(ours.count == g.data.count && differing == 0, "\(g.image): \(differing) voxels differ from nilearn's")
        }
    }

    /// A uniform volume stays uniform inside (1 + 6 · 0.2 over 2.2) and darkens at the edges,
    /// where neighbours are missing: a corner has three of six.
    @Test func uniformVolumeKeepsItsValueInside() throws {
        let image = try NiftiImage(data: [Float](repeating: 11, count: 27), shape: [3, 3, 3], affine: .identity)
        let values = try smoothImg(image, fwhm: .fast).fdata()
        #expect(abs(values[13] - 11) < 1e-5)
        #expect(abs(values[0] - 11 * 1.6 / 2.2) < 1e-5)
    }
}
