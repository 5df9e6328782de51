/// Why folds could not be made or scored; the text names the numbers at fault.
public enum CrossValidationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A k-fold splitter asked for fewer than 2 folds, or a shuffle splitter for none.
    case tooFewSplits(nSplits: Int)
    /// More folds than samples.
    case moreSplitsThanSamples(nSplits: Int, nSamples: Int)
    /// StratifiedKFold: every class has fewer members than there are splits.
    case moreSplitsThanClassMembers(nSplits: Int, largestClass: Int)
    /// GroupKFold: more folds than distinct groups.
    case moreSplitsThanGroups(nSplits: Int, nGroups: Int)
    /// LeaveOneGroupOut: fewer than two distinct groups (those found).
    case tooFewGroups(groups: [Int])
    /// A group splitter was given no `groups`.
    case groupsRequired(splitter: String)
    /// `groups` does not have one entry per sample.
    case groupCountMismatch(groups: Int, samples: Int)
    /// A stratified splitter was given no `y`.
    case labelsRequired(splitter: String)
    /// `y` does not have one label per sample.
    case labelCountMismatch(labels: Int, samples: Int)
    /// A random state was given to a splitter that does not shuffle.
    case randomStateWithoutShuffle(splitter: String)
    /// Fold `fold` (0-based) trains on samples of one class only.
    case trainingFoldHasOneClass(fold: Int, label: String)
    /// A train or test size that is not a fraction in (0, 1) or a count in (0, samples).
    case invalidSplitSize(size: String, samples: Int)
    /// The train and test sizes together exceed the samples.
    case splitSizesExceedSamples(train: Int, test: Int, samples: Int)
    /// StratifiedShuffleSplit: a class with a single member cannot be in both sets.
    case classTooSmallToSplit(label: String)
    /// StratifiedShuffleSplit: the train or test set (`set`) is smaller than the number of classes.
    case splitSmallerThanClassCount(set: String, size: Int, classes: Int)
    /// The estimator refused the data (X or y at fault).
    case estimator(SVCError)
    /// A classifier other than ``SVC`` refused the data or failed.
    case classifier(ClassifierError)

    /// scikit-learn's wording of the same error, with the split count, class sizes or groups at fault.
    public var description: String {
        switch self {
        case .tooFewSplits(let n):
            "k-fold cross-validation requires at least one train/test split by setting n_splits=2 or more, got n_splits=\(n)."
        case .moreSplitsThanSamples(let k, let n):
            Self.splitsExceed(k, "samples: n_samples=\(n)")
        case .moreSplitsThanClassMembers(let k, let largest):
            "n_splits=\(k) cannot be greater than the number of members in each class (the largest class has \(largest))."
        case .moreSplitsThanGroups(let k, let g):
            Self.splitsExceed(k, "groups: \(g)")
        case .tooFewGroups(let groups):
            "The groups parameter contains fewer than 2 unique groups (\(groups)). LeaveOneGroupOut expects at least 2."
        case .groupsRequired(let name):
            Self.required("groups", by: name, because: "splits by group")
        case .groupCountMismatch(let g, let n):
            EstimatorMessage.inconsistentSamples("groups has \(g) entries", "X has \(n) rows")
        case .labelsRequired(let name):
            Self.required("y", by: name, because: "stratifies by label")
        case .labelCountMismatch(let l, let n):
            EstimatorMessage.inconsistentSamples("y has \(l) labels", "X has \(n) rows")
        case .randomStateWithoutShuffle(let name):
            "Setting a random_state has no effect since shuffle is False in \(name). You should leave random_state to its default (None), or set shuffle=True."
        case .trainingFoldHasOneClass(let fold, let label):
            "The training samples of fold \(fold) hold a single class ('\(label)'); the classifier needs at least two."
        case .invalidSplitSize(let size, let n):
            "The split size \(size) is invalid for n_samples=\(n): give a fraction in (0, 1) or a count in (0, \(n))."
        case .splitSizesExceedSamples(let train, let test, let n):
            "The sum of train_size (\(train)) and test_size (\(test)) must not exceed the number of samples (\(n))."
        case .classTooSmallToSplit(let label):
            "The least populated class in y ('\(label)') has only 1 member, which is too few. The minimum number of members for any class cannot be less than 2."
        case .splitSmallerThanClassCount(let set, let size, let classes):
            "The \(set)_size = \(size) should be greater or equal to the number of classes = \(classes)."
        case .estimator(let error):
            error.description
        case .classifier(let error):
            error.description
        }
    }

    /// scikit-learn's words for more folds than `what` there is to split.
    private static func splitsExceed(_ nSplits: Int, _ what: String) -> String {
        "Cannot have number of splits n_splits=\(nSplits) greater than the number of \(what)."
    }

    /// scikit-learn's words for a missing `groups` or `y`, and why `splitter` needs it.
    private static func required(_ parameter: String, by splitter: String, because use: String) -> String {
        "The '\(parameter)' parameter should not be None: \(splitter) \(use)."
    }
}
