/// Random splits preserving the class proportions (scikit-learn's `StratifiedShuffleSplit`),
/// drawn from numpy's `RandomState(randomState)` as scikit-learn draws them: per split, the
/// per-class train and test counts (`_approximate_mode`, ties broken at random), a
/// permutation of each class, then a permutation of the train and of the test indices.
public struct StratifiedShuffleSplit: ShuffleSplitter {
    public static let name = "StratifiedShuffleSplit"
    public var parameters: ShuffleSplitParameters

    public init(parameters: ShuffleSplitParameters) { self.parameters = parameters }

    /// `nSplits` random splits of `nSamples` samples, each set holding every class of `y`
    /// (required, one label per sample) in proportion; `groups` is ignored.
    /// - Throws: ``CrossValidationError`` for a missing or mismatched `y`, a class of one
    ///   member, a set smaller than the number of classes, or invalid sizes as ``ShuffleSplit``.
    public func split(nSamples: Int, y: [String]?, groups: [Int]? = nil) throws(CrossValidationError) -> [TrainTestSplit] {
        let labels = try requireLabels(y, samples: nSamples, for: "StratifiedShuffleSplit")
        let (nTrain, nTest) = try setSizes(samples: nSamples)
        let encoded = ClassLabels(labels)
        let k = encoded.classes.count
        var members = [[Int]](repeating: [], count: k)
        for (i, c) in encoded.codes.enumerated() { members[c].append(i) }
        let counts = members.map(\.count)
        if let least = counts.min(), least < 2 { throw .classTooSmallToSplit(label: encoded.classes[counts.firstIndex(of: least)!]) }
        guard nTrain >= k else { throw .splitSmallerThanClassCount(set: "train", size: nTrain, classes: k) }
        guard nTest >= k else { throw .splitSmallerThanClassCount(set: "test", size: nTest, classes: k) }
        var rng = generator()
        return (0..<nSplits).map { _ in
            let trainCounts = approximateMode(counts, draws: nTrain, rng: &rng)
            let testCounts = approximateMode(zip(counts, trainCounts).map { $0 - $1 }, draws: nTest, rng: &rng)
            var train: [Int] = [], test: [Int] = []
            for c in 0..<k {
                let shuffled = rng.permutation(counts[c]).map { members[c][$0] }
                train += shuffled[..<trainCounts[c]]
                test += shuffled[trainCounts[c]..<(trainCounts[c] + testCounts[c])]
            }
            return (rng.permutation(train), rng.permutation(test))
        }
    }
}

/// scikit-learn's `_approximate_mode`: the counts of `draws` items spread over classes in
/// proportion to `counts`, floors first, the remaining draws to the largest remainders —
/// classes of equal remainder chosen at random (`rng.choice(…, replace=False)`).
func approximateMode(_ counts: [Int], draws: Int, rng: inout RandomState) -> [Int] {
    let total = Double(counts.reduce(0, +))
    let continuous = counts.map { Double($0) / total * Double(draws) }
    var floored = continuous.map { $0.rounded(.down) }
    var needToAdd = Int(Double(draws) - floored.reduce(0, +))
    if needToAdd > 0 {
        let remainder = zip(continuous, floored).map { $0 - $1 }
        for value in Set(remainder).sorted(by: >) {
            let tied = remainder.indices.filter { remainder[$0] == value }
            let addNow = min(tied.count, needToAdd)
            for i in rng.choiceWithoutReplacement(tied, count: addNow) { floored[i] += 1 }
            needToAdd -= addNow
            if needToAdd == 0 { break }
        }
    }
    return floored.map { Int($0) }
}
