extension Decoder {
    /// Masks `imgs` (one volume per sample), then for every class problem and every fold
    /// screens the training voxels, fits the grid and keeps the best model on the test fold;
    /// the kept models are averaged per class.
    ///
    /// - Parameters:
    ///   - y: one label per volume; more than two classes are decoded one-vs-rest.
    ///   - groups: the group of each volume (e.g. its run), for group-aware splitters; with
    ///     `cv` a number, giving groups switches to leave one group out, as in nilearn.
    /// - Throws: ``DecoderError`` for an unknown estimator, an unusable or empty mask, mismatched sizes, a
    ///   single class, bad screening settings, or a fold whose model fails (naming it).
    public mutating func fit(
        _ imgs: some NiftiImageSource, _ y: some ClassLabelColumn, groups: (some GroupColumn)? = nil as [Int]?
    ) throws {
        fitted = nil
        let kind = try estimator.kind()
        let arguments = try EstimatorArguments(estimatorArgs, kind: kind, estimator: estimator.name)
        var masker: EmbeddedMasker
        let xFloat: NDArray<Float>
        do {
            // No mask: nilearn's default `mask_strategy='background'`, computed from the raw images.
            let source: any DecoderMask = try mask ?? computeBackgroundMask(imgs)
            masker = source.embeddedMasker(standardize: standardize, smoothingFwhm: smoothingFwhm)
            xFloat = try masker.fitTransform(imgs)
        } catch { throw DecoderError.masking(error) }
        let labels = y.classLabelStrings
        let groupNumbers = groups?.groupNumbers
        guard labels.count == xFloat.shape[0] else {
            throw DecoderError.sampleCountMismatch(images: xFloat.shape[0], labels: labels.count)
        }
        if let g = groupNumbers, g.count != labels.count {
            throw DecoderError.groupCountMismatch(groups: g.count, samples: labels.count)
        }
        let splitter = try cv.resolve(groups: groupNumbers).splitter
        let folds: [TrainTestSplit]
        do { folds = try splitter.split(nSamples: labels.count, y: labels, groups: groupNumbers) } catch {
            throw DecoderError.crossValidation(error)
        }
        let classes = Array(Set(labels)).sorted()
        guard classes.count >= 2 else { throw DecoderError.tooFewClasses(labels: classes) }
        // LabelBinarizer(pos_label=1, neg_label=-1): one problem for two classes.
        let positives = classes.count == 2 ? [classes[1]] : classes
        let problems = positives.map { positive in labels.map { $0 == positive ? "1" : "-1" } }

        guard let binaryMask = masker.masker.mask else { throw DecoderError.masking(MaskerError.notFitted) }
        let screening = try FeatureScreening.resolve(
            percentile: screeningPercentile, nFeatures: screeningNFeatures, mask: binaryMask)
        let percentile = FeatureScreening.reportedPercentile(screening, requested: screeningPercentile)
        if Int(Double(xFloat.shape[1]) * percentile * 100 / 10000) == 0 { throw DecoderError.noFeatureLeft }

        let plan = FoldPlan(kind: kind, paramGrid: paramGrid, screening: screening, scoring: scoring, arguments: arguments)
        let outcomes = try plan.runAll(x: xFloat, problems: problems, positives: positives, folds: folds, jobs: jobs)
        fitted = try FittedDecoder.aggregate(
            outcomes, classes: classes, masker: masker, folds: folds, kind: kind, scoring: scoring,
            screeningPercentile: percentile)
    }

    /// `fit` with boolean targets (e.g. `labels.map { $0 == "face" }`): the classes are
    /// "False" and "True", as numpy sorts and prints booleans.
    public mutating func fit(
        _ imgs: some NiftiImageSource, _ y: [Bool], groups: (some GroupColumn)? = nil as [Int]?
    ) throws {
        try fit(imgs, y.map { $0 ? "True" : "False" }, groups: groups)
    }
}
