import Testing
import TestSupport
@testable import Decoding

/// The eigenbasis shortcut of `RidgeLeaveOneOut` against its definition, and the
/// decomposition a Decoder fold shares against each problem's own fit.
@Suite struct RidgeLeaveOneOutTests {
    /// A reproducible (rows × columns) matrix of values in [-2, 2).
    static func matrix(rows: Int, columns: Int, seed: UInt64) -> NDArray<Float> {
        var state = seed
        let values = (0..<(rows * columns)).map { _ -> Float in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Float(state >> 40) / Float(1 << 24) * 4 - 2
        }
        return NDArray(shape: [rows, columns], storage: values)
    }

    /// The mean squared residual of predicting each sample from a ridge refitted on the others
    /// (intercept unpenalized), for the ±1 target columns scikit-learn's classifier regresses.
    static func refittedLeaveOneOut(_ x: NDArray<Float>, _ y: [String], alpha: Double, fitIntercept: Bool) -> Double {
        let n = x.shape[0], p = x.shape[1]
        let classes = Array(Set(y)).sorted()
        let positives = classes.count == 2 ? [classes[1]] : classes
        var sum = 0.0
        for left in 0..<n {
            let rows = (0..<n).filter { $0 != left }
            // Normal equations of [1, X] (or X) with alpha on the weights only.
            let q = p + (fitIntercept ? 1 : 0)
            func z(_ i: Int) -> [Double] { (fitIntercept ? [1] : []) + (0..<p).map { Double(x.storage[i * p + $0]) } }
            var a = [Double](repeating: 0, count: q * q)
            for i in rows { let zi = z(i); for r in 0..<q { for c in 0..<q { a[r * q + c] += zi[r] * zi[c] } } }
            for j in (fitIntercept ? 1 : 0)..<q { a[j * q + j] += alpha }
            for positive in positives {
                var b = [Double](repeating: 0, count: q)
                for i in rows { let zi = z(i), t = y[i] == positive ? 1.0 : -1.0; for r in 0..<q { b[r] += zi[r] * t } }
                let w = solve(a, b, size: q)
                let predicted = zip(z(left), w).reduce(0) { $0 + $1.0 * $1.1 }
                let residual = (y[left] == positive ? 1.0 : -1.0) - predicted
                sum += residual * residual
            }
        }
        return sum / Double(n * positives.count)
    }

    /// Gaussian elimination with partial pivoting.
    static func solve(_ matrix: [Double], _ rhs: [Double], size q: Int) -> [Double] {
        var a = matrix, b = rhs
        for col in 0..<q {
            let pivot = (col..<q).max { abs(a[$0 * q + col]) < abs(a[$1 * q + col]) }!
            for c in 0..<q { a.swapAt(col * q + c, pivot * q + c) }
            b.swapAt(col, pivot)
            for r in (col + 1)..<q {
                let f = a[r * q + col] / a[col * q + col]
                for c in col..<q { a[r * q + c] -= f * a[col * q + c] }
                b[r] -= f * b[col]
            }
        }
        var w = [Double](repeating: 0, count: q)
        for r in stride(from: q - 1, through: 0, by: -1) {
            w[r] = (b[r] - ((r + 1)..<q).reduce(0) { $0 + a[r * q + $1] * w[$1] }) / a[r * q + r]
        }
        return w
    }

    /// More samples than features (cov mode) and fewer (gram mode), two and three classes.
    @Test(arguments: [(14, 5), (8, 11)], [true, false])
    func scoreIsTheRefittedLeaveOneOutError(shape: (Int, Int), fitIntercept: Bool) throws {
        let x = Self.matrix(rows: shape.0, columns: shape.1, seed: UInt64(shape.0 * 31 + shape.1))
        for classes in [["a", "b"], ["a", "b", "c"]] {
            let y = (0..<shape.0).map { classes[($0 * 7 + $0 / 3) % classes.count] }
            for alpha in [1e-3, 0.5, 30] {
                var model = RidgeClassifierCV(alphas: [alpha], fitIntercept: fitIntercept)
                try model.fit(x, y)
                let expected = Self.refittedLeaveOneOut(x, y, alpha: alpha, fitIntercept: fitIntercept)
                let score = -(try model.bestScore)
                #expect(abs(score - expected) <= 1e-9 * expected, "\(shape) \(classes.count) classes alpha \(alpha): \(score) vs \(expected)")
            }
        }
    }

    /// One decomposition serving several label sets gives each exactly its own fit.
    @Test(arguments: [(40, 12), (9, 20)])
    func sharedDecompositionEqualsOwnFit(shape: (Int, Int)) throws {
        let x = Self.matrix(rows: shape.0, columns: shape.1, seed: 7)
        for fitIntercept in [true, false] {
            let design = RidgeLeaveOneOut(x, fitIntercept: fitIntercept)
            for (k, labels) in [["-1", "1"], ["x", "y", "z"], ["1", "-1", "-1", "-1"]].enumerated() {
                let y = (0..<shape.0).map { labels[($0 + $0 / 3 + k) % labels.count] }
                var own = RidgeClassifierCV(alphas: [1e-3, 0.1, 10, 1e3], fitIntercept: fitIntercept)
                var shared = own
                try own.fit(x, y)
                try shared.fit(x, y, sharing: design)
                #expect(try shared.coef.storage == own.coef.storage)
                #expect(try shared.intercept.storage == own.intercept.storage)
                #expect(try shared.alpha == own.alpha)
                #expect(try shared.bestScore == own.bestScore)
            }
        }
    }

    /// A Decoder's ridge tasks per fold (one decomposition for the fold's problems) give the
    /// outcomes of fitting every (problem, fold) pair on its own.
    @Test func foldTasksEqualPerProblemFits() throws {
        let n = 48
        let x = Self.matrix(rows: n, columns: 30, seed: 11)
        let labels = (0..<n).map { ["face", "house", "cat"][($0 + $0 / 5) % 3] }
        let positives = ["cat", "face", "house"]
        let problems = positives.map { positive in labels.map { $0 == positive ? "1" : "-1" } }
        let folds = (0..<4).map { f in (train: (0..<n).filter { $0 / 12 != f }, test: (0..<n).filter { $0 / 12 == f }) }
        let plan = FoldPlan(
            kind: .ridgeCV, paramGrid: nil, screening: nil, scoring: .rocAUC,
            arguments: try EstimatorArguments(["alphas": [0.01, 1, 100]], kind: .ridgeCV, estimator: "ridge_classifier"))
        #expect(plan.sharesFoldAcrossProblems)
        let outcomes = try plan.runAll(x: x, problems: problems, positives: positives, folds: folds, jobs: 2)
        let alone = try problems.indices.flatMap { p in
            try folds.map { try plan.run(x: x, y: problems[p], train: $0.train, test: $0.test, problem: p) }
        }
        expectEqual(outcomes.map(\.problem), alone.map(\.problem))
        expectEqual(outcomes.map(\.coef), alone.map(\.coef))
        expectEqual(outcomes.map(\.intercept), alone.map(\.intercept))
        expectEqual(outcomes.map(\.score), alone.map(\.score))
        expectEqual(outcomes.map { $0.params["best_alpha"]?.number }, alone.map { $0.params["best_alpha"]?.number })
    }
}
