/// A train or test set size: a fraction of the samples in (0, 1) or a count.
public enum SplitSize: Sendable, Equatable, CustomStringConvertible, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
    /// A share of the samples, in (0, 1).
    case fraction(Double)
    /// A number of samples, in (0, samples).
    case count(Int)

    /// `0.25` is a fraction, as in scikit-learn's `test_size=0.25`.
    public init(floatLiteral value: Double) { self = .fraction(value) }
    /// `5` is a count, as in scikit-learn's `test_size=5`.
    public init(integerLiteral value: Int) { self = .count(value) }

    /// The value as Python prints it (`0.25`, `5`), for reprs and errors.
    public var description: String {
        switch self {
        case .fraction(let f): pythonFloat(f)
        case .count(let n): "\(n)"
        }
    }
}

/// scikit-learn's `_validate_shuffle_split`: (nTrain, nTest) — the test size rounded up, the
/// train size rounded down, a missing one the complement of the other.
func trainTestSizes(samples n: Int, test: SplitSize?, train: SplitSize?, defaultTest: Double) throws(CrossValidationError) -> (Int, Int) {
    func resolve(_ size: SplitSize, roundUp: Bool) throws(CrossValidationError) -> Int {
        switch size {
        case .fraction(let f):
            guard f > 0, f < 1 else { throw .invalidSplitSize(size: size.description, samples: n) }
            let v = f * Double(n)
            return Int(roundUp ? v.rounded(.up) : v.rounded(.down))
        case .count(let c):
            guard c > 0, c < n else { throw .invalidSplitSize(size: size.description, samples: n) }
            return c
        }
    }
    let test = test ?? (train == nil ? .fraction(defaultTest) : nil)
    let nTest = try test.map { s throws(CrossValidationError) in try resolve(s, roundUp: true) }
    let nTrain = try train.map { s throws(CrossValidationError) in try resolve(s, roundUp: false) }
    let resolvedTest = nTest ?? (n - nTrain!)
    let resolvedTrain = nTrain ?? (n - resolvedTest)
    guard resolvedTrain + resolvedTest <= n else { throw .splitSizesExceedSamples(train: resolvedTrain, test: resolvedTest, samples: n) }
    guard resolvedTrain > 0 else { throw .invalidSplitSize(size: "train_size=\(resolvedTrain)", samples: n) }
    return (resolvedTrain, resolvedTest)
}
