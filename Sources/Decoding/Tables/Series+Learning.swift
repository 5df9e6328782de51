/// Columns usable as class labels, so tutorials pass a table column or a prediction array
/// straight to the estimators, as scikit-learn accepts a pandas Series or an ndarray.
public protocol ClassLabelColumn {
    /// The labels as text; numbers are written in decimal.
    var classLabelStrings: [String] { get }
}

/// Columns usable as cross-validation groups (e.g. the run of each volume).
public protocol GroupColumn {
    /// The group of each sample.
    /// - Precondition: the column holds integers.
    var groupNumbers: [Int] { get }
}

extension Series: ClassLabelColumn, GroupColumn {
    public var classLabelStrings: [String] {
        switch values {
        case .strings(let v): v
        case .ints(let v): v.map(String.init)
        case .doubles(let v): v.map { "\($0)" }
        }
    }

    public var groupNumbers: [Int] { ints.storage }
}

extension NDArray: ClassLabelColumn where Element == String {
    public var classLabelStrings: [String] { storage }
}

extension NDArray: GroupColumn where Element == Int {
    public var groupNumbers: [Int] { storage }
}

extension SVC {
    /// ``fit(_:_:)`` with the labels as a table column (`conditions`) or an array.
    public mutating func fit(_ X: NDArray<Float>, _ y: some ClassLabelColumn) throws(SVCError) {
        try fit(X, y.classLabelStrings)
    }

    /// Mean accuracy on X against labels given as a table column or an array.
    public func score(_ X: NDArray<Float>, _ y: some ClassLabelColumn) throws(SVCError) -> Double {
        try score(X, y.classLabelStrings)
    }
}

/// ``crossValScore(_:_:_:cv:groups:jobs:)`` with labels and groups as table columns (`conditions`, `runs`) or arrays.
public func crossValScore(
    _ estimator: SVC, _ X: NDArray<Float>, _ y: some ClassLabelColumn, cv: (any CrossValidator)? = nil,
    groups: (some GroupColumn)? = nil as [Int]?, jobs: Int = 1
) throws(CrossValidationError) -> NDArray<Double> {
    try crossValScore(estimator, X, y.classLabelStrings, cv: cv, groups: groups?.groupNumbers, jobs: jobs)
}

extension Array: GroupColumn where Element == Int {
    public var groupNumbers: [Int] { self }
}

extension CrossValidator {
    /// The folds of the rows of X, with labels and groups given as table columns or arrays.
    public func split(
        _ X: NDArray<Float>, _ y: some ClassLabelColumn, groups: (some GroupColumn)? = nil as [Int]?
    ) throws(CrossValidationError) -> [TrainTestSplit] {
        try split(nSamples: X.count, y: y.classLabelStrings, groups: groups?.groupNumbers)
    }

    /// The folds of the rows of X grouped by `groups` (e.g. `LeaveOneGroupOut`).
    public func split(_ X: NDArray<Float>, groups: some GroupColumn) throws(CrossValidationError) -> [TrainTestSplit] {
        try split(nSamples: X.count, y: nil, groups: groups.groupNumbers)
    }
}

/// ``accuracyScore(_:_:)`` of table columns or prediction arrays.
public func accuracyScore(_ yTrue: some ClassLabelColumn, _ yPred: some ClassLabelColumn) -> Double {
    accuracyScore(yTrue.classLabelStrings, yPred.classLabelStrings)
}

/// ``confusionMatrix(_:_:labels:)`` of table columns or prediction arrays.
public func confusionMatrix(
    _ yTrue: some ClassLabelColumn, _ yPred: some ClassLabelColumn, labels: [String]? = nil
) -> NDArray<Int> {
    confusionMatrix(yTrue.classLabelStrings, yPred.classLabelStrings, labels: labels)
}

extension Array: ClassLabelColumn where Element == String {
    public var classLabelStrings: [String] { self }
}
