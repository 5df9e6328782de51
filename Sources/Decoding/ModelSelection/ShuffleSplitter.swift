/// The parameters `ShuffleSplit` and `StratifiedShuffleSplit` share (scikit-learn's
/// `BaseShuffleSplit`): how many random splits, of which sizes, from which seed.
public struct ShuffleSplitParameters: SplitterParameters {
    /// The number of independent splits (≥ 1); a sample may be tested in several or none.
    public var nSplits: Int
    /// The test set's size; nil means 0.1 of the samples unless `trainSize` is given (then
    /// the rest). A fraction is rounded up, as scikit-learn does.
    public var testSize: SplitSize?
    /// The training set's size; nil means the complement of the test set. A fraction is
    /// rounded down.
    public var trainSize: SplitSize?
    /// Seed of numpy's legacy `RandomState` the permutations come from, so the splits are
    /// scikit-learn's for the same seed; nil draws fresh entropy (`random_state=None`).
    public var randomState: Int?
}

/// What `ShuffleSplit` and `StratifiedShuffleSplit` share: their parameters, the repr and the
/// resolution of the set sizes. A conforming type only says how it draws each split.
public protocol ShuffleSplitter: ParameterizedSplitter where Parameters == ShuffleSplitParameters {}

extension ShuffleSplitter {
    /// scikit-learn's signature: 10 splits testing 0.1 of the samples unless sizes are given.
    public init(nSplits: Int = 10, testSize: SplitSize? = nil, trainSize: SplitSize? = nil, randomState: Int? = nil) {
        self.init(parameters: ShuffleSplitParameters(
            nSplits: nSplits, testSize: testSize, trainSize: trainSize, randomState: randomState))
    }

    /// The test set's size (``ShuffleSplitParameters/testSize``).
    public var testSize: SplitSize? {
        get { parameters.testSize }
        set { parameters.testSize = newValue }
    }

    /// The training set's size (``ShuffleSplitParameters/trainSize``).
    public var trainSize: SplitSize? {
        get { parameters.trainSize }
        set { parameters.trainSize = newValue }
    }

    /// scikit-learn's repr, parameters in alphabetical order.
    public var description: String {
        "\(Self.name)(n_splits=\(nSplits), random_state=\(randomStateRepr), test_size=\(testSize?.description ?? "None"), train_size=\(trainSize?.description ?? "None"))"
    }

    /// (nTrain, nTest) for `samples` samples, after the checks scikit-learn makes first.
    func setSizes(samples: Int) throws(CrossValidationError) -> (train: Int, test: Int) {
        let sizes = try trainTestSizes(samples: samples, test: testSize, train: trainSize, defaultTest: 0.1)
        guard nSplits >= 1 else { throw .tooFewSplits(nSplits: nSplits) }
        return sizes
    }
}
