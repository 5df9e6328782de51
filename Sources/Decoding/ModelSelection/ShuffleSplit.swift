/// Random train/test splits (scikit-learn's `ShuffleSplit`): each split permutes the samples
/// with numpy's `RandomState(randomState).permutation` and takes the first `nTest` as the test
/// set and the next `nTrain` as the training set, in the permutation's order (not sorted,
/// as scikit-learn yields them).
public struct ShuffleSplit: ShuffleSplitter {
    public static let name = "ShuffleSplit"
    public var parameters: ShuffleSplitParameters

    public init(parameters: ShuffleSplitParameters) { self.parameters = parameters }

    /// `nSplits` random splits of `nSamples` samples; `y` and `groups` are ignored.
    /// - Throws: ``CrossValidationError`` for sizes that are not fractions in (0, 1) or counts
    ///   in (0, `nSamples`), sizes summing past `nSamples`, or `nSplits` < 1.
    public func split(nSamples: Int, y: [String]? = nil, groups: [Int]? = nil) throws(CrossValidationError) -> [TrainTestSplit] {
        let (nTrain, nTest) = try setSizes(samples: nSamples)
        var rng = generator()
        return (0..<nSplits).map { _ in
            let permutation = rng.permutation(nSamples)
            return (Array(permutation[nTest..<(nTest + nTrain)]), Array(permutation[..<nTest]))
        }
    }
}
