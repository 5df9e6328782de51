/// What `Decoder.fit` learns (nilearn's attributes ending in `_`).
struct FittedDecoder: Sendable {
    var masker: EmbeddedMasker
    var classes: [String]
    var folds: [TrainTestSplit]
    var cvScores: [String: [Double]]
    var cvParams: [String: [String: [DecoderParameter]]]
    /// (1, voxels) for two classes, (classes, voxels) beyond; nil for the dummy classifier.
    var coef: NDArray<Double>?
    var stdCoef: NDArray<Double>?
    var intercept: [Double]?
    var coefImg: [String: NiftiImage]
    var stdCoefImg: [String: NiftiImage]
    var dummyOutput: NDArray<Double>?
    var screeningPercentile: Double
    var estimatorKind: EstimatorKind
    var scoring: Decoder.Scoring
}

extension FittedDecoder {
    /// nilearn's `_fetch_parallel_fit_outputs` and the averaging after it. Outcomes come
    /// problem-major, folds in order. Problem p is stored under `classes[p]`; with two classes
    /// the other class also gets the negated weights and the same scores and parameters.
    static func aggregate(
        _ outcomes: [FoldOutcome], classes: [String], masker: EmbeddedMasker, folds: [TrainTestSplit],
        kind: EstimatorKind, scoring: Decoder.Scoring, screeningPercentile: Double
    ) throws -> FittedDecoder {
        var coefs: [String: [[Double]]] = [:], intercepts: [String: [Double]] = [:]
        var scores: [String: [Double]] = [:], params: [String: [String: [DecoderParameter]]] = [:]
        var dummy: [String: [[Double]]] = [:]
        let binary = classes.count == 2
        for outcome in outcomes {
            let key = classes[outcome.problem]
            scores[key, default: []].append(outcome.score)
            if let c = outcome.coef { coefs[key, default: []].append(c) }
            if let i = outcome.intercept { intercepts[key, default: []].append(i) }
            if let d = outcome.dummyOutput { dummy[key, default: []].append(d) }
            for (name, value) in outcome.params { params[key, default: [:]][name, default: []].append(value) }
            if binary {
                let other = classes[1 - outcome.problem]
                scores[other, default: []].append(outcome.score)
                if let c = outcome.coef { coefs[other, default: []].append(c.map { -$0 }) }
                if let i = outcome.intercept { intercepts[other, default: []].append(-i) }
                if let d = outcome.dummyOutput { dummy[other, default: []].append(d) }
                params[other] = params[key]
            }
        }
        var fitted = FittedDecoder(
            masker: masker, classes: classes, folds: folds, cvScores: scores, cvParams: params, coef: nil,
            stdCoef: nil, intercept: nil, coefImg: [:], stdCoefImg: [:], dummyOutput: nil,
            screeningPercentile: screeningPercentile, estimatorKind: kind, scoring: scoring)
        if kind == .dummyStratified {
            let rows = classes.map { meanRows(dummy[$0] ?? []) }
            let kept = binary ? [rows[0]] : rows
            fitted.dummyOutput = NDArray(shape: [kept.count, kept[0].count], storage: kept.flatMap { $0 })
            return fitted
        }
        let means = classes.map { meanRows(coefs[$0] ?? []) }
        let stds = classes.map { stdRows(coefs[$0] ?? []) }
        let width = means[0].count
        for (k, name) in classes.enumerated() {
            fitted.coefImg[name] = try masker.masker.inverseTransform(NDArray(means[k]))
            fitted.stdCoefImg[name] = try masker.masker.inverseTransform(NDArray(stds[k]))
        }
        let interceptMeans = classes.map { meanRows((intercepts[$0] ?? []).map { [$0] })[0] }
        let kept = binary ? 1 : classes.count
        fitted.coef = NDArray(shape: [kept, width], storage: means.prefix(kept).flatMap { $0 })
        fitted.stdCoef = NDArray(shape: [kept, width], storage: stds.prefix(kept).flatMap { $0 })
        fitted.intercept = Array(interceptMeans.prefix(kept))
        return fitted
    }
}

/// `np.mean(rows, axis=0)`: rows added in order (numpy reduces the outer axis row by row).
func meanRows(_ rows: [[Double]]) -> [Double] {
    guard var sum = rows.first else { return [] }
    for row in rows.dropFirst() { for j in sum.indices { sum[j] += row[j] } }
    let n = Double(rows.count)
    return sum.map { $0 / n }
}

/// `np.std(rows, axis=0)` (ddof 0).
func stdRows(_ rows: [[Double]]) -> [Double] {
    let mean = meanRows(rows)
    return meanRows(rows.map { row in zip(row, mean).map { ($0 - $1) * ($0 - $1) } }).map { $0.squareRoot() }
}
