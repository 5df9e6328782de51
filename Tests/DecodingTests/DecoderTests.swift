import Foundation
import Testing
import TestSupport
@testable import Decoding

/// The decoder's contract beyond the goldens: clear errors, fitted attributes that throw
/// before `fit`, and the helpers it relies on (numpy's geomspace, scikit-learn's ROC AUC).
@Suite struct DecoderTests {
    let folder = DecoderGolden.folder

    func faceHouse() throws -> (img: NiftiImage, y: [String], runs: [Int]) {
        let golden = try DecoderGolden.shared.get()
        let keep = golden.labels.map { $0 == "face" || $0 == "house" }
        let img = try DecoderGolden.images.get().binary
        let rows = golden.labels.indices.filter { keep[$0] }
        return (img, rows.map { golden.labels[$0] }, rows.map { golden.runs[$0] })
    }

    @Test func unknownEstimatorListsTheCatalogue() throws {
        let (img, y, _) = try faceHouse()
        var decoder = Decoder(estimator: "svm", mask: folder + "/mask_vt.nii.gz")
        #expect {
            try decoder.fit(img, y)
        } throws: { error in
            "\(error)" == "Invalid estimator. Known estimators are: ['svc_l1', 'svc_l2', 'svc', 'logistic_l1', "
                + "'logistic_l2', 'logistic', 'ridge_classifier', 'dummy_classifier']. Got: 'svm'"
        }
    }

    @Test func moreScreenedFeaturesThanVoxelsIsRefused() throws {
        let (img, y, _) = try faceHouse()
        var decoder = Decoder(mask: folder + "/mask_vt.nii.gz", screeningPercentile: nil, screeningNFeatures: 500)
        #expect {
            try decoder.fit(img, y)
        } throws: { error in
            "\(error)" == "screening_n_features=500 is larger the number of features in the mask (464)."
        }
    }

    @Test func oneClassAndMismatchedSizesAreRefused() throws {
        let (img, y, runs) = try faceHouse()
        var decoder = Decoder(mask: folder + "/mask_vt.nii.gz")
        #expect { try decoder.fit(img, Array(repeating: "face", count: y.count)) } throws: { error in
            "\(error)".contains("at least two classes") && "\(error)".contains("'face'")
        }
        #expect { try decoder.fit(img, Array(y.dropLast())) } throws: { error in
            "\(error)".contains("216 samples but y has 215 labels")
        }
        #expect { try decoder.fit(img, y, groups: Array(runs.dropLast())) } throws: { error in
            "\(error)".contains("groups has 215 entries")
        }
        var percent = Decoder(mask: folder + "/mask_vt.nii.gz", screeningPercentile: 150)
        #expect { try percent.fit(img, y) } throws: { error in
            "\(error)" == "screening_percentile should be in the interval [0, 100], got 150"
        }
    }

    @Test func attributesThrowBeforeFit() {
        let decoder = Decoder()
        #expect(!decoder.isFitted)
        #expect(throws: DecoderError.self) { try decoder.cvScores }
        #expect(throws: DecoderError.self) { try decoder.coefImg }
        #expect(throws: DecoderError.self) { try decoder.predict(NDArray<Float>(shape: [1, 3], storage: [0, 0, 0])) }
    }

    /// numpy 2.4: np.geomspace(1e-3, 1e4, 8) exactly, np.geomspace(2e-3, 2e4, 8) to one ulp
    /// (numpy's vectorized power gives 0.2 for the third value; its correct rounding is
    /// 0.20000000000000004).
    @Test func geomspaceIsNumpys() {
        expectEqual(geomspace(1e-3, 1e4, 8), [0.001, 0.01, 0.1, 1.0, 10.0, 100.0, 1000.0, 10000.0])
        let numpy = [0.002, 0.020000000000000004, 0.2, 2.0000000000000004, 20.000000000000004,
                     200.00000000000003, 2000.0000000000002, 20000.0]
        for (got, want) in zip(geomspace(2e-3, 2e4, 8), numpy) { #expect(abs(got - want) <= want.ulp) }
    }

    /// scikit-learn 1.9: roc_auc_score on ties and unordered scores; NaN for one class.
    @Test func rocAUCIsScikitLearns() {
        expectEqual(rocAUCScore(["a", "b", "a", "b"], [0.1, 0.4, 0.35, 0.8]), 1.0)
        expectEqual(rocAUCScore(["-1", "1", "1", "-1", "1"], [0.5, 0.5, 0.9, 0.1, 0.2]), 0.75)
        #expect(rocAUCScore(["a", "a"], [0.1, 0.2]).isNaN)
        expectEqual(f1Score(["1", "-1", "1"], ["1", "1", "-1"], positiveLabel: "1"), 0.5)
    }
}
