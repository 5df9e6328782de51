/// Why a classifier other than ``SVC`` could not fit or predict; the text names the
/// estimator and the value at fault.
public enum ClassifierError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The labels (of the data, or of a training fold) hold a single class.
    case oneClass(estimator: String, label: String)
    /// X has `rows` samples but `labels` labels were given.
    case sampleCountMismatch(rows: Int, labels: Int)
    /// X is not a (samples × features) matrix.
    case notTwoDimensional(shape: Shape)
    /// X has no samples or no features.
    case empty(estimator: String, shape: Shape)
    /// X holds NaN or ±∞ at (row, column).
    case nonFinite(row: Int, column: Int, value: Float)
    /// A fitted attribute or `predict` was used before `fit` succeeded.
    case notFitted(estimator: String)
    /// X has `got` features where the fitted model has `expected`.
    case featureCountMismatch(estimator: String, expected: Int, got: Int)
    /// A parameter outside its domain, or a combination of parameters scikit-learn refuses.
    case invalidParameter(estimator: String, name: String, value: String, requirement: String)
    /// A cross-validation inside the estimator (e.g. `LogisticRegressionCV`'s folds) failed.
    case crossValidation(estimator: String, reason: String)

    /// scikit-learn's wording of the same error, naming the estimator and the shape, label or value at fault.
    public var description: String {
        switch self {
        case .oneClass(let estimator, let label):
            "\(estimator) needs samples of at least 2 classes in the data, but the data contains only one class: '\(label)'."
        case .sampleCountMismatch(let rows, let labels):
            EstimatorMessage.inconsistentSamples("X has \(rows) rows", "y has \(labels) labels")
        case .notTwoDimensional(let shape): EstimatorMessage.notTwoDimensional(shape)
        case .empty(let estimator, let shape): EstimatorMessage.empty(shape, estimator: estimator)
        case .nonFinite(let row, let column, let value): EstimatorMessage.nonFinite(row: row, column: column, isNaN: value.isNaN)
        case .notFitted(let estimator): EstimatorMessage.notFitted(estimator)
        case .featureCountMismatch(let estimator, let expected, let got):
            EstimatorMessage.featureCount(estimator, expected: expected, got: got)
        case .invalidParameter(let estimator, let name, let value, let requirement):
            EstimatorMessage.invalidParameter(name, of: estimator, mustBe: requirement, got: value)
        case .crossValidation(let estimator, let reason): "\(estimator) could not cross-validate: \(reason)"
        }
    }
}

extension ClassifierError: EstimatorFailure {
    /// Wrapped as ``CrossValidationError/classifier(_:)``.
    public var crossValidationError: CrossValidationError { .classifier(self) }
}

/// Checks X is a finite (samples × features) matrix and, when given, has one label per row.
func validateTraining(_ x: NDArray<Float>, labels: Int?, estimator: String) throws(ClassifierError) {
    guard x.ndim == 2 else { throw .notTwoDimensional(shape: x.shape) }
    guard x.shape[0] > 0, x.shape[1] > 0 else { throw .empty(estimator: estimator, shape: x.shape) }
    if let bad = firstNonFinite(x) { throw .nonFinite(row: bad.row, column: bad.column, value: bad.value) }
    if let labels, labels != x.shape[0] { throw .sampleCountMismatch(rows: x.shape[0], labels: labels) }
}

/// The first NaN or infinity of a (samples × features) matrix, in C order.
func firstNonFinite(_ x: NDArray<Float>) -> (row: Int, column: Int, value: Float)? {
    let d = x.shape[1]
    let bad: Int? = x.withUnsafeBufferPointer { p in
        for k in 0..<p.count where !p[k].isFinite { return k }
        return nil
    }
    return bad.map { ($0 / d, $0 % d, x.storage[$0]) }
}
