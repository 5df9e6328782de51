/// What `KFold`, `StratifiedKFold` and `GroupKFold` share: k folds, an optional shuffle
/// seeded by `randomState` through numpy's legacy `RandomState` (so shuffled folds are
/// scikit-learn's), the repr and the checks scikit-learn makes before splitting.
public protocol KFoldSplitter: CrossValidator {
    var nSplits: Int { get }
    var shuffle: Bool { get }
    /// Seed of the shuffle; nil draws fresh entropy (scikit-learn's `random_state=None`).
    var randomState: Int? { get }
    /// The class name in reprs and errors.
    static var name: String { get }
}

extension KFoldSplitter {
    public var description: String {
        "\(Self.name)(n_splits=\(nSplits), random_state=\(randomState.map(String.init) ?? "None"), shuffle=\(shuffle ? "True" : "False"))"
    }

    /// The checks every k-fold splitter makes: a seed only with `shuffle`, 2 ≤ k ≤ samples.
    func validate(samples: Int) throws(CrossValidationError) {
        if !shuffle && randomState != nil { throw .randomStateWithoutShuffle(splitter: Self.name) }
        try checkSplitCount(nSplits, samples: samples)
    }

    /// The generator of this split: `check_random_state(random_state)`.
    func generator() -> RandomState { RandomState(randomState: randomState) }
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
