/// One fold per group — e.g. per fMRI run — tested on that group and trained on the others,
/// groups in ascending order (scikit-learn's `LeaveOneGroupOut`).
public struct LeaveOneGroupOut: CrossValidator {
    /// The splitter; it has no parameters.
    public init() {}

    /// scikit-learn's repr.
    public var description: String { "LeaveOneGroupOut()" }

    /// One fold per distinct value of `groups` (required, one per sample), in ascending order;
    /// `y` is ignored.
    /// - Throws: ``CrossValidationError`` for missing or mismatched `groups`, or fewer than two groups.
    public func split(nSamples: Int, y: [String]? = nil, groups: [Int]?) throws(CrossValidationError) -> [TrainTestSplit] {
        let groups = try requireGroups(groups, samples: nSamples, for: "LeaveOneGroupOut")
        let unique = Array(Set(groups)).sorted()
        guard unique.count >= 2 else { throw .tooFewGroups(groups: unique) }
        let foldOf = Dictionary(uniqueKeysWithValues: unique.enumerated().map { ($1, $0) })
        return splits(testFold: groups.map { foldOf[$0]! }, folds: unique.count)
    }
}
