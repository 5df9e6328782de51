/// A fitted-then-applied column filter over (samples × features) matrices, scikit-learn's
/// `SelectorMixin`: what a decoder's screening step needs, whichever selector it was given.
///
/// `fit` learns which features to keep; the attributes and `transform` throw
/// ``FeatureSelectionError/notFitted(estimator:)`` before it.
public protocol FeatureSelector: Sendable {
    /// Scores every feature of `x` (samples × features) against one label per sample and keeps the best.
    /// - Throws: ``FeatureSelectionError`` for mismatched sizes, one class, or bad parameters.
    mutating func fit(_ x: NDArray<Float>, _ y: some ClassLabelColumn) throws
    /// ``fit(_:_:)`` for float64 data, scored in float64 as scikit-learn does.
    mutating func fit(_ x: NDArray<Double>, _ y: some ClassLabelColumn) throws
    /// Whether `fit` has succeeded on this value.
    var isFitted: Bool { get }
    /// The score of each feature (`scores_`).
    var scores: NDArray<Double> { get throws }
    /// The p-value of each feature (`pvalues_`), nil when the score function gives none.
    var pValues: NDArray<Double>? { get throws }
    /// Per feature, whether it is kept (`get_support()`).
    func getSupport() throws -> [Bool]
    /// The indices of the kept features, increasing (`get_support(indices=True)`).
    func getSupportIndices() throws -> [Int]
    /// The kept columns of `x`, in their order; `x` must have the fitted number of features.
    func transform(_ x: NDArray<Float>) throws -> NDArray<Float>
    /// ``transform(_:)`` for float64 data.
    func transform(_ x: NDArray<Double>) throws -> NDArray<Double>
    /// Puts reduced rows back at the kept columns of the full width, zeros elsewhere (e.g. to map weights back to voxels).
    func inverseTransform(_ x: NDArray<Float>) throws -> NDArray<Float>
    /// ``inverseTransform(_:)`` for float64 data.
    func inverseTransform(_ x: NDArray<Double>) throws -> NDArray<Double>
}

/// The selectors' shared implementation of the protocol through their fitted state.
protocol UnivariateFilter: FeatureSelector {
    static var estimatorName: String { get }
    var scoreFunc: ScoreFunction { get }
    var fitted: UnivariateFit? { get set }
    /// The parameters checked, and how NaN-cleaned scores become the support mask.
    func supportRule() throws(FeatureSelectionError) -> ([Double]) -> [Bool]
}

extension SelectPercentile: UnivariateFilter {}
extension SelectKBest: UnivariateFilter {}

extension UnivariateFilter {
    public mutating func fit(_ x: NDArray<Float>, _ y: some ClassLabelColumn) throws {
        fitted = try UnivariateFit.fit(estimator: Self.estimatorName, scoreFunc: scoreFunc, x, y.classLabelStrings, support: supportRule())
    }

    public mutating func fit(_ x: NDArray<Double>, _ y: some ClassLabelColumn) throws {
        fitted = try UnivariateFit.fit(estimator: Self.estimatorName, scoreFunc: scoreFunc, x, y.classLabelStrings, support: supportRule())
    }

    /// `fit` on rows `rows` of a float32 matrix as on their float64 copy (a decoder's training
    /// fold, screened in float64 as nilearn's is), without making the copy.
    mutating func fit(rows: [Int], of x: NDArray<Float>, _ y: [String]) throws {
        fitted = try UnivariateFit.fit(estimator: Self.estimatorName, scoreFunc: scoreFunc, rows: rows, of: x, y, support: supportRule())
    }

    func fittedState() throws(FeatureSelectionError) -> UnivariateFit {
        guard let fitted else { throw .notFitted(estimator: Self.estimatorName) }
        return fitted
    }

    public var isFitted: Bool { fitted != nil }
    public var scores: NDArray<Double> { get throws { NDArray(try fittedState().scores) } }
    public var pValues: NDArray<Double>? { get throws { try fittedState().pValues.map { NDArray($0) } } }
    public func getSupport() throws -> [Bool] { try fittedState().support }
    public func getSupportIndices() throws -> [Int] { try fittedState().selected }
    public func transform(_ x: NDArray<Float>) throws -> NDArray<Float> { try fittedState().transform(x, estimator: Self.estimatorName) }
    public func transform(_ x: NDArray<Double>) throws -> NDArray<Double> { try fittedState().transform(x, estimator: Self.estimatorName) }
    public func inverseTransform(_ x: NDArray<Float>) throws -> NDArray<Float> {
        try fittedState().inverseTransform(x, estimator: Self.estimatorName)
    }
    public func inverseTransform(_ x: NDArray<Double>) throws -> NDArray<Double> {
        try fittedState().inverseTransform(x, estimator: Self.estimatorName)
    }
}

extension FeatureSelector {
    /// `fit` then `transform` on the same data.
    public mutating func fitTransform(_ x: NDArray<Float>, _ y: some ClassLabelColumn) throws -> NDArray<Float> {
        try fit(x, y)
        return try transform(x)
    }

    /// `fit` then `transform` on the same float64 data.
    public mutating func fitTransform(_ x: NDArray<Double>, _ y: some ClassLabelColumn) throws -> NDArray<Double> {
        try fit(x, y)
        return try transform(x)
    }
}
