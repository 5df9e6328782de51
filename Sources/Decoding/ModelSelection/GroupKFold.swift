/// K folds that never split a group (scikit-learn's `GroupKFold`).
///
/// Without shuffling, groups are taken from the most to the least numerous (ties: the larger
/// group value first, as scikit-learn's reversed stable argsort gives) and each goes to the
/// fold holding the fewest samples so far (the first such fold). With `shuffle`, the sorted
/// groups are permuted and cut into `nSplits` nearly equal runs of groups.
public struct GroupKFold: CrossValidator {
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
        "GroupKFold(n_splits=\(nSplits), random_state=\(randomState.map(String.init) ?? "None"), shuffle=\(shuffle ? "True" : "False"))"
    }

    public func split(nSamples: Int, y: [String]? = nil, groups: [Int]?) throws(CrossValidationError) -> [TrainTestSplit] {
        if !shuffle && randomState != nil { throw .randomStateWithoutShuffle(splitter: "GroupKFold") }
        try checkSplitCount(nSplits, samples: nSamples)
        let groups = try requireGroups(groups, samples: nSamples, for: "GroupKFold")
        let unique = Array(Set(groups)).sorted()
        guard nSplits <= unique.count else { throw .moreSplitsThanGroups(nSplits: nSplits, nGroups: unique.count) }
        let index = Dictionary(uniqueKeysWithValues: unique.enumerated().map { ($1, $0) })
        var foldOfGroup = [Int](repeating: 0, count: unique.count)
        if shuffle {
            var order = Array(0..<unique.count)
            var rng = SeededShuffle(randomState: randomState)
            rng.shuffle(&order)
            var position = 0
            for f in 0..<nSplits {
                let size = unique.count / nSplits + (f < unique.count % nSplits ? 1 : 0)
                for g in order[position..<(position + size)] { foldOfGroup[g] = f }
                position += size
            }
        } else {
            var sizes = [Int](repeating: 0, count: unique.count)
            for g in groups { sizes[index[g]!] += 1 }
            // Stable ascending sort by size, then reversed.
            let order = Array(sizes.indices.sorted { sizes[$0] < sizes[$1] || (sizes[$0] == sizes[$1] && $0 < $1) }.reversed())
            var load = [Int](repeating: 0, count: nSplits)
            for g in order {
                let lightest = load.indices.min { load[$0] < load[$1] }!
                load[lightest] += sizes[g]
                foldOfGroup[g] = lightest
            }
        }
        return splits(testFold: groups.map { foldOfGroup[index[$0]!] }, folds: nSplits)
    }
}
