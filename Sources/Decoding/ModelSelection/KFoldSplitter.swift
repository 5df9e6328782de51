/// The parameters `KFold`, `StratifiedKFold` and `GroupKFold` share (scikit-learn's
/// `_BaseKFold`): how many folds, and whether and how to shuffle before cutting them.
public struct KFoldParameters: SplitterParameters {
    /// The number of folds, k ≥ 2; each sample is tested in exactly one.
    public var nSplits: Int
    /// Whether to permute (samples, class members or groups) before cutting the folds.
    public var shuffle: Bool
    /// Seed of the shuffle through numpy's legacy `RandomState`, so shuffled folds are
    /// scikit-learn's for the same seed; nil draws fresh entropy (`random_state=None`).
    /// Only meaningful with `shuffle`: a seed without it is an error, as in scikit-learn.
    public var randomState: Int?
}

/// What `KFold`, `StratifiedKFold` and `GroupKFold` share: their parameters, the repr
/// (`KFold(n_splits=5, random_state=None, shuffle=False)`) and the checks scikit-learn makes
/// before splitting. A conforming type only says how it assigns samples to folds.
public protocol KFoldSplitter: ParameterizedSplitter where Parameters == KFoldParameters {}

extension KFoldSplitter {
    /// scikit-learn's signature: 5 folds, in data order unless `shuffle`.
    public init(nSplits: Int = 5, shuffle: Bool = false, randomState: Int? = nil) {
        self.init(parameters: KFoldParameters(nSplits: nSplits, shuffle: shuffle, randomState: randomState))
    }

    /// Whether to shuffle before cutting the folds (``KFoldParameters/shuffle``).
    public var shuffle: Bool {
        get { parameters.shuffle }
        set { parameters.shuffle = newValue }
    }

    /// scikit-learn's repr, parameters in alphabetical order.
    public var description: String {
        "\(Self.name)(n_splits=\(nSplits), random_state=\(randomStateRepr), shuffle=\(shuffle ? "True" : "False"))"
    }

    /// The checks every k-fold splitter makes: a seed only with `shuffle`, 2 ≤ k ≤ samples.
    func validate(samples: Int) throws(CrossValidationError) {
        if !shuffle && randomState != nil { throw .randomStateWithoutShuffle(splitter: Self.name) }
        try checkSplitCount(nSplits, samples: samples)
    }
}

/// Fold number of each item of `order`, cut into `folds` consecutive runs whose sizes differ
/// by at most one, the longer runs first (numpy's `array_split`; `KFold`'s fold sizes).
func consecutiveFolds(_ order: [Int], folds: Int) -> [Int] {
    var foldOf = [Int](repeating: 0, count: order.count)
    var position = 0
    for f in 0..<folds {
        let size = order.count / folds + (f < order.count % folds ? 1 : 0)
        for item in order[position..<(position + size)] { foldOf[item] = f }
        position += size
    }
    return foldOf
}
