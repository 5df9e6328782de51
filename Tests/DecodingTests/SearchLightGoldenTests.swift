import Foundation
import Testing
import TestSupport
@testable import Decoding

/// nilearn 0.14's SearchLight on its example's slice of the simulated Haxby subject (face vs
/// house, radius 5.6 mm, KFold(4)), committed by scripts/golden/searchlight_haxby.py with the
/// images cropped to what the spheres reach.
@Suite struct SearchLightGoldenTests {
    struct Golden: Decodable {
        var labels: [String]
        var scores: [Double]
        var sphere_sizes: [Int]
        var fscores: [Double?]
    }

    static let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("searchlight").path

    func golden() throws -> Golden {
        try Fixture.decode("searchlight/searchlight.json")
    }

    /// Spheres equal nilearn's `apply_mask_and_get_affinity` row sizes.
    @Test func spheresMatchNilearn() throws {
        let golden = try golden()
        let image = try NiftiImage.load(Self.folder + "/fmri_crop.nii.gz")
        let mask = try BinaryMask(Self.folder + "/mask_crop.nii.gz")
        let process = try BinaryMask(Self.folder + "/process_crop.nii.gz")
        let finder = try SphereFinder(
            dimensions: SIMD3(image.shape[0], image.shape[1], image.shape[2]), affine: image.affine,
            maskOffsets: mask.voxelOffsets, radius: 5.6)
        var columns: [Int32] = []
        let sizes = process.voxelOffsets.map { offset -> Int in
            finder.sphere(around: process.affine.apply(SphereFinder.voxel(offset, process.dimensions)), into: &columns)
            return columns.count
        }
        expectEqual(sizes, golden.sphere_sizes)
    }

    /// At least 99.5 % of the voxels score exactly nilearn's; the others differ by one or two
    /// test predictions (a multiple of 1/216 = 1/(4 folds × 54)), never more than 1/54: liblinear's
    /// TRON stops at a relative gradient tolerance, and rounding-level differences between its
    /// sparse arithmetic and the dense Gram-matrix one move the stopping point slightly, which
    /// flips test volumes lying on the decision boundary.
    @Test func scoresMatchNilearnOnTheExampleSlice() throws {
        let golden = try golden()
        var searchlight = SearchLight(
            maskImg: Self.folder + "/mask_crop.nii.gz", processMaskImg: Self.folder + "/process_crop.nii.gz",
            radius: 5.6, jobs: 2, cv: KFold(nSplits: 4))
        try searchlight.fit(Self.folder + "/fmri_crop.nii.gz", golden.labels)
        let scores = try searchlight.maskedScores.storage
        expectEqual(scores.count, golden.scores.count)
        let differences = zip(scores, golden.scores).map { abs($0 - $1) }
        let equal = differences.filter { $0 < 1e-12 }.count
        #expect(Double(equal) >= 0.995 * Double(scores.count), "\(scores.count - equal) of \(scores.count) voxels differ")
        #expect(differences.allSatisfy { $0 <= 1.0 / 54 + 1e-12 })
        for d in differences where d >= 1e-12 {
            let flips = d * 216
            #expect(abs(flips - flips.rounded()) < 1e-9, "a difference of \(d) is not a whole number of test volumes")
        }
        #expect(try searchlight.elementCount == golden.scores.count)
        let image = try searchlight.scoresImg
        expectEqual(image.shape, [40, 31, 3])
    }

    /// The example's F-scores: -log10 of fClassif's p-values, clipped at 10, on the process voxels.
    @Test func fScoresMatchNilearn() throws {
        let golden = try golden()
        var masker = NiftiMasker(maskImg: Self.folder + "/mask_crop.nii.gz")
        let x = try masker.fitTransform(Self.folder + "/fmri_crop.nii.gz")
        let (_, p) = try fClassif(x, golden.labels)
        let logP = p.storage.map { min(-log10($0), 10) }
        let image = try masker.inverseTransform(NDArray(logP))
        let values = try image.fdata()
        let process = try BinaryMask(Self.folder + "/process_crop.nii.gz")
        let ours = process.voxelOffsets.map { values[$0] }
        expectEqual(ours.count, golden.fscores.count)
        // Constant voxels have no p-value (NaN, null in the fixture), here as in nilearn.
        #expect(zip(ours, golden.fscores).allSatisfy { $0.isNaN == ($1 == nil) })
        let worst = zip(ours, golden.fscores).compactMap { a, b in b.map { abs(a - $0) } }.max() ?? 0
        #expect(worst < 1e-4)
    }
}
