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
        case .logisticCV, .ridgeCV, .dummyStratified:
            throw DecoderError.unsupported("\(className) is not available yet")
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
