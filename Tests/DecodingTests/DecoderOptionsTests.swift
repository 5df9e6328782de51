import Foundation
import Testing
import TestSupport
@testable import Decoding

/// Bad `estimatorArgs` and a computed mask with nothing in it get errors naming the value at
/// fault (the values these options give are checked against nilearn in DecoderGoldenTests).
@Suite struct DecoderOptionsTests {
    static let folder = DecoderGolden.folder

    func inputs() throws -> (NiftiImage, [String]) {
        let golden = try DecoderGolden.shared.get()
        let img = try DecoderGolden.images.get().binary
        return (img, golden.labels.filter { ["face", "house"].contains($0) })
    }

    @Test func estimatorArgsAreChecked() throws {
        let (img, y) = try inputs()
        let vt = Self.folder + "/mask_vt.nii.gz"
        let cases: [(Decoder.Estimator, [String: Decoder.EstimatorArgument], String)] = [
            (.svc, ["penalty": 1], "'penalty'"),
            (.svc, ["gamma": 1], "gamma"),
            (.svc, ["tol": -1], "a positive number for 'tol'"),
            (.svc, ["fit_intercept": 1], "true or false"),
            (.dummyClassifier, ["random_state": 1.5], "a non-negative integer"),
            (.ridgeClassifier, ["alphas": []], "non-empty list"),
            (.dummyClassifier, ["strategy": 1], "'strategy'"),
        ]
        for (estimator, args, fragment) in cases {
            var decoder = Decoder(estimator: estimator, mask: vt, estimatorArgs: args)
            let error = try #require(throws: DecoderError.self) { try decoder.fit(img, y) }
            #expect(error.description.contains(fragment), "\(error)")
            #expect(!decoder.isFitted)
        }
        expectEqual(Decoder(estimator: .svc, estimatorArgs: ["fit_intercept": false, "tol": 0.001]).description, "Decoder(estimator_args={'fit_intercept': False, 'tol': 0.001})")
    }

    @Test func emptyBackgroundMaskIsRefused() throws {
        // A constant image: every voxel equals the border's median, so nothing is brain.
        let flat = try NiftiImage(data: [Int16](repeating: 7, count: 6 * 6 * 6 * 2), shape: [6, 6, 6, 2], affine: .identity)
        #expect(throws: MaskerError.self) { try computeBackgroundMask(flat) }
        #expect(throws: MaskerError.invalidBorderSize(-1)) { try computeBackgroundMask(flat, borderSize: -1) }
        var decoder = Decoder(estimator: .svc)
        let error = try #require(throws: DecoderError.self) { try decoder.fit(flat, ["a", "b"]) }
        #expect(error.description.contains("empty"), "\(error)")
    }

    @Test func dummyHasNoDecisionFunction() throws {
        let (img, y) = try inputs()
        var decoder = Decoder(estimator: .dummyClassifier, mask: Self.folder + "/mask_vt.nii.gz", scoring: .accuracy)
        try decoder.fit(img, y)
        let error = try #require(throws: DecoderError.self) { try decoder.decisionFunction(img) }
        #expect(error.description.contains("use predict"))
        #expect(try decoder.predict(img).count == y.count)
    }
}
