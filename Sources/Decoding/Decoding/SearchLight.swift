/// nilearn's `SearchLight`: the cross-validated score of a classifier fitted on each small ball
/// of voxels ("sphere") around every voxel of a process mask, mapped back to the brain.
///
///     var searchlight = SearchLight(maskImg: haxby.mask, radius: 5.6, jobs: -1, cv: KFold(nSplits: 4))
///     try searchlight.fit(fmriImg, y)
///     let scores = try searchlight.scoresImg
///
/// The default estimator is nilearn's `"svc"`: scikit-learn's `LinearSVC(penalty='l2',
/// max_iter=10000, random_state=0)`, solved as liblinear solves it (see Sources/CSearchlight),
/// so that scores equal nilearn's. Each sphere's columns are gathered once and shared by all
/// folds; spheres are scored on `jobs` threads with per-thread buffers, and computed on the fly,
/// so memory is the masked data plus a few kilobytes per thread.
public struct SearchLight: Sendable {
    /// The classifier fitted on each sphere.
    public enum Estimator: Sendable {
        /// nilearn's `"svc"` (and `"svc_l2"`): `LinearSVC(penalty: .l2, randomState: 0, maxIter: 10_000)`.
        case svc
        /// nilearn's `"svc_l1"`: `LinearSVC(penalty: .l1, randomState: 0, maxIter: 10_000)`.
        case svcL1
        /// A `LinearSVC` with any parameters (its `randomState` seeds liblinear's random solvers).
        case linearSVC(LinearSVC)

        var linearSVC: LinearSVC {
            switch self {
            case .svc: LinearSVC(penalty: .l2, randomState: 0, maxIter: 10_000)
            case .svcL1: LinearSVC(penalty: .l1, randomState: 0, maxIter: 10_000)
            case let .linearSVC(svc): svc
            }
        }
    }

    /// scikit-learn scorer names; nil scores with the estimator's `score` (accuracy).
    public enum Scoring: String, Sendable {
        /// The share of test samples labelled correctly.
        case accuracy
        /// The mean of the per-class recalls, so unbalanced classes do not inflate it.
        case balancedAccuracy = "balanced_accuracy"
        /// Area under the ROC curve of the decision function (two classes).
        case rocAUC = "roc_auc"
    }

    /// Where the data lives: the voxels spheres are made of (nilearn's `mask_img`); nil takes
    /// every voxel of the image.
    public var maskImg: (any NiftiImageSource)?
    /// The seeds: voxels whose sphere is scored (nilearn's `process_mask_img`); nil is `maskImg`.
    public var processMaskImg: (any NiftiImageSource)?
    /// Radius of the spheres in millimetres, between voxel centres in world space.
    public var radius: Double
    /// The classifier fitted in every sphere (nilearn's `estimator`).
    public var estimator: Estimator
    /// Threads: 1 by default as nilearn's `n_jobs`; -1 for every core, -2 all but one.
    public var jobs: Int
    /// How each sphere's folds are scored; nil is the estimator's own score (accuracy).
    public var scoring: Scoring?
    /// Cross-validation; nil is scikit-learn's default for classifiers, `StratifiedKFold(nSplits: 5)`.
    public var cv: (any CrossValidator)?
    /// 0 is silent; 1 or more prints a progress line on standard error during long runs.
    public var verbose: Int

    /// nilearn's `mask_img_`: the mask as given (nil without one).
    public internal(set) var maskImage: NiftiImage?
    var fitted: Fitted?

    struct Fitted: Sendable {
        var processMask: BinaryMask
        var maskedScores: [Double]
        var reference: NiftiImage
    }

    /// nilearn's defaults: 2 mm spheres, a linear SVC scored by accuracy over 5 stratified
    /// folds, one thread. Parameters are checked by `fit`.
    public init(
        maskImg: (any NiftiImageSource)? = nil, processMaskImg: (any NiftiImageSource)? = nil, radius: Double = 2,
        estimator: Estimator = .svc, jobs: Int = 1, scoring: Scoring? = nil, cv: (any CrossValidator)? = nil,
        verbose: Int = 0
    ) {
        self.maskImg = maskImg
        self.processMaskImg = processMaskImg
        self.radius = radius
        self.estimator = estimator
        self.jobs = jobs
        self.scoring = scoring
        self.cv = cv
        self.verbose = verbose
    }
}

extension SearchLight {
    /// nilearn's `masked_scores_`: one score per process-mask voxel, in the mask's order.
    public var maskedScores: NDArray<Double> {
        get throws(SearchLightError) { NDArray(try fittedState().maskedScores) }
    }

    /// nilearn's `scores_`: the scores on the process mask's grid, 0 outside it.
    public var scores: NDArray<Double> {
        get throws(SearchLightError) {
            let state = try fittedState()
            let d = state.processMask.dimensions
            return NDArray(shape: [d.x, d.y, d.z], storage: state.volume)
        }
    }

    /// nilearn's `scores_img_`: ``scores`` as an image like the mask (float64).
    public var scoresImg: NiftiImage {
        get throws {
            let state = try fittedState()
            let d = state.processMask.dimensions
            return try newImgLike(state.reference, data: state.volumeInNiftiOrder, shape: [d.x, d.y, d.z])
        }
    }

    /// nilearn's `process_mask_`: the seeds, on the process mask's grid.
    public var processMask: NDArray<Bool> {
        get throws(SearchLightError) {
            let mask = try fittedState().processMask
            let d = mask.dimensions
            var values = [Bool](repeating: false, count: d.x * d.y * d.z)
            for o in mask.voxelOffsets { values[Self.cOrder(o, d)] = true }
            return NDArray(shape: [d.x, d.y, d.z], storage: values)
        }
    }

    /// nilearn's `n_elements_`: the number of seeds.
    public var elementCount: Int { get throws(SearchLightError) { try fittedState().processMask.voxelCount } }

    /// Whether `fit` has succeeded.
    public var isFitted: Bool { fitted != nil }

    func fittedState() throws(SearchLightError) -> Fitted {
        guard let fitted else { throw .notFitted }
        return fitted
    }

    /// The C-order (numpy) position of a NIfTI-order offset.
    static func cOrder(_ offset: Int, _ d: SIMD3<Int>) -> Int {
        let i = offset % d.x, j = (offset / d.x) % d.y, k = offset / (d.x * d.y)
        return (i * d.y + j) * d.z + k
    }
}

extension SearchLight.Fitted {
    var volume: [Double] {
        let d = processMask.dimensions
        var values = [Double](repeating: 0, count: d.x * d.y * d.z)
        for (s, o) in processMask.voxelOffsets.enumerated() { values[SearchLight.cOrder(o, d)] = maskedScores[s] }
        return values
    }

    var volumeInNiftiOrder: [Double] {
        let d = processMask.dimensions
        var values = [Double](repeating: 0, count: d.x * d.y * d.z)
        for (s, o) in processMask.voxelOffsets.enumerated() { values[o] = maskedScores[s] }
        return values
    }
}
