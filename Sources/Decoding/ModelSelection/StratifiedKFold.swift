/// K folds preserving the class proportions (scikit-learn's `StratifiedKFold`), the default
/// splitter of ``crossValScore(_:_:_:cv:groups:jobs:)`` for classifiers.
///
/// scikit-learn's assignment: classes numbered by first appearance; the per-fold count of each
/// class comes from dealing the label-sorted samples round-robin over the folds; each class's
/// samples, in data order, then take fold numbers in blocks (0, 0, …, 1, 1, …), shuffled per
/// class with numpy's `RandomState(randomState)` when `shuffle` is set, as scikit-learn does.
public struct StratifiedKFold: KFoldSplitter {
    public static let name = "StratifiedKFold"
    public var parameters: KFoldParameters

    public init(parameters: KFoldParameters) { self.parameters = parameters }

    /// The folds of `nSamples` samples stratified by `y` (required, one label per sample);
    /// `groups` is ignored.
    /// - Throws: ``CrossValidationError`` for a missing or mismatched `y`, k above every
    ///   class's size, k < 2, k > `nSamples`, or a seed without `shuffle`.
    public func split(nSamples: Int, y: [String]?, groups: [Int]? = nil) throws(CrossValidationError) -> [TrainTestSplit] {
        try validate(samples: nSamples)
        let labels = try requireLabels(y, samples: nSamples, for: "StratifiedKFold")
        var codeOf: [String: Int] = [:]
        let encoded = labels.map { label in
            if let c = codeOf[label] { return c }
            codeOf[label] = codeOf.count
            return codeOf.count - 1
        }
        let classCount = codeOf.count
        var counts = [Int](repeating: 0, count: classCount)
        for c in encoded { counts[c] += 1 }
        guard counts.contains(where: { $0 >= nSplits }) else {
            throw .moreSplitsThanClassMembers(nSplits: nSplits, largestClass: counts.max() ?? 0)
        }
        // allocation[f][c]: members of class c tested in fold f (round-robin over sorted codes).
        var allocation = [[Int]](repeating: [Int](repeating: 0, count: classCount), count: nSplits)
        var position = 0
        for c in 0..<classCount {
            for _ in 0..<counts[c] { allocation[position % nSplits][c] += 1; position += 1 }
        }
        var rng = generator()
        var testFold = [Int](repeating: 0, count: nSamples)
        for c in 0..<classCount {
            var folds = (0..<nSplits).flatMap { f in Array(repeating: f, count: allocation[f][c]) }
            if shuffle { rng.shuffle(&folds) }
            var next = 0
            for i in 0..<nSamples where encoded[i] == c { testFold[i] = folds[next]; next += 1 }
        }
        return splits(testFold: testFold, folds: nSplits)
    }
}
