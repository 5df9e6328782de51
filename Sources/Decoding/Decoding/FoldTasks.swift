/// Scheduling a `Decoder` fit's (problem, fold) pairs on the workers.
extension FoldPlan {
    /// Whether a fold's one-vs-rest problems can share work on its training rows: unscreened,
    /// they all train on the same matrix, and a ridge fit's eigendecomposition depends on that
    /// matrix alone — computed once per fold instead of once per class.
    var sharesFoldAcrossProblems: Bool { kind == .ridgeCV && screening == nil }

    /// Every (problem, fold) outcome, problem-major, on up to `jobs` threads: one task per
    /// pair, or one per fold when ``sharesFoldAcrossProblems``. Outcomes do not depend on the
    /// schedule; the first error in problem-major order is rethrown, naming its fold and problem.
    func runAll(x: NDArray<Float>, problems: [[String]], positives: [String], folds: [TrainTestSplit], jobs: Int) throws -> [FoldOutcome] {
        @Sendable func attempt(_ p: Int, _ f: Int, shared: SharedFold?) throws -> FoldOutcome {
            do {
                return try run(x: x, y: problems[p], train: folds[f].train, test: folds[f].test, problem: p, shared: shared)
            } catch {
                throw DecoderError.estimator(fold: f, problem: positives[p], underlying: error)
            }
        }
        guard sharesFoldAcrossProblems, problems.count > 1 else {
            return try concurrentMap(count: problems.count * folds.count, jobs: jobs) { task in
                try attempt(task / folds.count, task % folds.count, shared: nil)
            }
        }
        let byFold = try concurrentMap(count: folds.count, jobs: jobs) { f in
            let shared = kind.sharedFold(x[rows: folds[f].train], arguments: arguments)
            return problems.indices.map { p in Result { try attempt(p, f, shared: shared) } }
        }
        return try problems.indices.flatMap { p in try byFold.map { try $0[p].get() } }
    }
}

/// What the problems of one fold compute once from their common training matrix.
enum SharedFold: Sendable {
    case ridge(RidgeLeaveOneOut)
}

extension EstimatorKind {
    /// The work the problems of a fold can share on `xTrain`, or nil (other models, or a matrix
    /// with NaN or infinity, which each fit then reports).
    func sharedFold(_ xTrain: NDArray<Float>, arguments: EstimatorArguments) -> SharedFold? {
        guard self == .ridgeCV, firstNonFinite(xTrain) == nil else { return nil }
        return .ridge(RidgeLeaveOneOut(xTrain, fitIntercept: Self.ridgeClassifier([:], arguments: arguments).fitIntercept))
    }
}
