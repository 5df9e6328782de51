extension Decoder {
    /// The averaged model's decision for each volume of `imgs`, masked like the training
    /// images: (samples,) for two classes (positive means `classes[1]`), (samples, classes)
    /// beyond (nilearn's `decision_function`).
    public func decisionFunction(_ imgs: some NiftiImageSource) throws -> NDArray<Double> {
        try decisionFunction(try masked(imgs, for: "decisionFunction"))
    }

    /// `decisionFunction` of already-masked samples (samples × mask voxels).
    public func decisionFunction(_ x: NDArray<Float>) throws -> NDArray<Double> {
        let fitted = try fittedState("decisionFunction")
        guard let coef = fitted.coef, let intercept = fitted.intercept else {
            throw DecoderError.unsupported("the dummy classifier has no decision function (nor has nilearn's): use predict, or scoring .accuracy or .f1")
        }
        let width = coef.shape[1], rows = coef.shape[0], n = x.shape[0]
        try requireFeatures(width, in: x)
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
    /// two classes, the class of highest decision beyond. The dummy classifier, which has no
    /// decision, draws each label from its averaged training priors as nilearn does
    /// (`default_rng(0).multinomial(1, priors)`), so the same call gives the same labels.
    public func predict(_ imgs: some NiftiImageSource) throws -> NDArray<String> {
        try predict(try masked(imgs, for: "predict"))
    }

    /// `predict` of already-masked samples (samples × mask voxels).
    public func predict(_ x: NDArray<Float>) throws -> NDArray<String> {
        let fitted = try fittedState("predict")
        guard let priors = fitted.dummyOutput else { return try labels(for: try decisionFunction(x)) }
        try requireFeatures(fitted.masker.masker.mask?.voxelCount ?? 0, in: x)
        return NDArray(dummyLabels(count: x.shape[0], priors: priors, classes: fitted.classes))
    }

    /// nilearn's `_predict_dummy` then `predict`: one multinomial draw per sample from
    /// `default_rng(0)` over the binary problem's (negative, positive) priors, or over each
    /// class's positive prior beyond two classes; the drawn category's class is the label.
    private func dummyLabels(count: Int, priors: NDArray<Double>, classes: [String]) -> [String] {
        let (rows, columns) = (priors.shape[0], priors.shape[1])
        let p = rows == 1 ? Array(priors.storage[0..<columns]) : (0..<rows).map { priors.storage[$0 * columns + 1] }
        var rng = Generator(seed: 0)
        return (0..<count).map { _ in
            let draw = rng.multinomial(1, p)
            return classes[draw.firstIndex(of: draw.max()!)!]
        }
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
            if scoring == .f1 {
                // scikit-learn's f1 scorer calls predict, which the dummy classifier has too.
                let predicted = try predict(imgs).storage
                guard predicted.count == truth.count else {
                    throw DecoderError.sampleCountMismatch(images: predicted.count, labels: truth.count)
                }
                return f1Score(truth, predicted, positiveLabel: classes[1])
            }
            let decision = try decisionFunction(imgs).storage
            guard decision.count == truth.count else {
                throw DecoderError.sampleCountMismatch(images: decision.count, labels: truth.count)
            }
            return rocAUCScore(truth, decision, positiveLabel: classes[1])
        }
    }

    /// `imgs` masked as the training images were (the fitted masker); `method` names the call
    /// in the not-fitted error.
    private func masked(_ imgs: some NiftiImageSource, for method: String) throws -> NDArray<Float> {
        let fitted = try fittedState(method)
        do { return try fitted.masker.transform(imgs) } catch { throw DecoderError.masking(error) }
    }

    /// Throws unless `x` is 2-D with `width` features a sample.
    private func requireFeatures(_ width: Int, in x: NDArray<Float>) throws {
        guard x.ndim == 2, x.shape[1] == width else {
            throw DecoderError.featureCountMismatch(expected: width, got: x.ndim == 2 ? x.shape[1] : 0)
        }
    }
}
