import Testing
import TestSupport
@testable import Decoding

/// Every estimator prints as scikit-learn (or nilearn) prints the same estimator: changed
/// parameters only, alphabetical, wrapped at 80 columns (scripts/golden/estimator_reprs.py).
@Suite struct EstimatorReprTests {
    static let golden: [String: String] = (try? Fixture.decode("learn/reprs.json")) ?? [:]

    /// The estimator of each golden case, built with the same parameters.
    static let cases: [String: any CustomStringConvertible & Sendable] = [
        "svc": SVC(kernel: .linear),
        "svc_many": SVC(C: 0.5, tol: 1e-5, shrinking: false, cacheSize: 100, maxIter: 10, decisionFunctionShape: .ovo),
        "linear_svc": LinearSVC(),
        "linear_svc_hinge": LinearSVC(loss: .hinge, C: 10),
        "linear_svc_many": LinearSVC(
            penalty: .l1, dual: false, tol: 1e-5, C: 0.1, fitIntercept: false, interceptScaling: 2, randomState: 0, maxIter: 50),
        "linear_svc_seed_10": LinearSVC(dual: false, C: 0.1, fitIntercept: false, randomState: 10, maxIter: 50),
        "linear_svc_seed_100": LinearSVC(dual: false, C: 0.1, fitIntercept: false, randomState: 100, maxIter: 50),
        "linear_svc_seed_1000": LinearSVC(dual: false, C: 0.1, fitIntercept: false, randomState: 1000, maxIter: 50),
        "logistic_l1": LogisticRegressionCV(penalty: .l1, scoring: .negLogLoss, randomState: 0),
        "logistic_many": LogisticRegressionCV(fitIntercept: false, tol: 1e-3, maxIter: 50, refit: false, interceptScaling: 2),
        "ridge": RidgeClassifierCV(),
        "ridge_alphas": RidgeClassifierCV(alphas: [0.001, 1, 1000], fitIntercept: false),
        "dummy": DummyClassifier(),
        "dummy_stratified": DummyClassifier(strategy: .stratified, randomState: 0),
        "select_percentile": SelectPercentile(percentile: 5),
        "select_percentile_fraction": SelectPercentile(percentile: 2.5),
        "select_k_best": SelectKBest(k: 500),
        "select_k_best_all": SelectKBest(k: nil),
        "decoder": Decoder(),
        "decoder_screening": Decoder(
            estimator: .svcL1, cv: LeaveOneGroupOut(), screeningPercentile: nil, screeningNFeatures: 500, scoring: .accuracy),
        "decoder_many": Decoder(
            estimator: .svcL1, paramGrid: ["C": [0.1, 1]], screeningPercentile: 5, scoring: .accuracy, smoothingFwhm: 4,
            standardize: false, estimatorArgs: ["tol": 0.001], jobs: 2),
    ]

    @Test func everyGoldenCaseIsBuilt() {
        #expect(!Self.golden.isEmpty)
        expectEqual(Set(Self.golden.keys), Set(Self.cases.keys))
    }

    @Test(arguments: cases.keys.sorted())
    func printsAsTheReference(_ name: String) throws {
        let expected = try #require(Self.golden[name])
        expectEqual(Self.cases[name]!.description, expected)
    }

    /// An item longer than a line stands alone on its line (scikit-learn would also break a
    /// dict inside it; values are kept whole here).
    @Test func anItemLongerThanALineStandsAlone() {
        let long = "param_grid={" + String(repeating: "'C': [0.1, 1.0], ", count: 5) + "}"
        expectEqual(EstimatorReprLayout.format(name: "Decoder", items: ["cv=5", long, "n_jobs=2"]), "Decoder(cv=5,\n        \(long),\n        n_jobs=2)")
    }
}
