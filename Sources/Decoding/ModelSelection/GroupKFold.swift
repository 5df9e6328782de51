/// K folds that never split a group (scikit-learn's `GroupKFold`).
///
/// Without shuffling, groups are taken from the most to the least numerous (ties: the larger
/// group value first, as scikit-learn's reversed stable argsort gives) and each goes to the
/// fold holding the fewest samples so far (the first such fold). With `shuffle`, the sorted
/// groups are permuted by numpy's `RandomState(randomState).shuffle` and cut into `nSplits`
/// nearly equal runs of groups, as scikit-learn does.
public struct GroupKFold: KFoldSplitter {
    public static let name = "GroupKFold"
    public var parameters: KFoldParameters

    public init(parameters: KFoldParameters) { self.parameters = parameters }

    /// The folds of `nSamples` samples, each group (required, one per sample) tested in exactly
    /// one fold; `y` is ignored.
    /// - Throws: ``CrossValidationError`` for missing or mismatched `groups`, k above the
    ///   number of groups, k < 2, k > `nSamples`, or a seed without `shuffle`.
    public func split(nSamples: Int, y: [String]? = nil, groups: [Int]?) throws(CrossValidationError) -> [TrainTestSplit] {
        try validate(samples: nSamples)
        let groups = try requireGroups(groups, samples: nSamples, for: "GroupKFold")
        let unique = Array(Set(groups)).sorted()
        guard nSplits <= unique.count else { throw .moreSplitsThanGroups(nSplits: nSplits, nGroups: unique.count) }
        let index = Dictionary(uniqueKeysWithValues: unique.enumerated().map { ($1, $0) })
        var foldOfGroup = [Int](repeating: 0, count: unique.count)
        if shuffle {
            var order = Array(0..<unique.count)
            var rng = generator()
            rng.shuffle(&order)
            foldOfGroup = consecutiveFolds(order, folds: nSplits)
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
