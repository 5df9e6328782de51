extension Decoder {
    /// The averaged model's decision for each volume of `imgs`, masked like the training
    /// images: (samples,) for two classes (positive means `classes[1]`), (samples, classes)
    /// beyond (nilearn's `decision_function`).
    public func decisionFunction(_ imgs: some NiftiImageSource) throws -> NDArray<Double> {
        let fitted = try fittedState("decisionFunction")
        let x: NDArray<Float>
        do { x = try fitted.masker.transform(imgs) } catch { throw DecoderError.masking(error) }
        return try decisionFunction(x)
    }

    /// `decisionFunction` of already-masked samples (samples × mask voxels).
    public func decisionFunction(_ x: NDArray<Float>) throws -> NDArray<Double> {
        let fitted = try fittedState("decisionFunction")
        guard let coef = fitted.coef, let intercept = fitted.intercept else {
            throw DecoderError.unsupported("the dummy classifier has no decision function")
        }
        let width = coef.shape[1], rows = coef.shape[0], n = x.shape[0]
        guard x.ndim == 2, x.shape[1] == width else {
            throw DecoderError.featureCountMismatch(expected: width, got: x.ndim == 2 ? x.shape[1] : 0)
        }
        var out = [Double](repeating: 0, count: n * rows)
        for s in 0..<n {
            for r in 0..<rows {
                var sum = 0.0
                for j in 0..<width { sum += Double(x.storage[s * width + j]) * coef.storage[r * width + j] }
                out[s * rows + r] = sum + intercept[r]
            }
        }
        return rows == 1 ? NDArray(out) : NDArray(shape: [n, rows], storage: out)
    }

    /// The predicted class of each volume: `classes[1]` where the decision is positive for
    /// two classes, the class of highest decision beyond.
    public func predict(_ imgs: some NiftiImageSource) throws -> NDArray<String> {
        try labels(for: try decisionFunction(imgs))
    }

    /// `predict` of already-masked samples.
    public func predict(_ x: NDArray<Float>) throws -> NDArray<String> {
        try labels(for: try decisionFunction(x))
    }

    private func labels(for scores: NDArray<Double>) throws -> NDArray<String> {
        let classes = try self.classes
        if scores.ndim == 1 { return NDArray(scores.storage.map { classes[$0 > 0 ? 1 : 0] }) }
        let k = scores.shape[1]
        return NDArray((0..<scores.shape[0]).map { s in
            var best = 0
            for r in 1..<k where scores.storage[s * k + r] > scores.storage[s * k + best] { best = r }
            return classes[best]
        })
    }

    /// The decoder's `scoring` of its predictions on `imgs` against `y` (nilearn's `score`):
    /// accuracy for any number of classes; ROC AUC and F1 for two, `classes[1]` positive.
    public func score(_ imgs: some NiftiImageSource, _ y: some ClassLabelColumn) throws -> Double {
        let truth = y.classLabelStrings
        let classes = try self.classes
        switch scoring {
        case .accuracy:
            let predicted = try predict(imgs)
            guard predicted.count == truth.count else {
                throw DecoderError.sampleCountMismatch(images: predicted.count, labels: truth.count)
            }
            return accuracyScore(truth, predicted.storage)
        case .rocAUC, .f1:
            guard classes.count == 2 else {
                throw DecoderError.invalidParameter(
                    name: "scoring", value: "'\(scoring.rawValue)'",
                    requirement: "'accuracy' to score \(classes.count) classes ('\(scoring.rawValue)' needs two)")
            }
            let decision = try decisionFunction(imgs).storage
            guard decision.count == truth.count else {
                throw DecoderError.sampleCountMismatch(images: decision.count, labels: truth.count)
            }
            if scoring == .rocAUC { return rocAUCScore(truth, decision, positiveLabel: classes[1]) }
            let predicted = decision.map { classes[$0 > 0 ? 1 : 0] }
            return f1Score(truth, predicted, positiveLabel: classes[1])
        }
    }
}
