import Testing
import TestSupport
@testable import Decoding

@Suite struct CrossValTests {
    @Test(arguments: ["facecat", "multiclass"])
    func scoresMatchScikitLearn(data: String) throws {
        let golden = try SVMGolden.load(data)
        let x = try golden.matrix(data)
        let svc = SVC(kernel: .linear)
        let scores = try #require(golden.scores)
        #expect(try crossValScore(svc, x, golden.labels).storage == scores["default"])
        #expect(try crossValScore(svc, x, golden.labels, cv: 5).storage == scores["default"])
        #expect(try crossValScore(svc, x, golden.labels, cv: KFold(nSplits: 5)).storage == scores["kfold5"])
        #expect(try crossValScore(svc, x, golden.labels, cv: LeaveOneGroupOut(), groups: golden.groups).storage == scores["logo"])
    }

    @Test func parallelFoldsEqualSerial() throws {
        let golden = try SVMGolden.load("facecat")
        let x = try golden.matrix("facecat")
        let serial = try crossValScore(SVC(), x, golden.labels, cv: LeaveOneGroupOut(), groups: golden.groups)
        let parallel = try crossValScore(SVC(), x, golden.labels, cv: LeaveOneGroupOut(), groups: golden.groups, jobs: 4)
        expectEqual(serial, parallel)
        #expect(try crossValScore(SVC(), x, golden.labels, jobs: -1) == crossValScore(SVC(), x, golden.labels))
    }

    /// The manual loop of the tutorial (fit on each training fold, score the test fold) gives
    /// what crossValScore gives: the shared Gram matrix changes nothing.
    @Test func manualLoopEqualsCrossValScore() throws {
        let golden = try SVMGolden.load("facecat")
        let x = try golden.matrix("facecat")
        let cv = KFold(nSplits: 5)
        var manual: [Double] = []
        for (train, test) in try cv.split(x) {
            var svc = SVC()
            try svc.fit(x[rows: train], train.map { golden.labels[$0] })
            manual.append(try svc.score(x[rows: test], test.map { golden.labels[$0] }))
        }
        #expect(try crossValScore(SVC(), x, golden.labels, cv: cv).storage == manual)
    }

    @Test func errors() throws {
        let x = NDArray<Float>(rows: [[0], [1], [2], [3]])
        #expect(throws: CrossValidationError.trainingFoldHasOneClass(fold: 0, label: "b")) {
            try crossValScore(SVC(), x, ["a", "a", "b", "b"], cv: KFold(nSplits: 2))
        }
        #expect(throws: CrossValidationError.estimator(.sampleCountMismatch(rows: 4, labels: 3))) {
            try crossValScore(SVC(), x, ["a", "b", "a"])
        }
        #expect(throws: CrossValidationError.groupCountMismatch(groups: 2, samples: 4)) {
            try crossValScore(SVC(), x, ["a", "b", "a", "b"], cv: LeaveOneGroupOut(), groups: [0, 1])
        }
    }
}
