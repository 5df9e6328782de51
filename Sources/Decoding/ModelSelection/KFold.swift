/// K consecutive folds (scikit-learn's `KFold`): the first n mod k folds hold ⌊n/k⌋ + 1
/// samples, the others ⌊n/k⌋; with `shuffle` the samples are first permuted by numpy's
/// `RandomState(randomState).shuffle`, so the folds are scikit-learn's for the same seed.
public struct KFold: KFoldSplitter {
    public static let name = "KFold"
    public var nSplits: Int
    public var shuffle: Bool
    public var randomState: Int?

    public init(nSplits: Int = 5, shuffle: Bool = false, randomState: Int? = nil) {
        self.nSplits = nSplits
        self.shuffle = shuffle
        self.randomState = randomState
    }

    public func split(nSamples: Int, y: [String]? = nil, groups: [Int]? = nil) throws(CrossValidationError) -> [TrainTestSplit] {
        try validate(samples: nSamples)
        var order = Array(0..<nSamples)
        if shuffle {
            var rng = generator()
            rng.shuffle(&order)
        }
        return splits(testFold: consecutiveFolds(order, folds: nSplits), folds: nSplits)
    }
}
