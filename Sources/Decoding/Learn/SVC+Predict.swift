extension FittedSVCModel {
    /// libsvm's decision values (samples × pairs, row-major): w·x − ρ, positive for the pair's
    /// first class. Computed from the primal weights, which for the linear kernel is the same
    /// value as libsvm's kernel sums up to rounding.
    func libsvmDecision(_ x: UnsafeBufferPointer<Float>, rows n: Int) -> [Double] {
        var values = [Double](repeating: 0, count: n * pairCount)
        weights.withUnsafeBufferPointer { wp in
            for s in 0..<n {
                let row = x.baseAddress! + s * features
                for p in 0..<pairCount {
                    values[s * pairCount + p] = orientation * widenedDot(row, wp.baseAddress! + p * features, count: features) - rho[p]
                }
            }
        }
        return values
    }

    /// libsvm's vote: pair (i, j) votes i when its value is > 0, else j; the most voted class
    /// wins, ties going to the lowest class index.
    func predictedCodes(_ x: UnsafeBufferPointer<Float>, rows n: Int) -> [Int] {
        let values = libsvmDecision(x, rows: n)
        let k = classes.count
        var votes = [Int](repeating: 0, count: k)
        return (0..<n).map { s in
            for c in 0..<k { votes[c] = 0 }
            var p = 0
            for i in 0..<k {
                for j in (i + 1)..<k {
                    if values[s * pairCount + p] > 0 { votes[i] += 1 } else { votes[j] += 1 }
                    p += 1
                }
            }
            var best = 0
            for c in 1..<k where votes[c] > votes[best] { best = c }
            return best
        }
    }

    /// Checks X can be scored by this model.
    func validate(_ X: NDArray<Float>) throws(SVCError) {
        try validateSamples(X)
        guard X.shape[1] == features else { throw .featureCountMismatch(expected: features, got: X.shape[1]) }
    }
}

extension SVC {
    /// The predicted label of every row of X.
    /// - Throws: ``SVCError/notFitted``, or when X is not finite or has another feature count.
    public func predict(_ X: NDArray<Float>) throws(SVCError) -> NDArray<String> {
        let model = try fittedModel()
        try model.validate(X)
        let codes = X.withUnsafeBufferPointer { model.predictedCodes($0, rows: X.shape[0]) }
        return NDArray(codes.map { model.classes[$0] })
    }

    /// scikit-learn's `decision_function`: for two classes shape (samples,), positive meaning
    /// `classes[1]`; for more, (samples, classes) with `.ovr` (votes plus a confidence in
    /// (−⅓, ⅓)), or (samples, pairs) libsvm values with `.ovo`.
    public func decisionFunction(_ X: NDArray<Float>) throws(SVCError) -> NDArray<Double> {
        let model = try fittedModel()
        try model.validate(X)
        let n = X.shape[0], pairs = model.pairCount, k = model.classes.count
        let values = X.withUnsafeBufferPointer { model.libsvmDecision($0, rows: n) }
        if k == 2 { return NDArray(values.map { -$0 }) }
        if decisionFunctionShape == .ovo { return NDArray(shape: [n, pairs], storage: values) }
        var out = [Double](repeating: 0, count: n * k)
        var confidence = [Double](repeating: 0, count: k)
        for s in 0..<n {
            for c in 0..<k { confidence[c] = 0 }
            var p = 0
            for i in 0..<k {
                for j in (i + 1)..<k {
                    let v = values[s * pairs + p]
                    confidence[i] += v
                    confidence[j] -= v
                    out[s * k + (v < 0 ? j : i)] += 1
                    p += 1
                }
            }
            for c in 0..<k { out[s * k + c] += confidence[c] / (3 * (abs(confidence[c]) + 1)) }
        }
        return NDArray(shape: [n, k], storage: out)
    }

    /// Mean accuracy of ``predict(_:)`` on X against y.
    public func score(_ X: NDArray<Float>, _ y: [String]) throws(SVCError) -> Double {
        guard X.ndim != 2 || X.shape[0] == y.count else { throw .sampleCountMismatch(rows: X.shape[0], labels: y.count) }
        let prediction = try predict(X)
        return accuracyScore(y, prediction.storage)
    }
}
