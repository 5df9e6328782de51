/// A univariate score function for ``SelectPercentile`` and ``SelectKBest``: scikit-learn's
/// `score_func`, one score (and optionally a p-value) per feature, higher meaning more relevant.
public struct ScoreFunction: Sendable, CustomStringConvertible {
    /// One score per feature and, when the function has them, one p-value per feature.
    public typealias Scores = (scores: [Double], pValues: [Double]?)

    /// The name shown in a selector's description (scikit-learn shows the function's name).
    public let name: String
    // The closures get an X whose shape is checked, and whose values are too except for
    // `doubleRows`, which checks them (`validateFeatureMatrix`).
    let single: @Sendable (NDArray<Float>, [String]) throws -> UnivariateScores
    let double: @Sendable (NDArray<Double>, [String]) throws -> UnivariateScores
    /// Scores rows of a float32 matrix as their float64 copy (`x[rows: rows]` widened) would
    /// score: a decoder's training fold, which nilearn scores in float64.
    let doubleRows: @Sendable (NDArray<Float>, [Int], [String]) throws -> UnivariateScores

    /// A score function on float64 data; float32 matrices are widened before the call.
    public init(name: String, _ score: @escaping @Sendable (NDArray<Double>, [String]) throws -> Scores) {
        self.name = name
        double = { x, y in UnivariateScores(try score(x, y)) }
        single = { x, y in UnivariateScores(try score(NDArray(shape: x.shape, storage: x.storage.map(Double.init)), y)) }
        doubleRows = { x, rows, y in
            try validateFeatureMatrix(x, rows: rows, labels: nil)
            let picked = x[rows: rows]
            return UnivariateScores(try score(NDArray(shape: picked.shape, storage: picked.storage.map(Double.init)), y))
        }
    }

    init(name: String, single: @escaping @Sendable (NDArray<Float>, [String]) throws -> UnivariateScores,
         double: @escaping @Sendable (NDArray<Double>, [String]) throws -> UnivariateScores,
         doubleRows: @escaping @Sendable (NDArray<Float>, [Int], [String]) throws -> UnivariateScores) {
        self.name = name
        self.single = single
        self.double = double
        self.doubleRows = doubleRows
    }

    /// The ANOVA F-test (``fClassif(_:_:)-(NDArray<Float>,_)``), scikit-learn's default; its
    /// p-values are computed only when read. (`UnivariateFit` has checked X already.)
    public static let fClassif = ScoreFunction(
        name: "f_classif",
        single: { x, y in UnivariateScores(try anovaF(x, rows: nil, labels: y, in: Float.self)) },
        double: { x, y in UnivariateScores(try anovaF(x, rows: nil, labels: y, in: Double.self)) },
        doubleRows: { x, rows, y in
            UnivariateScores(try anovaF(x, rows: rows, labels: y, in: Double.self, checkingValues: true))
        })

    /// scikit-learn's function name (`f_classif`), as a selector's repr shows it.
    public var description: String { name }
}

/// What a score function gives: the scores, and the p-values or how to work them out.
struct UnivariateScores: Sendable {
    enum PValues: Sendable {
        case none
        case values([Double])
        /// The F distribution's survival function of each score.
        case fSurvival(dfn: Double, dfd: Double)

        /// The p-values of `scores`, computed now when they were left to be computed.
        func resolved(scores: [Double]) -> [Double]? {
            switch self {
            case .none: nil
            case .values(let p): p
            case .fSurvival(let dfn, let dfd): AnovaF(f: scores, dfBetween: dfn, dfWithin: dfd).pValues
            }
        }
    }

    var scores: [Double]
    var pValues: PValues

    init(_ result: ScoreFunction.Scores) {
        scores = result.scores
        pValues = result.pValues.map { .values($0) } ?? .none
    }

    init(_ anova: AnovaF) {
        scores = anova.f
        pValues = .fSurvival(dfn: anova.dfBetween, dfd: anova.dfWithin)
    }
}
