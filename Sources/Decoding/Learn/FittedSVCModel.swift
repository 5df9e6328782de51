/// What libsvm's `svm_train` returns for a C-SVC, in libsvm's orientation (class pair (i, j)
/// with i < j gives +1 to class i), plus the primal weights of the linear kernel.
struct FittedSVCModel: Sendable {
    var classes: [String]
    var features: Int
    /// Training-set indices of the support vectors, grouped by class, ascending within a class.
    var supportIndices: [Int]
    /// Support vectors per class.
    var supportCounts: [Int]
    /// libsvm's `sv_coef`: (classes − 1) rows × support vectors, row-major.
    var dualCoefficients: [Double]
    /// ρ of each class pair; the intercept is −ρ.
    var rho: [Double]
    /// w of each class pair (pairs × features, row-major) oriented as scikit-learn's `coef_`:
    /// libsvm's decision value is `orientation` · w·x − ρ.
    var weights: [Double]
    /// The samples fitted on (row-major, float32 as given, sharing the caller's storage) and the
    /// rows of it that are the support vectors, so the vectors are not copied.
    var samples: [Float]
    var supportRows: [Int]
    var iterations: [Int]
    var reachedMaxIter: Bool

    var pairCount: Int { rho.count }
    /// −1 for two classes (scikit-learn flips libsvm's sign so positive means `classes[1]`).
    var orientation: Double { classes.count == 2 ? -1 : 1 }
}
