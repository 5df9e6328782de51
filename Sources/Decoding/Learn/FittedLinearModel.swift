/// A fitted linear classifier as scikit-learn's `LinearClassifierMixin` holds it: `coef_`
/// (one row for two classes, one per class beyond), `intercept_`, `classes_`.
struct FittedLinearModel: Sendable {
    var classes: [String]
    var features: Int
    /// rows × features, row-major.
    var coef: [Double]
    var intercept: [Double]

    var rows: Int { intercept.count }

    /// X·coefᵀ + intercept (samples × rows, row-major), in double as numpy promotes float32 X.
    func scores(_ X: NDArray<Float>) -> [Double] {
        let n = X.shape[0], d = features, k = rows
        var out = [Double](repeating: 0, count: n * k)
        X.withUnsafeBufferPointer { xp in
            coef.withUnsafeBufferPointer { cp in
                for s in 0..<n {
                    let row = xp.baseAddress! + s * d
                    for r in 0..<k {
                        let w = cp.baseAddress! + r * d
                        var sum = 0.0
                        for j in 0..<d { sum += Double(row[j]) * w[j] }
                        out[s * k + r] = sum + intercept[r]
                    }
                }
            }
        }
        return out
    }

    /// `decision_function`: (samples,) for one row of weights, else (samples, classes).
    func decisionFunction(_ X: NDArray<Float>) -> NDArray<Double> {
        let values = scores(X)
        return rows == 1 ? NDArray(values) : NDArray(shape: [X.shape[0], rows], storage: values)
    }

    /// `predict`: `classes[1]` where the score is > 0 for two classes, else the first class
    /// of highest score (numpy's argmax).
    func predict(_ X: NDArray<Float>) -> NDArray<String> {
        let values = scores(X), k = rows
        return NDArray((0..<X.shape[0]).map { s in
            if k == 1 { return classes[values[s] > 0 ? 1 : 0] }
            var best = 0
            for r in 1..<k where values[s * k + r] > values[s * k + best] { best = r }
            return classes[best]
        })
    }

    var coefArray: NDArray<Double> { NDArray(shape: [rows, features], storage: coef) }
    var interceptArray: NDArray<Double> { NDArray(intercept) }

    func validate(_ X: NDArray<Float>, estimator: String) throws(ClassifierError) {
        try validateTraining(X, labels: nil, estimator: estimator)
        guard X.shape[1] == features else { throw .featureCountMismatch(estimator: estimator, expected: features, got: X.shape[1]) }
    }
}

/// The classifiers whose fit leaves a ``FittedLinearModel`` (scikit-learn's
/// `LinearClassifierMixin`): their predictions, decision function and weights are read from it
/// the same way, after the same checks.
protocol LinearModelClassifier {
    /// The class name errors give.
    static var estimatorName: String { get }
    /// What `fit` left; nil before.
    var linearModel: FittedLinearModel? { get }
}

extension LinearModelClassifier {
    /// The fitted model, or ``ClassifierError/notFitted(estimator:)``.
    func fittedModel() throws(ClassifierError) -> FittedLinearModel {
        guard let linearModel else { throw .notFitted(estimator: Self.estimatorName) }
        return linearModel
    }

    /// The fitted model, once X is checked to be a finite matrix of the fitted feature count.
    func fittedModel(checking X: NDArray<Float>) throws(ClassifierError) -> FittedLinearModel {
        let model = try fittedModel()
        try model.validate(X, estimator: Self.estimatorName)
        return model
    }
}
