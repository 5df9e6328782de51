import Foundation

/// C-support vector classification, scikit-learn's `SVC` on the same libsvm algorithm.
///
/// A value type: the parameters and, after ``fit(_:_:)``, the fitted model are data.
///
///     var svc = SVC(kernel: .linear)
///     try svc.fit(X, y)
///     let prediction = try svc.predict(X)
///
/// Fitting solves the libsvm C-SVC dual with the same working-set selection, stopping rule,
/// shrinking and bias, so support vectors, dual coefficients, `coef` and `intercept` agree
/// with scikit-learn's on the same data, and predictions are the same. More than two classes
/// are handled one-vs-one in libsvm's pair order (0 vs 1, 0 vs 2, …, 1 vs 2, …).
public struct SVC: Sendable, CustomStringConvertible {
    /// The kernel; only the linear one is implemented (the one a decoding tutorial reads
    /// weights from), so this is explicit in every model's description.
    public enum Kernel: String, Sendable {
        /// K(x, y) = x·y: the weights are a map over the features.
        case linear
    }

    /// Shape of ``decisionFunction(_:)`` for more than two classes: one column per class
    /// (scikit-learn's default `'ovr'`), or one per class pair (`'ovo'`, libsvm's values).
    public enum DecisionFunctionShape: String, Sendable {
        /// One column per class: the pairwise votes, made continuous as scikit-learn does.
        case ovr
        /// One column per class pair, in libsvm's pair order.
        case ovo
    }

    /// scikit-learn's `kernel` (always linear here).
    public var kernel: Kernel
    /// Penalty of the slack variables; every αᵢ lies in [0, C].
    public var C: Double
    /// Stopping tolerance on the maximal violation m(α) − M(α) (libsvm's `eps`).
    public var tol: Double
    /// libsvm's shrinking heuristic: same solution, fewer kernel evaluations.
    public var shrinking: Bool
    /// Kept for the description's sake: the Gram matrix is held whole, so no cache is needed.
    public var cacheSize: Double
    /// Iteration limit of each two-class solve; −1 means none.
    public var maxIter: Int
    /// scikit-learn's `decision_function_shape`.
    public var decisionFunctionShape: DecisionFunctionShape

    var model: FittedSVCModel?

    /// scikit-learn's defaults, with the linear kernel; nothing is checked until ``fit(_:_:)``.
    public init(
        kernel: Kernel = .linear, C: Double = 1, tol: Double = 1e-3, shrinking: Bool = true,
        cacheSize: Double = 200, maxIter: Int = -1, decisionFunctionShape: DecisionFunctionShape = .ovr
    ) {
        self.kernel = kernel
        self.C = C
        self.tol = tol
        self.shrinking = shrinking
        self.cacheSize = cacheSize
        self.maxIter = maxIter
        self.decisionFunctionShape = decisionFunctionShape
    }

    /// Whether ``fit(_:_:)`` has succeeded on this value.
    public var isFitted: Bool { model != nil }

    func fittedModel() throws(SVCError) -> FittedSVCModel {
        guard let model else { throw .notFitted }
        return model
    }
}

extension SVC: EstimatorParameters {
    /// scikit-learn's repr, e.g. `SVC(kernel='linear')`, `SVC(C=0.5, kernel='linear')`.
    public var description: String { estimatorRepr(defaults: Self()) }
    static let estimatorName = "SVC"
    /// scikit-learn's default kernel is `'rbf'`, so `kernel='linear'` always shows.
    static var reprParameters: [ReprParameter<SVC>] {
        [.init("C", \.C), .init("cache_size", \.cacheSize), .init("decision_function_shape", \.decisionFunctionShape),
         .init("kernel", \.kernel, alwaysShown: true), .init("max_iter", \.maxIter), .init("shrinking", \.shrinking),
         .init("tol", \.tol)]
    }
}
