import Testing
import TestSupport
@testable import Decoding

/// nilearn 0.14's Decoder replayed case by case (see DecoderGolden): the same folds, the same
/// fold scores (exactly for accuracy; AUC to 1e-9), the same kept parameters, the same
/// predictions, and averaged weights within 1e-4 of the largest.
@Suite struct DecoderGoldenTests {
    static let names = [
        "svc_kbest_accuracy", "svc_l1_rocauc", "svc_l2_multi_percentile", "svc_smoothed", "svc_f1_kfold",
        "logistic_l1_binary", "logistic_l2_multi", "ridge_multi", "svc_l1_multi", "dummy_bool_masker",
        "svc_l1_bool_masker", "dummy_multi", "default_cv_groups", "default_cv_stratified",
        "svc_mask_none", "dummy_accuracy", "svc_estimator_args", "ridge_estimator_args", "dummy_estimator_args",
    ]

    @Test(arguments: names)
    func decoderMatchesNilearn(_ name: String) throws {
        let golden = try DecoderGolden.shared.get()
        let c = try #require(golden.cases.first { $0.name == name })
        let (img, y, groups) = try golden.inputs(c)
        var decoder = DecoderGolden.decoder(for: name)
        decoder.jobs = 2
        try decoder.fit(img, y, groups: groups)

        #expect(try decoder.classes == c.classes)
        #expect(try decoder.screeningPercentileUsed == c.screening_percentile)
        let folds = try decoder.cvSplits
        expectEqual(folds.map(\.train), c.folds.map(\.train))
        expectEqual(folds.map(\.test), c.folds.map(\.test))

        let scores = try decoder.cvScores
        expectEqual(Set(scores.keys), Set(c.cv_scores.keys))
        for (label, expected) in c.cv_scores {
            let got = try #require(scores[label])
            let worst = zip(got, expected).map { abs($0 - $1) }.max() ?? 0
            if worst > 0 { print("\(name) \(label): scores \(got) vs nilearn \(expected)") }
            expectEqual(got.count, expected.count)
            #expect(worst <= 1e-9, "\(name) \(label): fold scores differ by \(worst)")
        }

        let params = try decoder.cvParams
        for (label, expected) in c.cv_params {
            for (param, values) in expected {
                let got = try #require(params[label]?[param], "\(name): no cv_params[\(label)][\(param)]")
                let flat = got.flatMap { $0.number.map { [$0] } ?? $0.numbers ?? [] }
                let want = values.flatMap(\.values)
                expectEqual(flat.count, want.count)
                #expect(relativeError(flat, want) <= 1e-9, "\(name) \(label) \(param): \(flat) vs \(want)")
            }
        }

        if let coef = c.coef, let shape = c.coef_shape {
            let got = try #require(try decoder.coef)
            expectEqual(got.shape.dimensions, shape)
            let coefError = relativeError(got.storage, coef)
            // Intercepts are compared on the weights' scale (standardized voxels make x·w and b
            // commensurate); a near-zero intercept would make a relative error meaningless.
            let scale = max(coef.map(abs).max() ?? 0, (c.intercept ?? []).map(abs).max() ?? 0)
            let interceptError = zip(try #require(try decoder.intercept).storage, c.intercept ?? [])
                .map { abs($0 - $1) / scale }.max() ?? 0
            print("\(name): coef relative difference \(coefError), intercept \(interceptError)")
            #expect(coefError <= 1e-4)
            #expect(interceptError <= 1e-4)
            #expect(try decoder.predict(img).storage == c.predict)
            if let score = c.score { #expect(abs(try decoder.score(img, y) - score) <= 1e-9) }
        }
        if let dummy = c.dummy_output, let shape = c.dummy_output_shape {
            let got = try #require(try decoder.dummyOutput)
            expectEqual(got.shape.dimensions, shape)
            #expect(relativeError(got.storage, dummy) <= 1e-12)
            // nilearn draws the dummy's predictions from default_rng(0).
            if let predicted = c.predict { #expect(try decoder.predict(img).storage == predicted) }
            if let score = c.score { #expect(abs(try decoder.score(img, y) - score) <= 1e-12) }
        }
        if let offsets = c.mask_offsets {
            #expect(try decoder.masker.mask?.voxelOffsets == offsets)
        }
    }
}
