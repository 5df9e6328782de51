import Foundation
import Testing
import TestSupport
@testable import Decoding

/// SearchLight's contract on small in-memory images: fitted attributes, spheres, errors, and
/// liblinear's own solvers agreeing with LinearSVC fold by fold.
@Suite struct SearchLightTests {
    /// A 6×6×3 grid of 2 mm voxels, 40 volumes; voxel (2, 2, 1) and its neighbours carry the
    /// class, the rest is noise.
    static func data() throws -> (image: NiftiImage, mask: NiftiImage, labels: [String]) {
        var rng = RandomState(seed: 3)
        let (nx, ny, nz, t) = (6, 6, 3, 40)
        let labels = (0..<t).map { $0 % 2 == 0 ? "a" : "b" }
        var values = [Float](repeating: 0, count: nx * ny * nz * t)
        for v in 0..<t {
            for k in 0..<nz { for j in 0..<ny { for i in 0..<nx {
                let signal: Float = abs(i - 2) + abs(j - 2) <= 1 && labels[v] == "b" ? 1.5 : 0
                values[i + nx * (j + ny * (k + nz * v))] = signal + Float(rng.randomSample() * 2 - 1)
            } } }
        }
        let affine = Affine(rows: [[2, 0, 0, -6], [0, 2, 0, -6], [0, 0, 2, -2], [0, 0, 0, 1]])
        let image = try NiftiImage(data: values, shape: [nx, ny, nz, t], affine: affine)
        var mask = [UInt8](repeating: 1, count: nx * ny * nz)
        mask[0] = 0
        return (image, try NiftiImage(data: mask, shape: [nx, ny, nz], affine: affine), labels)
    }

    @Test func attributesThrowBeforeFit() {
        let searchlight = SearchLight(radius: 2)
        #expect(throws: SearchLightError.self) { try searchlight.maskedScores }
        #expect(throws: SearchLightError.self) { try searchlight.scoresImg }
        #expect(!searchlight.isFitted)
    }

    @Test func scoresFillTheProcessMask() throws {
        let (image, mask, labels) = try Self.data()
        var searchlight = SearchLight(maskImg: mask, radius: 2, jobs: 2, cv: KFold(nSplits: 4))
        try searchlight.fit(image, labels)
        let scores = try searchlight.scores
        expectEqual(scores.shape, [6, 6, 3])
        #expect(try searchlight.elementCount == 107)
        expectEqual(scores[0, 0, 0], 0)
        let masked = try searchlight.maskedScores.storage
        #expect(masked.allSatisfy { $0 >= 0 && $0 <= 1 })
        // The sphere on the signal decodes; one out of its reach does not.
        #expect(scores[2, 2, 1] >= 0.9)
        #expect(scores[5, 5, 1] < 0.8)
        #expect(try searchlight.scoresImg.shape == [6, 6, 3])
    }

    /// Radius 0 keeps the seed alone; 2 mm on a 2 mm grid adds the 6 face neighbours.
    @Test func spheresFollowWorldDistance() throws {
        let (_, mask, _) = try Self.data()
        let binary = try BinaryMask(mask)
        var columns: [Int32] = []
        for (radius, expected) in [(0.0, 1), (2.0, 7), (2.9, 19), (3.5, 27)] {
            let finder = try SphereFinder(dimensions: SIMD3(6, 6, 3), affine: mask.affine, maskOffsets: binary.voxelOffsets, radius: radius)
            finder.sphere(around: mask.affine.apply(SIMD3(2, 2, 1)), into: &columns)
            expectEqual(columns.count, expected, "radius \(radius)")
            expectEqual(columns, columns.sorted())
        }
    }

    /// liblinear's dual and l1 solvers, run by liblinear's `train` per sphere, score as
    /// LinearSVC with the same parameters fitted fold by fold on the sphere's columns.
    @Test(arguments: [LinearSVC(dual: true, randomState: 0), LinearSVC(penalty: .l1, randomState: 0), LinearSVC(C: 0.01)])
    func liblinearSolversMatchLinearSVC(_ svc: LinearSVC) throws {
        let (image, mask, labels) = try Self.data()
        var process = [UInt8](repeating: 0, count: 6 * 6 * 3)
        process[2 + 6 * (2 + 6 * 1)] = 1
        let processImg = try NiftiImage(data: process, shape: [6, 6, 3], affine: mask.affine)
        var searchlight = SearchLight(maskImg: mask, processMaskImg: processImg, radius: 2, estimator: .linearSVC(svc), cv: KFold(nSplits: 4))
        try searchlight.fit(image, labels)
        let binary = try BinaryMask(mask)
        let finder = try SphereFinder(dimensions: SIMD3(6, 6, 3), affine: mask.affine, maskOffsets: binary.voxelOffsets, radius: 2)
        var columns: [Int32] = []
        finder.sphere(around: mask.affine.apply(SIMD3(2, 2, 1)), into: &columns)
        var masker = NiftiMasker(maskImg: mask)
        let x = try masker.fitTransform(image)
        let sphere = NDArray(shape: [40, columns.count], storage: (0..<40).flatMap { t in columns.map { x[t, Int($0)] } })
        var expected = 0.0
        for (train, test) in try KFold(nSplits: 4).split(nSamples: 40, y: nil, groups: nil) {
            var model = svc
            try model.fit(sphere[rows: train], train.map { labels[$0] })
            expected += try model.score(sphere[rows: test], test.map { labels[$0] }) / 4
        }
        #expect(abs(try searchlight.maskedScores.storage[0] - expected) < 1e-12)
    }

    @Test func badInputIsRefused() throws {
        let (image, mask, labels) = try Self.data()
        var noMask = SearchLight(radius: 2)
        #expect(throws: SearchLightError.self) { try noMask.fit(image, labels) }
        var negative = SearchLight(maskImg: mask, radius: -1)
        #expect(throws: SearchLightError.self) { try negative.fit(image, labels) }
        var short = SearchLight(maskImg: mask, radius: 2)
        #expect(throws: SearchLightError.self) { try short.fit(image, Array(labels.dropLast())) }
        // A seed outside the mask with nothing within 1 mm: nilearn's "These spheres are empty".
        var process = [UInt8](repeating: 0, count: 6 * 6 * 3)
        process[0] = 1
        let processImg = try NiftiImage(data: process, shape: [6, 6, 3], affine: mask.affine)
        var empty = SearchLight(maskImg: mask, processMaskImg: processImg, radius: 1)
        #expect { try empty.fit(image, labels) } throws: { error in
            String(describing: error).contains("These spheres are empty: [0]")
        }
    }
}
