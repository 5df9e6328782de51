/// Keeps the features whose scores are in the highest `percentile` percent: scikit-learn's
/// `SelectPercentile`, the ANOVA screening of nilearn's `Decoder`.
///
///     var anova = SelectPercentile(percentile: 5)
///     try anova.fit(x, y)
///     let reduced = try anova.transform(x)
///
/// The threshold is numpy's linear-interpolated percentile of the scores; features scoring above
/// it are kept, then tied features at the threshold in index order up to ⌊features × percentile
/// / 100⌋ in all — scikit-learn's tie-breaking, so the same columns are kept. NaN scores rank
/// lowest.
public struct SelectPercentile: FeatureSelector, CustomStringConvertible {
    /// How features are scored (default ``ScoreFunction/fClassif``, the ANOVA F-value).
    public var scoreFunc: ScoreFunction
    /// Percent of features to keep, in [0, 100]; fractional values are allowed.
    public var percentile: Double

    var fitted: UnivariateFit?
    static let estimatorName = "SelectPercentile"

    /// scikit-learn's defaults; parameters are checked by ``fit(_:_:)``.
    public init(scoreFunc: ScoreFunction = .fClassif, percentile: Double = 10) {
        self.scoreFunc = scoreFunc
        self.percentile = percentile
    }

    /// Checks `percentile` and returns scikit-learn's `_get_support_mask` rule.
    func supportRule() throws(FeatureSelectionError) -> ([Double]) -> [Bool] {
        guard percentile >= 0, percentile <= 100 else {
            throw .invalidParameter(estimator: Self.estimatorName, name: "percentile", value: pythonFloat(percentile),
                                    requirement: "a float in the range [0, 100]")
        }
        let percentile = self.percentile
        return { Self.supportMask($0, percentile: percentile) }
    }

    /// scikit-learn's `_get_support_mask` on NaN-cleaned scores.
    static func supportMask(_ scores: [Double], percentile: Double) -> [Bool] {
        if percentile == 100 { return [Bool](repeating: true, count: scores.count) }
        if percentile == 0 { return [Bool](repeating: false, count: scores.count) }
        let threshold = numpyPercentile(scores, 100 - percentile)
        var mask = scores.map { $0 > threshold }
        let ties = scores.indices.filter { scores[$0] == threshold }
        if !ties.isEmpty {
            let maxFeatures = Int(Double(scores.count) * percentile / 100)
            let room = maxFeatures - mask.lazy.filter { $0 }.count
            // Python's ties[:room]: a negative stop counts from the end.
            let kept = room >= 0 ? ties.prefix(room) : ties.dropLast(min(-room, ties.count))
            for i in kept { mask[i] = true }
        }
        return mask
    }
}

extension SelectPercentile: EstimatorParameters {
    /// scikit-learn's repr: `SelectPercentile(percentile=5)`; parameters at their default are omitted.
    public var description: String { estimatorRepr(defaults: Self()) }
    static var reprParameters: [ReprParameter<SelectPercentile>] {
        [.init("percentile") { $0.percentile == $0.percentile.rounded() ? String(Int($0.percentile)) : pythonFloat($0.percentile) },
         .init("score_func") { $0.scoreFunc.name }]
    }
}
