import Testing
import TestSupport
@testable import Decoding

/// scikit-learn 1.9 on the simulated Haxby subject's face/cat matrix (216 × 464, nilearn's
/// standardized VT voxels), committed by scripts/golden/svm_haxby.py so that no 500 MB subject
/// and no venv are needed: the tutorial's fits and scores, with the same numbers.
@Suite struct SVCHaxbyGoldenTests {
    func data() throws -> (golden: SVMGolden, x: NDArray<Float>) {
        let golden = try SVMGolden.load("haxby/haxby")
        return (golden, try golden.matrix("haxby/x"))
    }

    @Test func matrixIsTheSeedsFaceCatShape() throws {
        let (golden, x) = try data()
        expectEqual(x.shape, [216, 464])
        #expect(golden.labels.count == 216 && golden.groups.count == 216)
        #expect(Set(golden.labels) == ["face", "cat"] && Set(golden.groups) == Set(0..<12))
    }

    /// "all": fitted on every row, predicting every row; "leave30": fitted on all but the last
    /// 30 rows, predicting those. Same support vectors and predictions; coefficients within 1e-3.
    @Test(arguments: ["all", "leave30"])
    func fitMatchesScikitLearn(_ name: String) throws {
        let (golden, x) = try data()
        let fit = try #require(golden.fits?.first { $0.name == name })
        let differences = try golden.expectSVCMatches(fit, x: x)
        print("haxby \(name): max relative difference \(differences.sorted { $0.key < $1.key })")
    }

    /// The tutorial's accuracy on the 30 held-out rows, and its manual KFold(5) loop.
    @Test func heldOutAndManualLoopAccuracies() throws {
        let (golden, x) = try data()
        let scores = try #require(golden.scores)
        let split = x.count - 30
        var svc = SVC(kernel: .linear)
        try svc.fit(x[rows: ..<split], Array(golden.labels[..<split]))
        #expect(try [svc.score(x[rows: split...], Array(golden.labels[split...]))] == scores["leave30"])
        var loop: [Double] = []
        for (train, test) in try KFold(nSplits: 5).split(x) {
            var fold = SVC(kernel: .linear)
            try fold.fit(x[rows: train], train.map { golden.labels[$0] })
            loop.append(try fold.score(x[rows: test], test.map { golden.labels[$0] }))
        }
        expectEqual(loop, scores["kfold5_loop"])
    }

    @Test func foldsMatchScikitLearn() throws {
        let (golden, _) = try data()
        let selection = ModelSelectionTests()
        expectEqual(Set(golden.splits.keys), ["kfold5", "stratified5", "logo"])
        for (key, expected) in golden.splits {
            let ours = try selection.splitter(key).split(nSamples: golden.labels.count, y: golden.labels, groups: golden.groups)
            selection.expectSame(ours, expected, "haxby/\(key)")
        }
    }

    /// cross_val_score with the default (StratifiedKFold(5)), KFold(5) and LeaveOneGroupOut over runs.
    @Test func crossValScoresMatchScikitLearn() throws {
        let (golden, x) = try data()
        let scores = try #require(golden.scores)
        let svc = SVC(kernel: .linear)
        #expect(try crossValScore(svc, x, golden.labels).storage == scores["default"])
        #expect(try crossValScore(svc, x, golden.labels, cv: KFold(nSplits: 5)).storage == scores["kfold5"])
        #expect(try crossValScore(svc, x, golden.labels, cv: LeaveOneGroupOut(), groups: golden.groups).storage == scores["logo"])
    }
}
