/// One cross-validation fold: indices of the training and of the test samples, each ascending
/// (scikit-learn's `split` yields them so).
public typealias TrainTestSplit = (train: [Int], test: [Int])

/// A splitting strategy — `KFold`, `StratifiedKFold`, `LeaveOneGroupOut`, `GroupKFold` —
/// producing the folds scikit-learn's `split` produces, in the same order.
public protocol CrossValidator: Sendable, CustomStringConvertible {
    /// The folds of `nSamples` samples; `y` and `groups` are read by the strategies that need
    /// them and ignored by the others.
    func split(nSamples: Int, y: [String]?, groups: [Int]?) throws(CrossValidationError) -> [TrainTestSplit]
}

extension CrossValidator {
    /// The folds of the rows of X (samples × features).
    public func split(_ X: NDArray<Float>, _ y: [String]? = nil, groups: [Int]? = nil) throws(CrossValidationError) -> [TrainTestSplit] {
        try split(nSamples: X.count, y: y, groups: groups)
    }
}

/// (train, test) pairs from each sample's test-fold number: fold f tests the samples numbered f.
func splits(testFold: [Int], folds: Int) -> [TrainTestSplit] {
    (0..<folds).map { f in
        var train: [Int] = [], test: [Int] = []
        for (i, fold) in testFold.enumerated() { if fold == f { test.append(i) } else { train.append(i) } }
        return (train, test)
    }
}

func checkSplitCount(_ nSplits: Int, samples: Int) throws(CrossValidationError) {
    guard nSplits >= 2 else { throw .tooFewSplits(nSplits: nSplits) }
    guard nSplits <= samples else { throw .moreSplitsThanSamples(nSplits: nSplits, nSamples: samples) }
}

func requireLabels(_ y: [String]?, samples: Int, for name: String) throws(CrossValidationError) -> [String] {
    guard let y else { throw .labelsRequired(splitter: name) }
    guard y.count == samples else { throw .labelCountMismatch(labels: y.count, samples: samples) }
    return y
}

func requireGroups(_ groups: [Int]?, samples: Int, for name: String) throws(CrossValidationError) -> [Int] {
    guard let groups else { throw .groupsRequired(splitter: name) }
    guard groups.count == samples else { throw .groupCountMismatch(groups: groups.count, samples: samples) }
    return groups
}
