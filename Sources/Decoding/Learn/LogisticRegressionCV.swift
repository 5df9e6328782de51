import Foundation

/// Logistic regression with its inverse regularization C chosen by cross-validation,
/// scikit-learn's `LogisticRegressionCV(solver='liblinear')` for two classes — the
/// `logistic_l1` / `logistic_l2` estimators of nilearn's `Decoder`.
///
///     var model = LogisticRegressionCV(penalty: .l1, scoring: .negLogLoss)
///     try model.fit(X, y)
///     model.C   // the C of the best summed fold score
///
/// For every fold of `cv` (default `StratifiedKFold(nSplits: 5)`) the model is fitted for each
/// C of `Cs` on the training part and scored on the test part; with `refit` the C of best
/// total score is refitted on all data, otherwise the folds' best coefficients are averaged.
/// Each path (a fold's sweep over Cs, then the refit) draws its liblinear seeds from a fresh
/// `RandomState(randomState)`, as scikit-learn does. liblinear has no multiclass logistic
/// regression: like scikit-learn, more than two classes are refused (nilearn's `Decoder`
/// fits one-vs-rest itself).
public struct LogisticRegressionCV: LinearClassifier {
    /// `scoring=None` (accuracy) or `'neg_log_loss'` (nilearn's choice).
    public enum Scoring: String, Sendable {
        /// The fraction of test labels predicted right.
        case accuracy
        /// Minus the mean log-loss of the predicted probabilities.
        case negLogLoss = "neg_log_loss"
    }

    /// The inverse regularization strengths tried, in order.
    public var Cs: [Double]
    /// scikit-learn's `penalty`.
    public var penalty: Penalty
    /// Whether to learn an intercept (through the `interceptScaling` feature).
    public var fitIntercept: Bool
    /// The folds that choose C; nil: `StratifiedKFold(nSplits: 5)`.
    public var cv: (any CrossValidator)?
    /// What the folds are scored by.
    public var scoring: Scoring
    /// liblinear's stopping tolerance.
    public var tol: Double
    /// The most solver iterations per fit.
    public var maxIter: Int
    /// Refit the best C on all data (true) or average the folds' best models (false).
    public var refit: Bool
    /// The constant feature whose weight is the intercept (liblinear penalizes it too).
    public var interceptScaling: Double
    /// Seed of liblinear's coordinate order; nil draws a fresh one.
    public var randomState: Int?

    var fitted: Fitted?

    struct Fitted: Sendable {
        var model: FittedLinearModel
        var C: Double
        /// folds × Cs, row-major.
        var scores: [Double]
        var folds: Int
    }

    /// scikit-learn's defaults (ten Cs from 1e-4 to 1e4); nothing is checked until ``fit(_:_:)``.
    public init(
        Cs: [Double] = LogisticRegressionCV.logspace(-4, 4, count: 10), penalty: Penalty = .l2,
        fitIntercept: Bool = true, cv: (any CrossValidator)? = nil, scoring: Scoring = .accuracy,
        tol: Double = 1e-4, maxIter: Int = 100, refit: Bool = true, interceptScaling: Double = 1,
        randomState: Int? = nil
    ) {
        self.Cs = Cs
        self.penalty = penalty
        self.fitIntercept = fitIntercept
        self.cv = cv
        self.scoring = scoring
        self.tol = tol
        self.maxIter = maxIter
        self.refit = refit
        self.interceptScaling = interceptScaling
        self.randomState = randomState
    }

    /// `np.logspace(start, stop, count)`: scikit-learn's grid for `Cs=count`.
    public static func logspace(_ start: Double, _ stop: Double, count: Int) -> [Double] {
        guard count > 1 else { return count == 1 ? [pow(10, start)] : [] }
        let step = (stop - start) / Double(count - 1)
        return (0..<count).map { pow(10, $0 == count - 1 ? stop : Double($0) * step + start) }
    }

    public var isFitted: Bool { fitted != nil }
}

extension LogisticRegressionCV: EstimatorParameters {
    /// scikit-learn's repr, e.g. `LogisticRegressionCV(l1_ratios=(1,), scoring='neg_log_loss', solver='liblinear')`.
    public var description: String { estimatorRepr(defaults: Self()) }
    /// scikit-learn 1.9 chooses the penalty by `l1_ratios` (its default is a deprecation
    /// marker) and defaults to another solver: both always show.
    static var reprParameters: [ReprParameter<LogisticRegressionCV>] {
        [.init("Cs", \.Cs), .init("cv") { $0.cv.map { "\($0)" } ?? "None" },
         .init("fit_intercept", \.fitIntercept), .init("intercept_scaling", \.interceptScaling),
         .init("l1_ratios", alwaysShown: true) { "(\($0.penalty == .l1 ? 1 : 0),)" },
         .init("max_iter", \.maxIter), .init("random_state", \.randomState), .init("refit", \.refit),
         .init("scoring") { $0.scoring == .accuracy ? "None" : "'neg_log_loss'" },
         .init("solver", alwaysShown: true) { _ in "'liblinear'" }, .init("tol", \.tol)]
    }
}

extension LogisticRegressionCV {
    public var classes: [String] { get throws(ClassifierError) { try fittedModel().classes } }
    /// (1, features): positive means `classes[1]`.
    public var coef: NDArray<Double> { get throws(ClassifierError) { try fittedModel().coefArray } }
    /// The bias (`intercept_`) of the refitted model; throws before `fit`.
    public var intercept: NDArray<Double> { get throws(ClassifierError) { try fittedModel().interceptArray } }
    /// The chosen C (scikit-learn's `C_` with `use_legacy_attributes=False`).
    public var C: Double { get throws(ClassifierError) { try model().C } }
    /// The score of every (fold, C), shape (folds, Cs).
    public var scores: NDArray<Double> {
        get throws(ClassifierError) {
            let m = try model()
            return NDArray(shape: [m.folds, Cs.count], storage: m.scores)
        }
    }

    public func decisionFunction(_ X: NDArray<Float>) throws(ClassifierError) -> NDArray<Double> {
        try fittedModel(checking: X).decisionFunction(X)
    }

    public func predict(_ X: NDArray<Float>) throws(ClassifierError) -> NDArray<String> {
        try fittedModel(checking: X).predict(X)
    }

    /// (samples, 2): 1 − σ(d) and σ(d) of the decision d.
    public func predictProba(_ X: NDArray<Float>) throws(ClassifierError) -> NDArray<Double> {
        let p = try fittedModel(checking: X).scores(X).map(expit)
        return NDArray(shape: [p.count, 2], storage: p.flatMap { [1 - $0, $0] })
    }

    func model() throws(ClassifierError) -> Fitted {
        guard let fitted else { throw .notFitted(estimator: "LogisticRegressionCV") }
        return fitted
    }
}

/// scipy's `expit`.
func expit(_ x: Double) -> Double { 1 / (1 + exp(-x)) }

extension LogisticRegressionCV: LinearModelClassifier {
    static var estimatorName: String { "LogisticRegressionCV" }
    var linearModel: FittedLinearModel? { fitted?.model }
}
