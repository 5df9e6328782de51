/// Why a score function or a feature selector refused its input; the text names the value at fault.
public enum FeatureSelectionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// X is not a (samples × features) matrix.
    case notTwoDimensional(shape: Shape)
    /// X has no samples or no features.
    case empty(shape: Shape)
    /// X holds NaN or ±∞ at (row, column).
    case nonFinite(row: Int, column: Int, value: Double)
    /// X has `rows` samples but `labels` labels were given.
    case sampleCountMismatch(rows: Int, labels: Int)
    /// An F test needs two classes or more (the one present is named).
    case oneClass(label: String)
    /// An F test needs more samples than classes (no within-class degrees of freedom otherwise).
    case tooFewSamples(samples: Int, classes: Int)
    /// The score function returned `got` scores (or p-values) for `expected` features.
    case scoreCountMismatch(expected: Int, got: Int)
    /// A fitted attribute or `transform` was used before `fit` succeeded.
    case notFitted(estimator: String)
    /// X at transform time has `got` features (or selected features), `expected` were fitted.
    case featureCountMismatch(estimator: String, expected: Int, got: Int)
    /// A parameter outside its domain (e.g. a percentile above 100).
    case invalidParameter(estimator: String, name: String, value: String, requirement: String)

    /// scikit-learn's wording of the same error, naming the shape, cell or parameter at fault.
    public var description: String {
        switch self {
        case .notTwoDimensional(let shape): EstimatorMessage.notTwoDimensional(shape)
        case .empty(let shape): EstimatorMessage.empty(shape)
        case .nonFinite(let row, let column, let value): EstimatorMessage.nonFinite(row: row, column: column, isNaN: value.isNaN)
        case .sampleCountMismatch(let rows, let labels):
            EstimatorMessage.inconsistentSamples("X has \(rows) rows", "y has \(labels) labels")
        case .oneClass(let label): "The ANOVA F-test needs at least two classes; y holds only '\(label)'."
        case .tooFewSamples(let samples, let classes):
            "The ANOVA F-test needs more samples than classes; got \(samples) samples in \(classes) classes."
        case .scoreCountMismatch(let expected, let got): "The score function returned \(got) values for \(expected) features."
        case .notFitted(let estimator): EstimatorMessage.notFitted(estimator)
        case .featureCountMismatch(let estimator, let expected, let got):
            EstimatorMessage.featureCount(estimator, expected: expected, got: got)
        case .invalidParameter(let estimator, let name, let value, let requirement):
            EstimatorMessage.invalidParameter(name, of: estimator, mustBe: requirement, got: value)
        }
    }
}
