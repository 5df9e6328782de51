/// Fitting one grid point of each catalogue model on a binary (-1/+1) training fold, with
/// nilearn's fixed settings (`SUPPORTED_ESTIMATORS`).
extension EstimatorKind {
    func fitCandidate(
        _ params: GridPoint, xTrain: NDArray<Float>, yTrain: [String], xTest: NDArray<Float>, yTest: [String],
        scoring: Decoder.Scoring
    ) throws -> Candidate {
        switch self {
        case .linearSVC(let l1):
            var model = LinearSVC(penalty: l1 ? .l1 : .l2, tol: params["tol"]?.number ?? 1e-4,
                                  C: params["C"]?.number ?? 1, randomState: 0, maxIter: Self.maxIter)
            try model.fit(xTrain, yTrain)
            return try linearCandidate(model, xTest: xTest, yTest: yTest, scoring: scoring)
        case .logisticCV(let l1):
            // nilearn leaves random_state at None: liblinear's l1 coordinate order is then seeded
            // from numpy's global stream, so nilearn's own runs differ; fixed at 0 here, which is
            // nilearn's result with estimator_args={"random_state": 0}.
            var model = LogisticRegressionCV(Cs: params["Cs"]?.numbers ?? [1], penalty: l1 ? .l1 : .l2,
                                             scoring: .negLogLoss, tol: params["tol"]?.number ?? 1e-4, randomState: 0)
            try model.fit(xTrain, yTrain)
            var candidate = try linearCandidate(model, xTest: xTest, yTest: yTest, scoring: scoring)
            candidate.chosen = ["best_C": .number(try model.C)]
            return candidate
        case .ridgeCV:
            var model = RidgeClassifierCV(alphas: params["alphas"]?.numbers ?? geomspace(1e-3, 1e4, 8))
            try model.fit(xTrain, yTrain)
            var candidate = try linearCandidate(model, xTest: xTest, yTest: yTest, scoring: scoring)
            candidate.chosen = ["best_alpha": .number(try model.alpha)]
            return candidate
        case .dummyStratified:
            var model = DummyClassifier(strategy: .stratified, randomState: 0)
            try model.fit(xTrain, yTrain)
            let classes = try model.classes
            let score = try scoring.score(
                predicted: { try model.predict(xTest).storage },
                decision: {
                    // No decision function: scikit-learn's roc_auc scorer reads predict_proba's
                    // column of the positive class.
                    let proba = try model.predictProba(xTest)
                    let k = classes.count, column = classes.firstIndex(of: "1") ?? k - 1
                    return (0..<xTest.shape[0]).map { proba.storage[$0 * k + column] }
                }, yTest: yTest)
            return Candidate(score: score, dummyOutput: try model.classPrior.storage)
        }
    }

    private func linearCandidate<M: LinearClassifier>(
        _ model: M, xTest: NDArray<Float>, yTest: [String], scoring: Decoder.Scoring
    ) throws -> Candidate {
        let score = try scoring.score(predicted: { try model.predict(xTest).storage },
                                      decision: { try model.decisionFunction(xTest).storage }, yTest: yTest)
        return Candidate(score: score, coef: try model.coef.storage, intercept: try model.intercept.storage[0])
    }
}
