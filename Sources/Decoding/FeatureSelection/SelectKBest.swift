/// Keeps the `k` highest-scoring features: scikit-learn's `SelectKBest`, the screening of
/// nilearn's `Decoder` when it is given a number of features.
///
///     var anova = SelectKBest(k: 500)
///     try anova.fit(x, y)
///
/// Ranks with a stable sort as scikit-learn does, so among equal scores the later features are
/// kept; NaN scores rank lowest. `k` larger than the number of features keeps them all
/// (scikit-learn warns and does the same); `k: nil` is scikit-learn's `k='all'`.
public struct SelectKBest: FeatureSelector, CustomStringConvertible {
    /// How features are scored (default ``ScoreFunction/fClassif``, the ANOVA F-value).
    public var scoreFunc: ScoreFunction
    /// Number of features to keep; nil keeps all of them.
    public var k: Int?

    var fitted: UnivariateFit?
    static let estimatorName = "SelectKBest"

    /// scikit-learn's defaults; parameters are checked by ``fit(_:_:)``.
    public init(scoreFunc: ScoreFunction = .fClassif, k: Int? = 10) {
        self.scoreFunc = scoreFunc
        self.k = k
    }

    /// Checks `k` and returns scikit-learn's `_get_support_mask` rule.
    func supportRule() throws(FeatureSelectionError) -> ([Double]) -> [Bool] {
        if let k, k < 0 {
            throw .invalidParameter(estimator: Self.estimatorName, name: "k", value: String(k),
                                    requirement: "'all' (nil) or an int in the range [0, inf)")
        }
        let k = self.k
        return { Self.supportMask($0, k: k) }
    }

    /// scikit-learn's `_get_support_mask`: the last k of a stable ascending argsort of the
    /// (NaN-cleaned) scores — every score above the k-th highest, then, among the scores equal
    /// to it, the highest indices (a stable sort keeps equal scores in index order). Found
    /// from the k-th highest score (``orderStatistic(_:_:)``), without sorting indices.
    static func supportMask(_ scores: [Double], k: Int?) -> [Bool] {
        guard let k, k < scores.count else { return [Bool](repeating: true, count: scores.count) }
        var mask = [Bool](repeating: false, count: scores.count)
        guard k > 0 else { return mask }
        let threshold = orderStatistic(scores, scores.count - k)
        var room = k
        for i in scores.indices where scores[i] > threshold {
            mask[i] = true
            room -= 1
        }
        for i in scores.indices.reversed() where room > 0 && scores[i] == threshold {
            mask[i] = true
            room -= 1
        }
        return mask
    }
}

extension SelectKBest: EstimatorParameters {
    /// scikit-learn's repr: `SelectKBest(k=500)`, `SelectKBest(k='all')`.
    public var description: String { estimatorRepr(defaults: Self()) }
    static var reprParameters: [ReprParameter<SelectKBest>] {
        [.init("k") { $0.k.map(String.init) ?? "'all'" }, .init("score_func") { $0.scoreFunc.name }]
    }
}
