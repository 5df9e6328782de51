import Testing
import TestSupport
@testable import Decoding

@Suite struct LogisticRegressionCVTests {
    static func configuration(_ name: String, x: NDArray<Float>, y: [String], golden: LinearGolden.Fit) throws -> LogisticRegressionCV {
        let Cs = try #require(golden.Cs)
        switch name {
        case "nilearn_l2": return LogisticRegressionCV(Cs: Cs, penalty: .l2, scoring: .negLogLoss)
        case "nilearn_l1": return LogisticRegressionCV(Cs: Cs, penalty: .l1, scoring: .negLogLoss, randomState: 0)
        case "l2_accuracy_default_Cs": return LogisticRegressionCV(penalty: .l2, randomState: 0)
        case "l1_kfold3_norefit":
            return LogisticRegressionCV(
                Cs: LogisticRegressionCV.logspace(-4, 4, count: 5), penalty: .l1, cv: KFold(nSplits: 3), refit: false, randomState: 2)
        default: throw GoldenMissing(name: name)
        }
    }

    @Test(arguments: ["facecat", "tiny", "haxby/haxby"])
    func matchesScikitLearn(data: String) throws {
        let (x, y) = try LinearGolden.data(data)
        for (name, expected) in try #require(LinearGolden.shared.datasets[data]).logistic_cv.sorted(by: { $0.key < $1.key }) {
            var model = try Self.configuration(name, x: x, y: y, golden: expected)
            expectEqual(model.Cs.count, expected.Cs?.count)
            #expect(maxRelativeDifference(model.Cs, try #require(expected.Cs)) < 1e-15)
            try model.fit(x, y)
            let scoresDiff = maxRelativeDifference(try model.scores.storage, try #require(expected.scores))
            #expect(scoresDiff < 1e-6, "\(data) \(name): scores differ by \(scoresDiff)")
            #expect(abs(try model.C - expected.C!) <= 1e-12 * expected.C!, "\(data) \(name)")
            let coefDiff = maxRelativeDifference(try model.coef.storage, expected.coef)
            let interceptDiff = maxRelativeDifference(try model.intercept.storage, expected.intercept)
            #expect(coefDiff < 1e-4, "\(data) \(name): coef differs by \(coefDiff)")
            #expect(interceptDiff < 1e-4, "\(data) \(name): intercept differs by \(interceptDiff)")
            #expect(try model.predict(x).storage == expected.predict, "\(data) \(name)")
            #expect(maxRelativeDifference(try model.predictProba(x).storage, try #require(expected.predict_proba)) < 1e-6)
            print("LogisticRegressionCV \(data) \(name): coef \(coefDiff), intercept \(interceptDiff), scores \(scoresDiff)")
        }
    }

    @Test func refusesMulticlassAndChecksInput() throws {
        let (x, y) = try LinearGolden.data("multiclass")
        var model = LogisticRegressionCV()
        let error = #expect(throws: ClassifierError.self) { try model.fit(x, y) }
        expectEqual(error?.description.contains("liblinear does not support multiclass"), true)
        #expect(throws: ClassifierError.notFitted(estimator: "LogisticRegressionCV")) { try model.C }
    }
}

@Suite struct RidgeClassifierCVTests {
    @Test(arguments: LinearGolden.names)
    func matchesScikitLearn(data: String) throws {
        let (x, y) = try LinearGolden.data(data)
        for (name, expected) in try #require(LinearGolden.shared.datasets[data]).ridge_cv.sorted(by: { $0.key < $1.key }) {
            var model = name == "nilearn" ? RidgeClassifierCV(alphas: [1e-3, 1e-2, 1e-1, 1, 10, 100, 1e3, 1e4]) : RidgeClassifierCV()
            try model.fit(x, y)
            #expect(try model.alpha == expected.alpha, "\(data) \(name)")
            #expect(abs(try model.bestScore - expected.best_score!) <= 1e-9 * abs(expected.best_score!))
            let coefDiff = maxRelativeDifference(try model.coef.storage, expected.coef)
            let interceptDiff = maxRelativeDifference(try model.intercept.storage, expected.intercept)
            #expect(coefDiff < 1e-4, "\(data) \(name): coef differs by \(coefDiff)")
            #expect(interceptDiff < 1e-4, "\(data) \(name): intercept differs by \(interceptDiff)")
            #expect(try model.predict(x).storage == expected.predict, "\(data) \(name)")
            print("RidgeClassifierCV \(data) \(name): coef \(coefDiff), intercept \(interceptDiff)")
        }
    }
}

@Suite struct DummyClassifierTests {
    @Test(arguments: LinearGolden.names)
    func stratifiedMatchesScikitLearn(data: String) throws {
        let (x, y) = try LinearGolden.data(data)
        for (seed, expected) in try #require(LinearGolden.shared.datasets[data]).dummy {
            var dummy = DummyClassifier(strategy: .stratified, randomState: Int(seed)!)
            #expect(throws: ClassifierError.notFitted(estimator: "DummyClassifier")) { try dummy.predict(x) }
            try dummy.fit(x, y)
            #expect(try dummy.classPrior.storage == expected.class_prior)
            #expect(try dummy.predict(x).storage == expected.predict, "\(data) seed \(seed)")
            #expect(try dummy.predictProba(x).storage == expected.predict_proba)
            expectEqual(dummy.description, "DummyClassifier(random_state=\(seed), strategy='stratified')")
        }
    }
}

@Suite struct L1MinCTests {
    @Test(arguments: LinearGolden.names)
    func matchesScikitLearn(data: String) throws {
        let (x, y) = try LinearGolden.data(data)
        let expected = try #require(LinearGolden.shared.datasets[data]).l1_min_c
        #expect(abs(try l1MinC(x, y) - expected["squared_hinge"]!) <= 1e-12 * expected["squared_hinge"]!)
        #expect(abs(try l1MinC(x, y, loss: .log) - expected["log"]!) <= 1e-12 * expected["log"]!)
        #expect(abs(try l1MinC(x, y, fitIntercept: false) - expected["no_intercept"]!) <= 1e-12 * expected["no_intercept"]!)
    }
}

struct GoldenMissing: Error { var name: String }

@Suite struct GenericCrossValScoreTests {
    /// crossValScore over any Classifier equals fitting and scoring each fold by hand.
    @Test func equalsManualLoop() throws {
        let (x, y) = try LinearGolden.data("facecat")
        let cv = KFold(nSplits: 4, shuffle: true, randomState: 0)
        var manual: [Double] = []
        for (train, test) in try cv.split(nSamples: y.count, y: y, groups: nil) {
            var svc = LinearSVC(randomState: 0)
            try svc.fit(x[rows: train], train.map { y[$0] })
            manual.append(try svc.score(x[rows: test], test.map { y[$0] }))
        }
        #expect(try crossValScore(LinearSVC(randomState: 0), x, y, cv: cv).storage == manual)
        #expect(try crossValScore(LinearSVC(randomState: 0), x, y, cv: cv, jobs: 2).storage == manual)
        let ridge = try crossValScore(RidgeClassifierCV(), x, y)
        #expect(ridge.count == 5 && ridge.storage.allSatisfy { $0 > 0.5 })
        let chance = try crossValScore(DummyClassifier(strategy: .stratified, randomState: 0), x, y)
        #expect(chance.storage.allSatisfy { $0 < 0.75 })
        #expect(throws: CrossValidationError.classifier(.sampleCountMismatch(rows: 216, labels: 3))) {
            try crossValScore(RidgeClassifierCV(), x, ["a", "b", "a"])
        }
    }
}
