/// A univariate score function for ``SelectPercentile`` and ``SelectKBest``: scikit-learn's
/// `score_func`, one score (and optionally a p-value) per feature, higher meaning more relevant.
public struct ScoreFunction: Sendable, CustomStringConvertible {
    /// One score per feature and, when the function has them, one p-value per feature.
    public typealias Scores = (scores: [Double], pValues: [Double]?)

    /// The name shown in a selector's description (scikit-learn shows the function's name).
    public let name: String
    let single: @Sendable (NDArray<Float>, [String]) throws -> Scores
    let double: @Sendable (NDArray<Double>, [String]) throws -> Scores

    /// A score function on float64 data; float32 matrices are widened before the call.
    public init(name: String, _ score: @escaping @Sendable (NDArray<Double>, [String]) throws -> Scores) {
        self.name = name
        double = score
        single = { x, y in try score(NDArray(shape: x.shape, storage: x.storage.map(Double.init)), y) }
    }

    init(name: String, single: @escaping @Sendable (NDArray<Float>, [String]) throws -> Scores,
         double: @escaping @Sendable (NDArray<Double>, [String]) throws -> Scores) {
        self.name = name
        self.single = single
        self.double = double
    }

    /// The ANOVA F-test (``fClassif(_:_:)-(NDArray<Float>,_)``), scikit-learn's default.
    public static let fClassif = ScoreFunction(
        name: "f_classif",
        single: { x, y in let r = try anovaF(x, y); return (r.f, r.p) },
        double: { x, y in let r = try anovaF(x, y); return (r.f, r.p) })

    /// scikit-learn's function name (`f_classif`), as a selector's repr shows it.
    public var description: String { name }
}
