/// nilearn's `Decoder` (nilearn 0.14): a whole decoding analysis in one estimator — masking
/// (with optional smoothing and standardization), ANOVA screening of the voxels, a linear
/// classifier chosen by name with a small parameter grid tried on every fold, one-vs-rest
/// beyond two classes, and the fold models averaged into the final one ("CV bagging").
///
///     var decoder = Decoder(estimator: "svc", mask: haxby.mask, cv: LeaveOneGroupOut(),
///                           screeningPercentile: nil, screeningNFeatures: 500, scoring: .accuracy)
///     try decoder.fit(funcImg, conditions, groups: runs)
///     print(try decoder.cvScores["face"]!)      // one score per fold
///     let weights = try decoder.coefImg["face"]!  // a weight map per class
///
/// Semantics follow nilearn's, including its quirks: with two classes the single problem
/// predicts `classes[1]` and its weights are stored under `classes[0]` (the other class gets
/// their negation), every class of a binary problem gets the same fold scores, and the
/// parameter kept on a fold is the last of the best-scoring ones.
public struct Decoder: Sendable, CustomStringConvertible {
    /// The classifier, by nilearn's name (`"svc"`, `"svc_l1"`, `"logistic_l2"`, …).
    public var estimator: Estimator
    /// The mask: a path or image (the decoder's own masker is built around it) or a
    /// `NiftiMasker`, whose parameters then override the decoder's (`standardize`), as nilearn's.
    /// nil computes one from the images given to `fit`, as nilearn's default
    /// `mask_strategy='background'` does (``computeBackgroundMask(_:borderSize:)``).
    public var mask: (any DecoderMask)?
    /// The folds: a number of stratified folds (nilearn's default 10, or leave one group out
    /// when `groups` are given to `fit`), or any splitter.
    public var cv: DecoderCV
    /// Values to try per parameter, replacing nilearn's default grid (nil).
    public var paramGrid: [String: [Double]]?
    /// Percentage of the voxels an ANOVA keeps on each fold, relative to the volume of an
    /// MNI152 brain (so a small mask keeps proportionally more); 100 or nil keeps them all.
    public var screeningPercentile: Double?
    /// Number of voxels the ANOVA keeps, used when `screeningPercentile` is nil.
    public var screeningNFeatures: Int?
    /// How each fold's model is scored (nilearn's `scoring`); `.rocAUC` by default.
    public var scoring: Scoring
    /// Gaussian smoothing (FWHM in mm) of the images before masking, as ``smoothImg(_:fwhm:)``
    /// (only the mask's bounding box is computed). nil or 0: none.
    public var smoothingFwhm: Double?
    /// z-score each voxel's time series (ddof 1), as nilearn's `standardize=True`.
    public var standardize: Bool
    /// Extra parameters of the scikit-learn estimator behind `estimator` (nilearn's
    /// `estimator_args`, e.g. `["fit_intercept": false, "tol": 1e-3]` for `"svc"`), checked by
    /// `fit` against what that estimator accepts. The parameter grid's values take precedence.
    public var estimatorArgs: [String: EstimatorArgument]?
    /// Folds fitted at once; -1 uses every core. Results do not depend on it.
    public var jobs: Int

    var fitted: FittedDecoder?

    /// A decoder with nilearn's defaults: a linear SVC scored by ROC AUC over 10 stratified
    /// folds (leave one group out when `fit` gets groups), 20 % ANOVA screening, z-scored
    /// voxels, a background mask computed from the images. Nothing is checked until `fit`.
    public init(
        estimator: Estimator = .svc,
        mask: (any DecoderMask)? = nil,
        cv: any DecoderCVConvertible = DecoderCV.folds(10),
        paramGrid: [String: [Double]]? = nil,
        screeningPercentile: Double? = 20,
        screeningNFeatures: Int? = nil,
        scoring: Scoring = .rocAUC,
        smoothingFwhm: Double? = nil,
        standardize: Bool = true,
        estimatorArgs: [String: EstimatorArgument]? = nil,
        jobs: Int = 1
    ) {
        self.estimator = estimator
        self.mask = mask
        self.cv = cv.decoderCV
        self.paramGrid = paramGrid
        self.screeningPercentile = screeningPercentile
        self.screeningNFeatures = screeningNFeatures
        self.scoring = scoring
        self.smoothingFwhm = smoothingFwhm
        self.standardize = standardize
        self.estimatorArgs = estimatorArgs
        self.jobs = jobs
    }

    /// Whether `fit` has succeeded.
    public var isFitted: Bool { fitted != nil }
}

extension Decoder: EstimatorParameters {
    /// nilearn's repr (scikit-learn's): the parameters that differ from the defaults.
    public var description: String { estimatorRepr(defaults: Self()) }
    static let estimatorName = "Decoder"
    static var reprParameters: [ReprParameter<Decoder>] {
        [.init("cv") { "\($0.cv)" },
         .init("estimator") { "'\($0.estimator.name)'" },
         .init("estimator_args") { $0.estimatorArgs.map { pythonDict($0) { "\($0)" } } ?? "None" },
         .init("mask") { $0.mask?.decoderMaskDescription ?? "None" },
         .init("n_jobs", \.jobs),
         .init("param_grid") { $0.paramGrid.map { pythonDict($0, value: \.pythonRepr) } ?? "None" },
         .init("scoring", \.scoring),
         .init("screening_n_features", \.screeningNFeatures),
         .init("screening_percentile", \.screeningPercentile),
         .init("smoothing_fwhm", \.smoothingFwhm),
         .init("standardize", \.standardize)]
    }
}

extension Decoder {
    /// The scoring rule of each fold, nilearn's `scoring` names. Every problem the decoder
    /// solves is binary (one-vs-rest beyond two classes), so each rule scores the positive class.
    public enum Scoring: String, Sendable, CaseIterable {
        /// The share of test samples labelled correctly.
        case accuracy
        /// Area under the ROC curve of the decision function (nilearn's default).
        case rocAUC = "roc_auc"
        /// F1 of the positive class (`classes[1]`, or each class against the rest).
        case f1
    }
}
