/// Random train/test splits (scikit-learn's `ShuffleSplit`): each split permutes the samples
/// with numpy's `RandomState(randomState).permutation` and takes the first `nTest` as the test
/// set and the next `nTrain` as the training set, in the permutation's order (not sorted,
/// as scikit-learn yields them).
public struct ShuffleSplit: CrossValidator {
    public var nSplits: Int
    public var testSize: SplitSize?
    public var trainSize: SplitSize?
    public var randomState: Int?

    /// `testSize` nil means 0.1 of the samples unless `trainSize` is given (then the rest).
    public init(nSplits: Int = 10, testSize: SplitSize? = nil, trainSize: SplitSize? = nil, randomState: Int? = nil) {
        self.nSplits = nSplits
        self.testSize = testSize
        self.trainSize = trainSize
        self.randomState = randomState
    }

    public var description: String {
        "ShuffleSplit(n_splits=\(nSplits), random_state=\(randomState.map(String.init) ?? "None"), test_size=\(testSize?.description ?? "None"), train_size=\(trainSize?.description ?? "None"))"
    }

    public func split(nSamples: Int, y: [String]? = nil, groups: [Int]? = nil) throws(CrossValidationError) -> [TrainTestSplit] {
        let (nTrain, nTest) = try trainTestSizes(samples: nSamples, test: testSize, train: trainSize, defaultTest: 0.1)
        guard nSplits >= 1 else { throw .tooFewSplits(nSplits: nSplits) }
        var rng = RandomState(randomState: randomState)
        return (0..<nSplits).map { _ in
            let permutation = rng.permutation(nSamples)
            return (Array(permutation[nTest..<(nTest + nTrain)]), Array(permutation[..<nTest]))
        }
    }
}

/// A train or test set size: a fraction of the samples in (0, 1) or a count.
public enum SplitSize: Sendable, Equatable, CustomStringConvertible, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
    case fraction(Double)
    case count(Int)

    public init(floatLiteral value: Double) { self = .fraction(value) }
    public init(integerLiteral value: Int) { self = .count(value) }

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
