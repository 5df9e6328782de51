import Foundation

/// `cross_val_score` for any ``Classifier`` (``LinearSVC``, ``LogisticRegressionCV``,
/// ``RidgeClassifierCV``, ``DummyClassifier``…): a copy of `estimator` is fitted on each
/// training fold and its accuracy taken on the test fold, folds in order. `cv` defaults to
/// `StratifiedKFold(nSplits: 5)`. With `jobs` > 1 (or −1 for every core) folds run
/// concurrently with the same results. (``SVC`` has its own overload sharing one Gram matrix.)
/// - Throws: ``CrossValidationError`` for an invalid split, a training fold with one class,
///   or data the estimator refuses.
public func crossValScore<Estimator: Classifier>(
    _ estimator: Estimator, _ X: NDArray<Float>, _ y: [String], cv: (any CrossValidator)? = nil,
    groups: [Int]? = nil, jobs: Int = 1
) throws(CrossValidationError) -> NDArray<Double> {
    guard X.ndim == 2 else { throw .classifier(.notTwoDimensional(shape: X.shape)) }
    guard X.shape[0] == y.count else { throw .classifier(.sampleCountMismatch(rows: X.shape[0], labels: y.count)) }
    let folds = try (cv ?? StratifiedKFold(nSplits: 5)).split(nSamples: y.count, y: y, groups: groups)
    for (f, fold) in folds.enumerated() {
        let classes = Set(fold.train.map { y[$0] })
        if classes.count < 2 { throw .trainingFoldHasOneClass(fold: f, label: classes.first ?? "") }
    }
    let scores = ScoreSlots(count: folds.count)
    let score: @Sendable (Int) -> Void = { f in
        let fold = folds[f]
        do throws(Estimator.Failure) {
            var model = estimator
            try model.fit(X[rows: fold.train], fold.train.map { y[$0] })
            scores.set(f, .success(try model.score(X[rows: fold.test], fold.test.map { y[$0] })))
        } catch {
            scores.set(f, .failure(error.crossValidationError))
        }
    }
    let workers = min(jobs < 0 ? ProcessInfo.processInfo.activeProcessorCount : max(jobs, 1), folds.count)
    if workers <= 1 {
        for f in folds.indices { score(f) }
    } else {
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            for f in stride(from: w, to: folds.count, by: workers) { score(f) }
        }
    }
    return NDArray(try scores.values())
}

/// Per-fold outcomes written from worker threads.
private final class ScoreSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<Double, CrossValidationError>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ fold: Int, _ outcome: Result<Double, CrossValidationError>) {
        lock.lock(); defer { lock.unlock() }
        slots[fold] = outcome
    }

    func values() throws(CrossValidationError) -> [Double] {
        try slots.map { slot throws(CrossValidationError) in try slot!.get() }
    }
}
