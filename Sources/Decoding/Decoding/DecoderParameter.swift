/// A parameter value a `Decoder` tried or chose on a fold (`cv_params_`): a number (`C`,
/// `best_C`, `best_alpha`) or the list a model with built-in cross-validation searched
/// (`Cs`, `alphas`).
public enum DecoderParameter: Sendable, Equatable, CustomStringConvertible {
    /// One value (`C`, `best_C`, `best_alpha`).
    case number(Double)
    /// The list a model with built-in cross-validation searched (`Cs`, `alphas`).
    case numbers([Double])

    /// The value of a `.number`, nil for a list.
    public var number: Double? { if case .number(let v) = self { v } else { nil } }
    /// The values of a `.numbers`, nil for a single number.
    public var numbers: [Double]? { if case .numbers(let v) = self { v } else { nil } }

    /// As Python prints it: a float, or a numpy array.
    public var description: String {
        switch self {
        case .number(let v): pythonFloat(v)
        case .numbers(let v): "array(\(NDArray(v)))"
        }
    }
}

/// One point of a parameter grid: name → value.
typealias GridPoint = [String: DecoderParameter]

extension EstimatorKind {
    /// nilearn's `_check_param_grid` on a training fold (after screening): its default grid
    /// when none is given, else scikit-learn's `ParameterGrid` over the given values (keys
    /// sorted, the last varying fastest), with a model's built-in search (`Cs`, `alphas`)
    /// receiving the whole list as one value.
    func grid(_ custom: [String: [Double]]?, x: NDArray<Float>, y: [String]) throws -> [GridPoint] {
        guard let custom, !custom.isEmpty else { return try defaultGrid(x: x, y: y) }
        var named = custom
        if case .logisticCV = self, let c = named.removeValue(forKey: "C") { named["Cs"] = c }
        for name in named.keys where !tunable.contains(name) {
            throw DecoderError.unknownParameter(estimator: className, name: name, known: tunable)
        }
        var points: [GridPoint] = [[:]]
        for name in named.keys.sorted() {
            let values = named[name]!
            if name == "Cs" || name == "alphas" {
                points = points.map { var p = $0; p[name] = .numbers(values); return p }
            } else {
                points = points.flatMap { p in values.map { v in var q = p; q[name] = .number(v); return q } }
            }
        }
        return points
    }

    /// nilearn's `_default_param_grid`: C ∈ {2, 20, 200}·c for `LinearSVC`, c being
    /// scikit-learn's `l1_min_c` of the fold for `svc_l1` and 0.5 otherwise;
    /// Cs = geomspace(2e-3, 2e4, 8)·0.5 for logistic regression — nilearn means to scale the
    /// l1 grid by `l1_min_c` too, but reads `estimator.penalty`, which scikit-learn 1.8+'s
    /// `LogisticRegressionCV(l1_ratios=…)` reports as 'deprecated', so nilearn 0.14 uses 0.5
    /// for both penalties, and so does this; alphas = geomspace(1e-3, 1e4, 8) for ridge;
    /// nothing to tune for the dummy classifier.
    func defaultGrid(x: NDArray<Float>, y: [String]) throws -> [GridPoint] {
        switch self {
        case .linearSVC(let l1):
            let c = l1 ? try l1MinC(x, y, loss: .squaredHinge) : 0.5
            return [2.0, 20, 200].map { ["C": .number($0 * c)] }
        case .logisticCV:
            let c = 0.5
            return [["Cs": .numbers(geomspace(2e-3, 2e4, 8).map { $0 * c })]]
        case .ridgeCV:
            return [["alphas": .numbers(geomspace(1e-3, 1e4, 8))]]
        case .dummyStratified:
            return [[:]]
        }
    }
}
