/// The sentences scikit-learn uses for the checks every estimator makes — input shape, finite
/// values, matching sample counts, fitted state, parameter domains — written once so that each
/// error enum states only its facts (which estimator, which value) and every estimator words
/// the same fault the same way, as readers comparing with scikit-learn expect.
enum EstimatorMessage {
    /// X is not a (samples × features) matrix.
    static func notTwoDimensional(_ shape: Shape) -> String {
        "Expected a 2D array (samples × features), got an array of shape \(shape)."
    }

    /// X has no samples or no features; `estimator` names who needs them, when known.
    static func empty(_ shape: Shape, estimator: String? = nil) -> String {
        "Found array with shape \(shape): "
            + (estimator.map { "\($0) needs at least one sample and one feature." }
                ?? "at least one sample and one feature are needed.")
    }

    /// X holds NaN or ±∞ at (row, column).
    static func nonFinite(row: Int, column: Int, isNaN: Bool) -> String {
        "Input X contains \(isNaN ? "NaN" : "infinity") at row \(row), column \(column)."
    }

    /// Two inputs that must have one entry per sample disagree, e.g.
    /// `inconsistentSamples("X has 4 rows", "y has 3 labels")`.
    static func inconsistentSamples(_ first: String, _ second: String) -> String {
        "Found input variables with inconsistent numbers of samples: \(first), \(second)."
    }

    /// A fitted attribute or prediction was asked of an unfitted estimator.
    static func notFitted(_ estimator: String) -> String {
        "This \(estimator) instance is not fitted yet. Call 'fit' with appropriate arguments before using this estimator."
    }

    /// X at predict or transform time has `got` features, `expected` were fitted.
    static func featureCount(_ estimator: String, expected: Int, got: Int) -> String {
        "X has \(got) features, but \(estimator) is expecting \(expected) features as input."
    }

    /// scikit-learn's `InvalidParameterError`: "The 'C' parameter of SVC must be a float in the
    /// range (0.0, inf). Got -1.0 instead."
    static func invalidParameter(_ name: String, of estimator: String, mustBe requirement: String, got value: String) -> String {
        "The '\(name)' parameter of \(estimator) must be \(requirement). Got \(value) instead."
    }
}
