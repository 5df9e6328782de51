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
    try checkTrainingFolds(folds, y)
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
    forEachFold(folds.count, jobs: jobs, score)
    return NDArray(try scores.values())
}
