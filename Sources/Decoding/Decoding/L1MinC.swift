/// The loss `l1MinC` bounds: squared hinge (`LinearSVC`) or logistic.
enum L1Loss { case squaredHinge, log }

/// scikit-learn's `l1_min_c`: the smallest C for which an l1-penalized model of (X, y) has a
/// non-zero weight, with an intercept of scaling 1. With Y the ±1 binarization of y (one row
/// per class; one row for two classes), den = max |Y·X| (and |Y·1| for the intercept); the
/// bound is 0.5/den for the squared hinge, 2/den for the logistic loss.
func l1MinC(_ x: NDArray<Double>, _ y: [String], loss: L1Loss) throws(DecoderError) -> Double {
    let classes = Array(Set(y)).sorted()
    let rows = x.shape[0], columns = x.shape[1]
    // LabelBinarizer(neg_label=-1): one column for two classes (positive = classes[1]).
    let problems = classes.count <= 2 ? [classes.last ?? ""] : classes
    var den = 0.0
    x.withUnsafeBufferPointer { xp in
        for positive in problems {
            let sign = y.map { $0 == positive ? 1.0 : -1.0 }
            var dots = [Double](repeating: 0, count: columns)
            for r in 0..<rows {
                let s = sign[r], row = r * columns
                for c in 0..<columns { dots[c] += s * xp[row + c] }
            }
            for d in dots { den = max(den, abs(d)) }
            den = max(den, abs(sign.reduce(0, +)))
        }
    }
    guard den != 0 else {
        throw .invalidParameter(name: "l1_min_c", value: "0",
                                requirement: "computable: l1 will always select zero coefficients for this data")
    }
    return loss == .squaredHinge ? 0.5 / den : 2.0 / den
}
