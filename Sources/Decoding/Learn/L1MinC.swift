/// The loss ``l1MinC(_:_:loss:fitIntercept:interceptScaling:)`` bounds, scikit-learn's `loss=`.
public enum L1Loss: String, Sendable {
    /// `LinearSVC`'s loss.
    case squaredHinge = "squared_hinge"
    /// Logistic regression's loss.
    case log
}

/// The smallest C for which an `l1`-penalized `LinearSVC` or logistic regression has a
/// non-zero weight (scikit-learn's `l1_min_c`); nilearn's `Decoder` scales its C grid of the
/// `l1` estimators by it.
///
/// With Y the ±1 one-vs-rest label matrix (one column for two classes), it is
/// 0.5 / max|Yᵀ·X| for the squared hinge and 2 / max|Yᵀ·X| for the logistic loss, the
/// intercept column (`interceptScaling`) included in the maximum when fitting an intercept.
public func l1MinC(
    _ X: NDArray<Float>, _ y: [String], loss: L1Loss = .squaredHinge, fitIntercept: Bool = true, interceptScaling: Double = 1
) throws(ClassifierError) -> Double {
    try validateTraining(X, labels: y.count, estimator: "l1_min_c")
    let labels = ClassLabels(y)
    let k = labels.classes.count
    let columns = k <= 2 ? [max(k - 1, 0)] : Array(0..<k)
    let n = X.shape[0], d = X.shape[1]
    var den = 0.0
    for c in columns {
        let sign = labels.codes.map { $0 == c ? 1.0 : -1.0 }
        var sums = [Double](repeating: 0, count: d)
        X.withUnsafeBufferPointer { xp in
            for i in 0..<n { for j in 0..<d { sums[j] += sign[i] * Double(xp[i * d + j]) } }
        }
        den = max(den, sums.map(abs).max() ?? 0)
        if fitIntercept { den = max(den, abs(sign.reduce(0, +) * interceptScaling)) }
    }
    guard den > 0 else {
        throw .invalidParameter(
            estimator: "l1_min_c", name: "X", value: "all-zero correlations", requirement: "such that the l1 penalty can select a feature (ill-posed: min C is infinite)")
    }
    return (loss == .squaredHinge ? 0.5 : 2.0) / den
}
