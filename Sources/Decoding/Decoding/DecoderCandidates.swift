/// Fitting one grid point of each catalogue model on a binary (-1/+1) training fold, with
/// nilearn's fixed settings (`SUPPORTED_ESTIMATORS`).
extension EstimatorKind {
    func fitCandidate(
        _ params: GridPoint, arguments: EstimatorArguments, xTrain: NDArray<Float>, yTrain: [String],
        xTest: NDArray<Float>, yTest: [String], scoring: Decoder.Scoring, shared: SharedFold? = nil
    ) throws -> Candidate {
        let a = arguments
        switch self {
        case .linearSVC(let l1):
            var model = LinearSVC(
                penalty: l1 ? .l1 : .l2, tol: params["tol"]?.number ?? a.number("tol") ?? 1e-4,
                C: params["C"]?.number ?? a.number("C") ?? 1, fitIntercept: a.flag("fit_intercept") ?? true,
                interceptScaling: a.number("intercept_scaling") ?? 1, randomState: a.integer("random_state") ?? 0,
                maxIter: a.integer("max_iter") ?? Self.maxIter)
            try model.fit(xTrain, yTrain)
            return try linearCandidate(model, xTest: xTest, yTest: yTest, scoring: scoring)
        case .logisticCV(let l1):
            // nilearn leaves random_state at None: liblinear's l1 coordinate order is then seeded
            // from numpy's global stream, so nilearn's own runs differ; fixed at 0 here, which is
            // nilearn's result with estimator_args={"random_state": 0}.
            let cs = params["Cs"]?.numbers ?? a.numbers("Cs")
                ?? a.integer("Cs").map { LogisticRegressionCV.logspace(-4, 4, count: $0) } ?? [1]
            var model = LogisticRegressionCV(
                Cs: cs, penalty: l1 ? .l1 : .l2, fitIntercept: a.flag("fit_intercept") ?? true, scoring: .negLogLoss,
                tol: params["tol"]?.number ?? a.number("tol") ?? 1e-4, maxIter: a.integer("max_iter") ?? 100,
                interceptScaling: a.number("intercept_scaling") ?? 1, randomState: a.integer("random_state") ?? 0)
            try model.fit(xTrain, yTrain)
            var candidate = try linearCandidate(model, xTest: xTest, yTest: yTest, scoring: scoring)
            candidate.chosen = ["best_C": .number(try model.C)]
            return candidate
        case .ridgeCV:
            var model = Self.ridgeClassifier(params, arguments: a)
            var design: RidgeLeaveOneOut?
            if case .ridge(let d) = shared { design = d }
            try model.fit(xTrain, yTrain, sharing: design)
            var candidate = try linearCandidate(model, xTest: xTest, yTest: yTest, scoring: scoring)
            candidate.chosen = ["best_alpha": .number(try model.alpha)]
            return candidate
        case .dummyStratified:
            var model = DummyClassifier(strategy: .stratified, randomState: a.integer("random_state") ?? 0)
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

    /// nilearn's `RidgeClassifierCV` for a grid point.
    static func ridgeClassifier(_ params: GridPoint, arguments a: EstimatorArguments) -> RidgeClassifierCV {
        RidgeClassifierCV(alphas: params["alphas"]?.numbers ?? a.numbers("alphas") ?? geomspace(1e-3, 1e4, 8),
                          fitIntercept: a.flag("fit_intercept") ?? true)
    }

    private func linearCandidate<M: LinearClassifier>(
        _ model: M, xTest: NDArray<Float>, yTest: [String], scoring: Decoder.Scoring
    ) throws -> Candidate {
        let score = try scoring.score(predicted: { try model.predict(xTest).storage },
                                      decision: { try model.decisionFunction(xTest).storage }, yTest: yTest)
        return Candidate(score: score, coef: try model.coef.storage, intercept: try model.intercept.storage[0])
    }
}
