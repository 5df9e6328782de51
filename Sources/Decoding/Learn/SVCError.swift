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

    /// scikit-learn's (libsvm's) wording of the same error, naming the shape, label or value at fault.
    public var description: String {
        switch self {
        case .oneClass(let label): "The number of classes has to be greater than one; got 1 class ('\(label)')."
        case .sampleCountMismatch(let rows, let labels):
            EstimatorMessage.inconsistentSamples("X has \(rows) rows", "y has \(labels) labels")
        case .notTwoDimensional(let shape): EstimatorMessage.notTwoDimensional(shape)
        case .empty(let shape): EstimatorMessage.empty(shape, estimator: "SVC")
        case .nonFinite(let row, let column, let value): EstimatorMessage.nonFinite(row: row, column: column, isNaN: value.isNaN)
        case .notFitted: EstimatorMessage.notFitted("SVC")
        case .featureCountMismatch(let expected, let got): EstimatorMessage.featureCount("SVC", expected: expected, got: got)
        case .invalidParameter(let name, let value, let requirement):
            EstimatorMessage.invalidParameter(name, of: "SVC", mustBe: requirement, got: value)
        }
    }
}
