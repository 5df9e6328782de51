/// What a model selection routine or a `Decoder` needs from a classifier: scikit-learn's
/// estimator contract — parameters in `init`, `fit` learns, fitted attributes throw before it.
/// ``SVC``, ``LinearSVC``, ``LogisticRegressionCV``, ``RidgeClassifierCV`` and
/// ``DummyClassifier`` conform, so ``crossValScore(_:_:_:cv:groups:jobs:)`` takes any of them.
public protocol Classifier: Sendable, CustomStringConvertible {
    /// The estimator's typed error, wrapped by cross-validation (see ``EstimatorFailure``):
    /// ``ClassifierError``, which names the estimator and the value at fault, unless the
    /// classifier has its own (``SVC``'s ``SVCError``).
    associatedtype Failure: EstimatorFailure = ClassifierError
    /// Fits on X (samples × features, float32 as maskers give it) and one label per sample.
    mutating func fit(_ X: NDArray<Float>, _ y: [String]) throws(Failure)
    /// The predicted label of every row of X.
    func predict(_ X: NDArray<Float>) throws(Failure) -> NDArray<String>
    /// The class labels, sorted as `numpy.unique` sorts them.
    var classes: [String] { get throws(Failure) }
    /// Whether `fit` has succeeded on this value.
    var isFitted: Bool { get }
}

/// A classifier whose decision is linear in the features, so that a weight map per class
/// can be read from it (`coef_`, `intercept_`).
public protocol LinearClassifier: Classifier {
    /// scikit-learn's `decision_function`: (samples,) for two classes, positive meaning
    /// `classes[1]`; (samples, classes) beyond.
    func decisionFunction(_ X: NDArray<Float>) throws(Failure) -> NDArray<Double>
    /// The weights, one row per decision (one row for two classes).
    var coef: NDArray<Double> { get throws(Failure) }
    /// The bias of each decision, one per row of ``coef``.
    var intercept: NDArray<Double> { get throws(Failure) }
}

/// An estimator's error type, which cross-validation wraps in its own.
public protocol EstimatorFailure: Error, Sendable {
    /// This error as cross-validation reports it, naming the estimator's failure.
    var crossValidationError: CrossValidationError { get }
}

extension Classifier {
    /// Mean accuracy of ``predict(_:)`` on X against y.
    public func score(_ X: NDArray<Float>, _ y: [String]) throws(Failure) -> Double {
        let prediction = try predict(X)
        return accuracyScore(y, prediction.storage)
    }
}

extension SVCError: EstimatorFailure {
    /// Wrapped as ``CrossValidationError/estimator(_:)``.
    public var crossValidationError: CrossValidationError { .estimator(self) }
}

extension SVC: LinearClassifier {
    /// ``SVC`` throws its own ``SVCError``.
    public typealias Failure = SVCError
}
