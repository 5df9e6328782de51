import Foundation

extension LogisticRegressionCV {
    /// Scores every C of `Cs` on each fold of `cv`, then keeps the C of best total score
    /// refitted on all data (or, without `refit`, the folds' best coefficients averaged),
    /// replacing any earlier fit.
    ///
    /// - Throws: ``ClassifierError`` for bad X or y, one class or more than two, a training
    ///   fold with one class, a bad parameter or an invalid split.
    public mutating func fit(_ X: NDArray<Float>, _ y: [String]) throws(ClassifierError) {
        let name = "LogisticRegressionCV"
        try validateTraining(X, labels: y.count, estimator: name)
        try checkPositive("tol", tol, estimator: name)
        guard !Cs.isEmpty, Cs.allSatisfy({ $0 > 0 && $0.isFinite }) else {
            throw .invalidParameter(estimator: name, name: "Cs", value: "\(Cs)", requirement: "a non-empty list of positive floats")
        }
        guard maxIter >= 0 else {
            throw .invalidParameter(estimator: name, name: "max_iter", value: "\(maxIter)", requirement: "an int in the range [0, inf)")
        }
        let labels = ClassLabels(y)
        guard labels.classes.count >= 2 else { throw .oneClass(estimator: name, label: labels.classes.first ?? "") }
        guard labels.classes.count == 2 else {
            throw .invalidParameter(
                estimator: name, name: "solver", value: "'liblinear'",
                requirement: "used with two classes: liblinear does not support multiclass classification (got \(labels.classes.count) classes); fit one-vs-rest")
        }
        let folds: [TrainTestSplit]
        do { folds = try (cv ?? StratifiedKFold(nSplits: 5)).split(nSamples: y.count, y: y, groups: nil) } catch {
            throw .crossValidation(estimator: name, reason: error.description)
        }
        let solver: LiblinearSolver = penalty == .l1 ? .l1rLogistic : .l2rLogistic
        let d = X.shape[1]
        let codes = labels.codes
        let (randomState, tol, fitIntercept, interceptScaling, maxIter) = (randomState, tol, fitIntercept, interceptScaling, maxIter)
        let path = { (rows: [Int], Cs: [Double]) throws(ClassifierError) -> [LiblinearFit] in
            if Set(rows.map { codes[$0] }).count < 2 { throw .oneClass(estimator: name, label: labels.classes[codes[rows[0]]]) }
            var rng = RandomState(randomState: randomState)
            let pathCodes = rows.map { codes[$0] }
            return X.withUnsafeBufferPointer { xp in
                // The l1 path's problem is built once for all its Cs.
                let dense = solver == .l1rLogistic
                    ? DenseL1Problem(x: xp, features: d, rows: rows, codes: pathCodes, fitIntercept: fitIntercept, interceptScaling: interceptScaling)
                    : nil
                return Cs.map { C in
                    let seed = UInt32(rng.randint(Int(Int32.max)))
                    if let dense { return dense.fit(solver: solver, C: C, tol: tol, maxIter: maxIter, seed: seed) }
                    return fitLiblinear(
                        x: xp, features: d, rows: rows, codes: pathCodes, classCount: 2, solver: solver,
                        C: C, tol: tol, fitIntercept: fitIntercept, interceptScaling: interceptScaling,
                        maxIter: maxIter, seed: seed)
                }
            }
        }
        var scores: [Double] = []
        var foldFits: [[LiblinearFit]] = []
        for fold in folds {
            let fits = try path(fold.train, Cs)
            scores += fits.map { foldScore($0, X, rows: fold.test, codes: codes) }
            foldFits.append(fits)
        }
        let k = Cs.count
        var coef: [Double], intercept: Double, bestC: Double
        if refit {
            var best = 0, bestSum = -Double.infinity
            for c in 0..<k {
                let sum = folds.indices.reduce(0.0) { $0 + scores[$1 * k + c] }
                if sum > bestSum { (best, bestSum) = (c, sum) }
            }
            bestC = Cs[best]
            let fit = try path(Array(0..<y.count), [bestC])[0]
            (coef, intercept) = (fit.coef, fit.intercept[0])
        } else {
            coef = [Double](repeating: 0, count: d)
            intercept = 0
            bestC = 0
            for f in folds.indices {
                var best = 0
                for c in 1..<k where scores[f * k + c] > scores[f * k + best] { best = c }
                for j in 0..<d { coef[j] += foldFits[f][best].coef[j] }
                intercept += foldFits[f][best].intercept[0]
                bestC += Cs[best]
            }
            let n = Double(folds.count)
            coef = coef.map { $0 / n }
            intercept /= n
            bestC /= n
        }
        let model = FittedLinearModel(classes: labels.classes, features: d, coef: coef, intercept: [intercept])
        fitted = Fitted(model: model, C: bestC, scores: scores, folds: folds.count)
    }

    /// The fold's score of one fitted C: accuracy, or minus scikit-learn's `log_loss`
    /// (probabilities clipped to [ε, 1 − ε]).
    private func foldScore(_ fit: LiblinearFit, _ X: NDArray<Float>, rows: [Int], codes: [Int]) -> Double {
        let d = fit.features
        let decisions: [Double] = X.withUnsafeBufferPointer { xp in
            rows.map { r in
                let row = xp.baseAddress! + r * d
                var sum = 0.0
                for j in 0..<d { sum += Double(row[j]) * fit.coef[j] }
                return sum + fit.intercept[0]
            }
        }
        switch scoring {
        case .accuracy:
            let right = zip(decisions, rows).count { ($0 > 0 ? 1 : 0) == codes[$1] }
            return Double(right) / Double(rows.count)
        case .negLogLoss:
            let eps = Double.ulpOfOne
            var loss = 0.0
            for (decision, r) in zip(decisions, rows) {
                let p = expit(decision)
                loss -= log(min(max(codes[r] == 1 ? p : 1 - p, eps), 1 - eps))
            }
            return -loss / Double(rows.count)
        }
    }
}
