/// K consecutive folds (scikit-learn's `KFold`): the first n mod k folds hold ⌊n/k⌋ + 1
/// samples, the others ⌊n/k⌋; with `shuffle` the samples are first permuted by numpy's
/// `RandomState(randomState).shuffle`, so the folds are scikit-learn's for the same seed.
public struct KFold: KFoldSplitter {
    public static let name = "KFold"
    public var parameters: KFoldParameters

    public init(parameters: KFoldParameters) { self.parameters = parameters }

    /// The folds of `nSamples` samples; `y` and `groups` are ignored.
    /// - Throws: ``CrossValidationError`` for k < 2, k > `nSamples`, or a seed without `shuffle`.
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
