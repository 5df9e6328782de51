// The fitted attributes of a `Decoder`, nilearn's names without the trailing underscore.
// Each throws `DecoderError.notFitted` before `fit`.
extension Decoder {
    func fittedState(_ attribute: String) throws(DecoderError) -> FittedDecoder {
        guard let fitted else { throw .notFitted(attribute: attribute) }
        return fitted
    }

    /// The class labels, sorted (`classes_`).
    public var classes: [String] { get throws(DecoderError) { try fittedState("classes").classes } }

    /// The score of each fold, per class (`cv_scores_`). With two classes both classes hold
    /// the scores of the single problem; beyond, class c's are those of c-vs-rest.
    public var cvScores: [String: [Double]] { get throws(DecoderError) { try fittedState("cvScores").cvScores } }

    /// The parameters kept on each fold, per class (`cv_params_`): the grid's (`C`, `Cs`,
    /// `alphas`) and what built-in searches chose (`best_C`, `best_alpha`).
    public var cvParams: [String: [String: [DecoderParameter]]] {
        get throws(DecoderError) { try fittedState("cvParams").cvParams }
    }

    /// The folds used (`cv_`).
    public var cvSplits: [TrainTestSplit] { get throws(DecoderError) { try fittedState("cvSplits").folds } }

    /// The averaged weights, one row for two classes (positive: `classes[1]`), one per class
    /// beyond (`coef_`); nil for the dummy classifier, which has none.
    public var coef: NDArray<Double>? { get throws(DecoderError) { try fittedState("coef").coef } }

    /// The standard deviation of the fold weights (`std_coef_`).
    public var stdCoef: NDArray<Double>? { get throws(DecoderError) { try fittedState("stdCoef").stdCoef } }

    /// The averaged intercepts, one per row of `coef` (`intercept_`).
    public var intercept: NDArray<Double>? {
        get throws(DecoderError) { try fittedState("intercept").intercept.map { NDArray($0) } }
    }

    /// The averaged weights of each class as an image on the mask's grid (`coef_img_`); with
    /// two classes `classes[0]`'s map holds the single problem's weights (which favour
    /// `classes[1]`) and `classes[1]`'s their negation, as in nilearn.
    public var coefImg: [String: NiftiImage] { get throws(DecoderError) { try fittedState("coefImg").coefImg } }

    /// The fold weights' standard deviation as images (`std_coef_img_`).
    public var stdCoefImg: [String: NiftiImage] { get throws(DecoderError) { try fittedState("stdCoefImg").stdCoefImg } }

    /// The dummy classifier's class priors averaged over folds (`dummy_output_`): one row for
    /// two classes, one per class beyond; nil for the other estimators.
    public var dummyOutput: NDArray<Double>? { get throws(DecoderError) { try fittedState("dummyOutput").dummyOutput } }

    /// The screening percentile applied, after rescaling to the mask (`screening_percentile_`).
    public var screeningPercentileUsed: Double {
        get throws(DecoderError) { try fittedState("screeningPercentileUsed").screeningPercentile }
    }

    /// The fitted masker (`masker_`) and its mask (`mask_img_`).
    public var masker: NiftiMasker { get throws(DecoderError) { try fittedState("masker").masker.masker } }
    /// The fitted mask as an image (`mask_img_`): the one given, or the one computed from the
    /// images when `mask` was nil.
    public var maskImg: NiftiImage {
        get throws(DecoderError) {
            guard let mask = try fittedState("maskImg").masker.masker.mask else { throw .notFitted(attribute: "maskImg") }
            return mask.image
        }
    }

    /// Number of features of the model (`n_elements_`): the mask's voxel count.
    public var nElements: Int { get throws(DecoderError) { try fittedState("nElements").coef?.shape[1] ?? 0 } }
}
