/// What a univariate filter learns in `fit` — the scores and p-values of every feature and the
/// features kept — and what `transform` and `inverseTransform` do with it. ``SelectPercentile``
/// and ``SelectKBest`` differ only in how they turn scores into a support mask.
struct UnivariateFit: Sendable {
    let scores: [Double]
    let pValueSource: UnivariateScores.PValues
    let support: [Bool]
    /// Indices of the kept features, increasing.
    let selected: [Int]

    init(estimator: String, scoreFunc: ScoreFunction, scores result: UnivariateScores, features: Int,
         support mask: ([Double]) -> [Bool]) throws(FeatureSelectionError) {
        guard result.scores.count == features else { throw .scoreCountMismatch(expected: features, got: result.scores.count) }
        if case .values(let p) = result.pValues, p.count != features {
            throw .scoreCountMismatch(expected: features, got: p.count)
        }
        scores = result.scores
        pValueSource = result.pValues
        let support = mask(Self.cleanNaNs(result.scores))
        self.support = support
        selected = support.indices.filter { support[$0] }
    }

    /// Computes the scores of (X, y) and the support.
    static func fit<T: BinaryFloatingPoint>(
        estimator: String, scoreFunc: ScoreFunction, _ x: NDArray<T>, _ y: [String],
        support: ([Double]) -> [Bool]
    ) throws -> UnivariateFit {
        try validateFeatureMatrix(x, labels: y.count)
        let result: UnivariateScores
        if let x = x as? NDArray<Float> {
            result = try scoreFunc.single(x, y)
        } else if let x = x as? NDArray<Double> {
            result = try scoreFunc.double(x, y)
        } else {
            var values = [Double]()
            values.reserveCapacity(x.size)
            for v in x.storage { values.append(Double(v)) }
            result = try scoreFunc.double(NDArray(shape: x.shape, storage: values), y)
        }
        return try UnivariateFit(estimator: estimator, scoreFunc: scoreFunc, scores: result,
                                 features: x.shape[1], support: support)
    }

    /// Rows `rows` of a float32 matrix scored as their float64 copy would be, without the copy.
    static func fit(
        estimator: String, scoreFunc: ScoreFunction, rows: [Int], of x: NDArray<Float>, _ y: [String],
        support: ([Double]) -> [Bool]
    ) throws -> UnivariateFit {
        try validateFeatureMatrix(x, rows: rows, labels: y.count, finiteness: false)  // doubleRows checks the values
        return try UnivariateFit(estimator: estimator, scoreFunc: scoreFunc, scores: scoreFunc.doubleRows(x, rows, y),
                                 features: x.shape[1], support: support)
    }

    /// The p-value of each feature (`pvalues_`), worked out now when the score function left
    /// them to be; nil when it gives none.
    var pValues: [Double]? { pValueSource.resolved(scores: scores) }

    /// scikit-learn's `_clean_nans`: NaN scores become the lowest finite double, so that
    /// they sort first and are kept last.
    static func cleanNaNs(_ scores: [Double]) -> [Double] {
        scores.map { $0.isNaN ? -Double.greatestFiniteMagnitude : $0 }
    }

    /// X reduced to the kept columns (scikit-learn's `transform`); (samples, 0) when none are kept.
    func transform<T>(_ x: NDArray<T>, estimator: String) throws(FeatureSelectionError) -> NDArray<T> {
        guard x.ndim == 2 else { throw .notTwoDimensional(shape: x.shape) }
        guard x.shape[1] == support.count else {
            throw .featureCountMismatch(estimator: estimator, expected: support.count, got: x.shape[1])
        }
        return x[columns: selected]
    }

    /// Values of the kept features put back in place, zeros elsewhere: (samples, features) from
    /// (samples, kept), or (features,) from (kept,) — how a decoder maps its weights back.
    func inverseTransform<T: Numeric>(_ x: NDArray<T>, estimator: String) throws(FeatureSelectionError) -> NDArray<T> {
        guard x.ndim == 1 || x.ndim == 2 else { throw .notTwoDimensional(shape: x.shape) }
        let kept = x.shape[x.ndim - 1]
        guard kept == selected.count else {
            throw .featureCountMismatch(estimator: estimator, expected: selected.count, got: kept)
        }
        let rows = x.ndim == 2 ? x.shape[0] : 1, features = support.count
        var out = [T](repeating: 0, count: rows * features)
        for r in 0..<rows {
            for (c, j) in selected.enumerated() { out[r * features + j] = x.storage[r * kept + c] }
        }
        return NDArray(shape: x.ndim == 2 ? [rows, features] : [features], storage: out)
    }
}
