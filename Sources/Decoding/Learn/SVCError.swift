/// Why an ``SVC`` could not fit or predict; the text names the value at fault.
public enum SVCError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The labels hold a single class (named), so there is nothing to separate.
    case oneClass(label: String)
    /// X has `rows` samples but `labels` labels were given.
    case sampleCountMismatch(rows: Int, labels: Int)
    /// X is not a (samples × features) matrix.
    case notTwoDimensional(shape: Shape)
    /// X has no samples or no features.
    case empty(shape: Shape)
    /// X holds NaN or ±∞ at (row, column).
    case nonFinite(row: Int, column: Int, value: Float)
    /// A fitted attribute or `predict` was used before `fit` succeeded.
    case notFitted
    /// X at predict time has `got` features, the model was fitted on `expected`.
    case featureCountMismatch(expected: Int, got: Int)
    /// A parameter outside its domain (e.g. C ≤ 0).
    case invalidParameter(name: String, value: String, requirement: String)

    public var description: String {
        switch self {
        case .oneClass(let label):
            "The number of classes has to be greater than one; got 1 class ('\(label)')."
        case .sampleCountMismatch(let rows, let labels):
            "Found input variables with inconsistent numbers of samples: X has \(rows) rows, y has \(labels) labels."
        case .notTwoDimensional(let shape):
            "Expected a 2D array (samples × features), got an array of shape \(shape)."
        case .empty(let shape):
            "Found array with shape \(shape): SVC needs at least one sample and one feature."
        case .nonFinite(let row, let column, let value):
            "Input X contains \(value.isNaN ? "NaN" : "infinity") at row \(row), column \(column)."
        case .notFitted:
            "This SVC instance is not fitted yet. Call 'fit' with appropriate arguments before using this estimator."
        case .featureCountMismatch(let expected, let got):
            "X has \(got) features, but SVC is expecting \(expected) features as input."
        case .invalidParameter(let name, let value, let requirement):
            "The '\(name)' parameter of SVC must be \(requirement). Got \(value) instead."
        }
    }
}
