import Foundation

/// The accuracy of `estimator` on each test fold after fitting it on the matching training
/// fold (scikit-learn's `cross_val_score` for a classifier), in fold order.
///
/// `cv` defaults to `StratifiedKFold(nSplits: 5)`, scikit-learn's default for classifiers.
/// The linear kernel of all of X is computed once and each fold reads its block from it, which
/// gives the same models as fitting the fold's rows afresh. With `jobs` > 1 (or −1 for every
/// core) folds are fitted concurrently; each fold's computation is the same as in the serial
/// run, so the scores are identical.
/// - Throws: ``CrossValidationError`` for an invalid split, a training fold with one class,
///   or data the estimator refuses.
public func crossValScore(
    _ estimator: SVC, _ X: NDArray<Float>, _ y: [String], cv: (any CrossValidator)? = nil,
    groups: [Int]? = nil, jobs: Int = 1
) throws(CrossValidationError) -> NDArray<Double> {
    do throws(SVCError) {
        try validateSamples(X)
        guard X.shape[0] == y.count else { throw .sampleCountMismatch(rows: X.shape[0], labels: y.count) }
        try estimator.validateParameters()
    } catch { throw .estimator(error) }
    let folds = try (cv ?? StratifiedKFold(nSplits: 5)).split(nSamples: y.count, y: y, groups: groups)
    try checkTrainingFolds(folds, y)
    let gram = GramMatrix(X)
    let results = ScoreSlots(count: folds.count)
    let score: @Sendable (Int) -> Void = { f in
        let fold = folds[f]
        do throws(SVCError) {
            let model = try estimator.trained(on: gram, rows: fold.train, labels: fold.train.map { y[$0] })
            let d = gram.features
            var x = [Float]()
            x.reserveCapacity(fold.test.count * d)
            for i in fold.test { x.append(contentsOf: gram.x[(i * d)..<((i + 1) * d)]) }
            let codes = x.withUnsafeBufferPointer { model.predictedCodes($0, rows: fold.test.count) }
            let predicted = codes.map { model.classes[$0] }
            results.set(f, .success(accuracyScore(fold.test.map { y[$0] }, predicted)))
        } catch {
            results.set(f, .failure(.estimator(error)))
        }
    }
    forEachFold(folds.count, jobs: jobs, score)
    return NDArray(try results.values())
}

/// `cross_val_score(…, cv=k)`: k stratified folds.
public func crossValScore(
    _ estimator: SVC, _ X: NDArray<Float>, _ y: [String], cv nSplits: Int, jobs: Int = 1
) throws(CrossValidationError) -> NDArray<Double> {
    try crossValScore(estimator, X, y, cv: StratifiedKFold(nSplits: nSplits), jobs: jobs)
}
