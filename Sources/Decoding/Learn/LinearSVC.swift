/// Linear support vector classification on liblinear, scikit-learn's `LinearSVC`: squared
/// hinge (or hinge) loss with an `l2` or `l1` penalty, one-vs-rest beyond two classes.
///
///     var svc = LinearSVC(penalty: .l1, C: 0.1, randomState: 0)
///     try svc.fit(X, y)
///
/// Fitting calls scikit-learn's own liblinear (Sources/CLiblinearImpl/vendor) with the same problem,
/// solver, seed and stopping rule, so with the same `randomState` the coefficients are
/// scikit-learn's. `randomState` seeds liblinear's random coordinate order (dual solvers and
/// the `l1` solver); nil draws a fresh seed, as scikit-learn's default does.
public struct LinearSVC: LinearClassifier {
    /// The data term.
    public enum Loss: String, Sendable {
        /// The standard SVM loss (dual only, with `l2`).
        case hinge
        /// The square of the hinge (scikit-learn's default).
        case squaredHinge = "squared_hinge"
    }

    /// scikit-learn's `penalty`: `l1` gives sparse weights (and needs the primal, squared hinge).
    public var penalty: Penalty
    /// scikit-learn's `loss`.
    public var loss: Loss
    /// Solve the dual (true) or the primal (false); nil is scikit-learn's `'auto'`: the dual
    /// when there are fewer samples than features and the combination allows it.
    public var dual: Bool?
    /// The solver's stopping tolerance (scikit-learn's `tol`).
    public var tol: Double
    /// Inverse regularization strength: larger C fits the training data more closely.
    public var C: Double
    /// Whether to learn an intercept (through the `interceptScaling` feature).
    public var fitIntercept: Bool
    /// The constant feature whose weight is the intercept (liblinear penalizes it too).
    public var interceptScaling: Double
    /// Seed of liblinear's coordinate order; nil draws a fresh one (see above).
    public var randomState: Int?
    /// The most solver iterations; reaching it gives scikit-learn's convergence warning.
    public var maxIter: Int

    var model: FittedLinearModel?
    var iterations = 0

    /// scikit-learn's defaults; nothing is checked until ``fit(_:_:)``, as in scikit-learn.
    public init(
        penalty: Penalty = .l2, loss: Loss = .squaredHinge, dual: Bool? = nil, tol: Double = 1e-4, C: Double = 1,
        fitIntercept: Bool = true, interceptScaling: Double = 1, randomState: Int? = nil, maxIter: Int = 1000
    ) {
        self.penalty = penalty
        self.loss = loss
        self.dual = dual
        self.tol = tol
        self.C = C
        self.fitIntercept = fitIntercept
        self.interceptScaling = interceptScaling
        self.randomState = randomState
        self.maxIter = maxIter
    }

    public var isFitted: Bool { model != nil }

    /// Learns the coefficients and intercepts on samples `X` (one row each) with labels `y`,
    /// replacing any earlier fit.
    ///
    /// - Throws: ``ClassifierError`` for bad X or y, one class, or a parameter (combination)
    ///   scikit-learn refuses, e.g. `penalty: .l1` with `loss: .hinge`, or `l1` with `dual: true`.
    public mutating func fit(_ X: NDArray<Float>, _ y: [String]) throws(ClassifierError) {
        try validateTraining(X, labels: y.count, estimator: "LinearSVC")
        try checkPositive("C", C, estimator: "LinearSVC")
        try checkPositive("tol", tol, estimator: "LinearSVC")
        guard maxIter >= 0 else {
            throw .invalidParameter(estimator: "LinearSVC", name: "max_iter", value: "\(maxIter)", requirement: "an int in the range [0, inf)")
        }
        let solver = try self.solver(samples: X.shape[0], features: X.shape[1])
        var rng = RandomState(randomState: randomState)
        let fit = try liblinearFit(
            X, y, estimator: "LinearSVC", solver: solver, C: C, tol: tol, fitIntercept: fitIntercept,
            interceptScaling: interceptScaling, maxIter: maxIter, rng: &rng)
        model = fit.model
        iterations = fit.iterations.max() ?? 0
    }

    /// scikit-learn's `_validate_dual_parameter` and `_get_liblinear_solver_type`.
    func solver(samples: Int, features: Int) throws(ClassifierError) -> LiblinearSolver {
        func solver(dual: Bool) -> LiblinearSolver? {
            switch (loss, penalty, dual) {
            case (.squaredHinge, .l2, true): .l2rL2LossSVCDual
            case (.squaredHinge, .l2, false): .l2rL2LossSVC
            case (.squaredHinge, .l1, false): .l1rL2LossSVC
            case (.hinge, .l2, true): .l2rL1LossSVCDual
            default: nil
            }
        }
        if let dual {
            if let s = solver(dual: dual) { return s }
            throw .invalidParameter(
                estimator: "LinearSVC", name: "dual", value: dual ? "True" : "False",
                requirement: "supported by penalty='\(penalty.rawValue)' and loss='\(loss.rawValue)'")
        }
        let preferDual = samples < features
        if let s = solver(dual: preferDual) ?? solver(dual: !preferDual) { return s }
        throw .invalidParameter(
            estimator: "LinearSVC", name: "penalty", value: "'\(penalty.rawValue)'",
            requirement: "combinable with loss='\(loss.rawValue)' (penalty='l1' needs loss='squared_hinge')")
    }
}

extension LinearSVC: EstimatorParameters {
    /// scikit-learn's repr: the parameters differing from its defaults, alphabetically.
    public var description: String { estimatorRepr(defaults: Self()) }
    static var reprParameters: [ReprParameter<LinearSVC>] {
        [.init("C", \.C), .init("dual", \.dual), .init("fit_intercept", \.fitIntercept),
         .init("intercept_scaling", \.interceptScaling), .init("loss", \.loss), .init("max_iter", \.maxIter),
         .init("penalty", \.penalty), .init("random_state", \.randomState), .init("tol", \.tol)]
    }
}

extension LinearSVC {
    public var classes: [String] { get throws(ClassifierError) { try fittedModel().classes } }
    /// (1, features) for two classes — positive means `classes[1]` — else (classes, features).
    public var coef: NDArray<Double> { get throws(ClassifierError) { try fittedModel().coefArray } }
    /// The bias of each decision (`intercept_`), one per row of ``coef``; throws before `fit`.
    public var intercept: NDArray<Double> { get throws(ClassifierError) { try fittedModel().interceptArray } }
    /// The largest iteration count over the one-vs-rest problems (scikit-learn's `n_iter_`).
    public var nIter: Int { get throws(ClassifierError) { _ = try fittedModel(); return iterations } }

    public func decisionFunction(_ X: NDArray<Float>) throws(ClassifierError) -> NDArray<Double> {
        try fittedModel(checking: X).decisionFunction(X)
    }

    public func predict(_ X: NDArray<Float>) throws(ClassifierError) -> NDArray<String> {
        try fittedModel(checking: X).predict(X)
    }
}

extension LinearSVC: LinearModelClassifier {
    static var estimatorName: String { "LinearSVC" }
    var linearModel: FittedLinearModel? { model }
}
