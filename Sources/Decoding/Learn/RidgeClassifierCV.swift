/// Ridge regression on ±1 targets with the penalty chosen by efficient leave-one-out,
/// scikit-learn's `RidgeClassifierCV` (`cv=None`) — nilearn's `ridge_classifier`.
///
/// Each class is a target column (+1 for the class, −1 otherwise; one column for two
/// classes). X and the targets are centered, one symmetric eigendecomposition (LAPACK
/// `dsyevd`) of X·Xᵀ — or of Xᵀ·X when there are more samples than features — gives the
/// exact leave-one-out residuals of every alpha at once (scikit-learn's `_RidgeGCV`), and
/// the alpha with the least mean squared residual wins (the first of equal ones).
///
/// As in scikit-learn with float32 X, `coef` and `intercept` are rounded to float32.
public struct RidgeClassifierCV: LinearClassifier {
    /// The ridge penalties tried by leave-one-out (each ≥ 0).
    public var alphas: [Double]
    /// Whether to center X and the targets, learning an intercept.
    public var fitIntercept: Bool

    var fitted: (model: FittedLinearModel, alpha: Double, bestScore: Double)?

    /// scikit-learn's defaults; nothing is checked until ``fit(_:_:)``.
    public init(alphas: [Double] = [0.1, 1, 10], fitIntercept: Bool = true) {
        self.alphas = alphas
        self.fitIntercept = fitIntercept
    }

    public var isFitted: Bool { fitted != nil }

    /// Chooses the alpha of least leave-one-out error and keeps that ridge fit's coefficients,
    /// replacing any earlier fit.
    ///
    /// - Throws: ``ClassifierError`` for bad X or y, one class, or a negative alpha.
    public mutating func fit(_ X: NDArray<Float>, _ y: [String]) throws(ClassifierError) {
        try fit(X, y, sharing: nil)
    }

    /// `fit` reusing `design`, the decomposition of this same `X` with this `fitIntercept`
    /// (e.g. one a `Decoder` fold shares among its one-vs-rest problems); nil computes it.
    mutating func fit(_ X: NDArray<Float>, _ y: [String], sharing design: RidgeLeaveOneOut?) throws(ClassifierError) {
        try validateTraining(X, labels: y.count, estimator: "RidgeClassifierCV")
        guard !alphas.isEmpty, alphas.allSatisfy({ $0 >= 0 && $0.isFinite }) else {
            throw .invalidParameter(
                estimator: "RidgeClassifierCV", name: "alphas", value: "\(alphas)", requirement: "a non-empty list of floats in [0, inf)")
        }
        let labels = ClassLabels(y)
        guard labels.classes.count >= 2 else { throw .oneClass(estimator: "RidgeClassifierCV", label: labels.classes.first ?? "") }
        let n = X.shape[0], p = X.shape[1], k = labels.classes.count
        let t = k == 2 ? 1 : k
        var targets = [Double](repeating: -1, count: n * t)
        for (i, c) in labels.codes.enumerated() {
            if t == 1 { targets[i] = c == 1 ? 1 : -1 } else { targets[i * t + c] = 1 }
        }
        let yOffset = fitIntercept ? centerColumns(&targets, rows: n, columns: t) : [Double](repeating: 0, count: t)
        let design = design ?? RidgeLeaveOneOut(X, fitIntercept: fitIntercept)
        precondition(design.rows == n && design.columns == p && design.fitIntercept == fitIntercept,
                     "RidgeClassifierCV: the shared decomposition is of another X")
        let chosen = design.bestFit(targets: targets, targetCount: t, alphas: alphas)
        // coef (features × targets) → coef_ (targets × features); intercept = ȳ − x̄·coef.
        var coef = [Double](repeating: 0, count: t * p)
        var intercept = yOffset
        for r in 0..<t {
            for j in 0..<p {
                coef[r * p + j] = chosen.coef[j * t + r]
                intercept[r] -= design.xOffset[j] * chosen.coef[j * t + r]
            }
        }
        let model = FittedLinearModel(
            classes: labels.classes, features: p, coef: coef.map { Double(Float($0)) },
            intercept: intercept.map { Double(Float($0)) })
        fitted = (model, chosen.alpha, chosen.score)
    }
}

extension RidgeClassifierCV: EstimatorParameters {
    /// scikit-learn's repr: `RidgeClassifierCV(...)` listing only the parameters not at their default.
    public var description: String { estimatorRepr(defaults: Self()) }
    static var reprParameters: [ReprParameter<RidgeClassifierCV>] {
        [.init("alphas", \.alphas), .init("fit_intercept", \.fitIntercept)]
    }
}

extension RidgeClassifierCV {
    public var classes: [String] { get throws(ClassifierError) { try fittedModel().classes } }
    /// (1, features) for two classes — positive means `classes[1]` — else (classes, features).
    /// (scikit-learn's binary `coef_` is (1, features) too once reshaped, as nilearn does.)
    public var coef: NDArray<Double> { get throws(ClassifierError) { try fittedModel().coefArray } }
    /// The bias of each target column (`intercept_`); throws before `fit`.
    public var intercept: NDArray<Double> { get throws(ClassifierError) { try fittedModel().interceptArray } }
    /// The chosen alpha (`alpha_`).
    public var alpha: Double { get throws(ClassifierError) { _ = try fittedModel(); return fitted!.alpha } }
    /// Minus the mean squared leave-one-out residual of the chosen alpha (`best_score_`).
    public var bestScore: Double { get throws(ClassifierError) { _ = try fittedModel(); return fitted!.bestScore } }

    public func decisionFunction(_ X: NDArray<Float>) throws(ClassifierError) -> NDArray<Double> {
        try fittedModel(checking: X).decisionFunction(X)
    }

    public func predict(_ X: NDArray<Float>) throws(ClassifierError) -> NDArray<String> {
        try fittedModel(checking: X).predict(X)
    }
}

/// Subtracts each column's mean from a row-major matrix and returns the means.
func centerColumns(_ m: inout [Double], rows n: Int, columns p: Int) -> [Double] {
    var mean = [Double](repeating: 0, count: p)
    for i in 0..<n { for j in 0..<p { mean[j] += m[i * p + j] } }
    for j in 0..<p { mean[j] /= Double(n) }
    for i in 0..<n { for j in 0..<p { m[i * p + j] -= mean[j] } }
    return mean
}

extension RidgeClassifierCV: LinearModelClassifier {
    static var estimatorName: String { "RidgeClassifierCV" }
    var linearModel: FittedLinearModel? { fitted?.model }
}
