/// What one (problem, fold) pair of a `Decoder` fit leaves: nilearn's `_parallel_fit` result.
struct FoldOutcome: Sendable {
    var problem: Int
    /// The kept model's weights over every mask voxel (zero where screening dropped the
    /// voxel); nil for the dummy classifier.
    var coef: [Double]?
    var intercept: Double?
    var params: GridPoint
    var score: Double
    /// The dummy classifier's `class_prior_`.
    var dummyOutput: [Double]?
}

/// One fitted grid point, scored on the test fold.
struct Candidate {
    var score: Double
    var coef: [Double]?
    var intercept: Double?
    var dummyOutput: [Double]?
    /// What a model with built-in search chose (`best_C`, `best_alpha`).
    var chosen: GridPoint = [:]
}

/// The settings every fold shares.
struct FoldPlan: Sendable {
    var kind: EstimatorKind
    var paramGrid: [String: [Double]]?
    var screening: FeatureScreening?
    var scoring: Decoder.Scoring
    var arguments: EstimatorArguments

    /// nilearn's `_parallel_fit`: screen the training fold (when it has more than 100
    /// features), fit every grid point, keep the last best-scoring one (`score >= best`), and
    /// map its weights back to all features.
    /// `x` is the masker's float32 matrix. nilearn screens each fold in float64; the selector
    /// scores the fold's rows of `x` as their float64 copy would score (the same doubles), and
    /// the classifiers get the kept columns of the fold's rows in float32, as they did when
    /// the float64 copy was narrowed again — so no copy of the fold's whole rows is made.
    /// `shared` is what the fold's problems share on its unscreened training rows (`runAll`).
    func run(
        x: NDArray<Float>, y: [String], train: [Int], test: [Int], problem: Int, shared: SharedFold? = nil
    ) throws -> FoldOutcome {
        let yTrain = train.map { y[$0] }, yTest = test.map { y[$0] }
        var selector: (any UnivariateFilter)?
        if let screening, x.shape[1] > FeatureScreening.minFeaturesForScreening {
            var s = screening.selector()
            try s.fit(rows: train, of: x, yTrain)
            selector = s
        }
        let kept = try selector?.getSupportIndices()
        let xTrain = x[rows: train, columns: kept], xTest = x[rows: test, columns: kept]
        let points = try kind.grid(paramGrid, x: xTrain, y: yTrain)
        var best: (candidate: Candidate, params: GridPoint)?
        for params in points {
            let candidate = try kind.fitCandidate(params, arguments: arguments, xTrain: xTrain, yTrain: yTrain,
                                                  xTest: xTest, yTest: yTest, scoring: scoring,
                                                  shared: kept == nil ? shared : nil)
            if best == nil || candidate.score >= best!.candidate.score {
                best = (candidate, params.merging(candidate.chosen) { _, chosen in chosen })
            }
        }
        guard let best else { throw DecoderError.unsupported("empty parameter grid") }
        var coef = best.candidate.coef
        if let c = coef, let selector {
            coef = try selector.inverseTransform(NDArray(shape: [1, c.count], storage: c)).storage
        }
        return FoldOutcome(problem: problem, coef: coef, intercept: best.candidate.intercept, params: best.params,
                           score: best.candidate.score, dummyOutput: best.candidate.dummyOutput)
    }
}

extension Decoder.Scoring {
    /// The fold score of a classifier on its test fold, labels "-1"/"1" as nilearn's
    /// `LabelBinarizer(neg_label=-1)` gives them.
    func score(predicted: () throws -> [String], decision: () throws -> [Double], yTest: [String]) rethrows -> Double {
        switch self {
        case .accuracy: accuracyScore(yTest, try predicted())
        case .f1: f1Score(yTest, try predicted(), positiveLabel: "1")
        case .rocAUC: rocAUCScore(yTest, try decision(), positiveLabel: "1")
        }
    }
}
