/// Why a `Decoder` refused its parameters or data.
public enum DecoderError: Error, Sendable, CustomStringConvertible {
    case unknownEstimator(String, known: [String])
    case notFitted(attribute: String)
    case sampleCountMismatch(images: Int, labels: Int)
    case groupCountMismatch(groups: Int, samples: Int)
    case tooFewClasses(labels: [String])
    case invalidScreeningPercentile(Double)
    case tooManyScreeningFeatures(requested: Int, inMask: Int)
    case noFeatureLeft
    case unknownParameter(estimator: String, name: String, known: [String])
    case invalidParameter(name: String, value: String, requirement: String)
    case featureCountMismatch(expected: Int, got: Int)
    case estimator(fold: Int, problem: String, underlying: any Error)
    case masking(any Error)
    case crossValidation(CrossValidationError)
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
