/// K consecutive folds (scikit-learn's `KFold`): the first n mod k folds hold ⌊n/k⌋ + 1
/// samples, the others ⌊n/k⌋; with `shuffle` the samples are permuted first.
public struct KFold: CrossValidator {
    public var nSplits: Int
    public var shuffle: Bool
    /// Seeds the shuffle: the same seed gives the same folds, but not numpy's permutation,
    /// so shuffled folds differ from scikit-learn's (unshuffled ones are identical).
    public var randomState: Int?

    public init(nSplits: Int = 5, shuffle: Bool = false, randomState: Int? = nil) {
        self.nSplits = nSplits
        self.shuffle = shuffle
        self.randomState = randomState
    }

    public var description: String {
        "KFold(n_splits=\(nSplits), random_state=\(randomState.map(String.init) ?? "None"), shuffle=\(shuffle ? "True" : "False"))"
    }

    public func split(nSamples: Int, y: [String]? = nil, groups: [Int]? = nil) throws(CrossValidationError) -> [TrainTestSplit] {
        if !shuffle && randomState != nil { throw .randomStateWithoutShuffle(splitter: "KFold") }
        try checkSplitCount(nSplits, samples: nSamples)
        var order = Array(0..<nSamples)
        if shuffle {
            var rng = SeededShuffle(randomState: randomState)
            rng.shuffle(&order)
        }
        var testFold = [Int](repeating: 0, count: nSamples)
        var position = 0
        for f in 0..<nSplits {
            let size = nSamples / nSplits + (f < nSamples % nSplits ? 1 : 0)
            for i in order[position..<(position + size)] { testFold[i] = f }
            position += size
        }
        return splits(testFold: testFold, folds: nSplits)
    }
}
