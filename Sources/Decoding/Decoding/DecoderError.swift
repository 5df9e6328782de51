/// Why a `Decoder` refused its parameters or data.
public enum DecoderError: Error, Sendable, CustomStringConvertible {
    /// The estimator name given is none of nilearn's; `known` lists the accepted names.
    case unknownEstimator(String, known: [String])
    /// A fitted attribute (named) was read before `fit`.
    case notFitted(attribute: String)
    /// `fit` got a different number of image volumes than of labels in `y`.
    case sampleCountMismatch(images: Int, labels: Int)
    /// `fit` got a `groups` array whose length differs from the number of samples.
    case groupCountMismatch(groups: Int, samples: Int)
    /// Classification got fewer than two distinct labels (those found are named).
    case tooFewClasses(labels: [String])
    /// `screeningPercentile` is outside [0, 100].
    case invalidScreeningPercentile(Double)
    /// ANOVA screening asked for more features than the mask holds.
    case tooManyScreeningFeatures(requested: Int, inMask: Int)
    /// The screening percentile keeps no voxel of the mask, so there is nothing to train on.
    case noFeatureLeft
    /// `paramGrid` names a parameter the estimator does not have; `known` lists those it has.
    case unknownParameter(estimator: String, name: String, known: [String])
    /// A parameter's value breaks its requirement (both quoted in the message).
    case invalidParameter(name: String, value: String, requirement: String)
    /// Data to predict or score has another number of features than the decoder was fitted on.
    case featureCountMismatch(expected: Int, got: Int)
    /// The estimator failed while fitting `fold` of one one-vs-rest `problem` (its positive class).
    case estimator(fold: Int, problem: String, underlying: any Error)
    /// The masker failed to fit or transform the images; wraps its error.
    case masking(any Error)
    /// The splitter refused the labels or groups; wraps its error.
    case crossValidation(CrossValidationError)
    /// An option combination nilearn does not support either (described in the message),
    /// such as a decision function for the dummy classifier or an empty parameter grid.
    case unsupported(String)

    /// What went wrong and with which value, worded as nilearn's messages where it has one.
    public var description: String {
        switch self {
        case .unknownEstimator(let name, let known):
            return "Invalid estimator. Known estimators are: \(pythonList(known)). Got: '\(name)'"
        case .notFitted(let attribute):
            return "This Decoder instance is not fitted yet: call fit before reading \(attribute)."
        case .sampleCountMismatch(let images, let labels):
            return "Decoder.fit: the images hold \(images) samples but y has \(labels) labels"
        case .groupCountMismatch(let groups, let samples):
            return "Decoder.fit: groups has \(groups) entries but there are \(samples) samples"
        case .tooFewClasses(let labels):
            let found = labels.isEmpty ? "none" : labels.map { "'\($0)'" }.joined(separator: ", ")
            return "Decoder.fit: classification needs at least two classes in y; found \(found)"
        case .invalidScreeningPercentile(let p):
            return "screening_percentile should be in the interval [0, 100], got \(formatG(p))"
        case .tooManyScreeningFeatures(let requested, let inMask):
            return "screening_n_features=\(requested) is larger the number of features in the mask (\(inMask))."
        case .noFeatureLeft:
            return "No feature left for training. Consider raising 'screening_percentile' ."
        case .unknownParameter(let estimator, let name, let known):
            return "param_grid: \(estimator) has no parameter '\(name)'; it has \(pythonList(known))"
        case .invalidParameter(let name, let value, let requirement):
            return EstimatorMessage.invalidParameter(name, of: "Decoder", mustBe: requirement, got: value)
        case .featureCountMismatch(let expected, let got):
            return "X has \(got) features per sample; expecting \(expected)"
        case .estimator(let fold, let problem, let underlying):
            return "Decoder.fit: fold \(fold) of the '\(problem)' problem failed: \(underlying)"
        case .masking(let error):
            return "Decoder: masking failed: \(error)"
        case .crossValidation(let error):
            return "Decoder: \(error)"
        case .unsupported(let what):
            return "Decoder: \(what)"
        }
    }
}

private func pythonList(_ names: [String]) -> String {
    "[" + names.map { "'\($0)'" }.joined(separator: ", ") + "]"
}

/// Python's `f"{x:g}"` for the values errors quote.
func formatG(_ x: Double) -> String {
    if x == x.rounded(), abs(x) < 1e16 { return String(Int(x)) }
    return "\(x)"
}
