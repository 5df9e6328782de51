import Decoding
import Testing

/// The primal objective liblinear's TRON minimizes for LinearSVC's L2 penalty and squared hinge
/// loss, as scikit-learn poses it: f(w) = ½‖w‖² + C Σᵢ max(0, 1 − yᵢ wᵀx̃ᵢ)², where x̃ᵢ is row
/// i with the `interceptScaling` feature appended when an intercept is fitted (liblinear
/// penalizes it too) and yᵢ = +1 for the class the row of coefficients scores, −1 otherwise.
///
/// Why the tests need it: TRON's iterates go through the BLAS (`ddot`, `dnrm2`), and OpenBLAS
/// picks its kernels, with their summation orders, by CPU; the point where TRON stops moves
/// with the rounding, by more than 1e-4 on ill-conditioned problems. What does not move: f is
/// 1-strongly convex, so any w lies within ‖∇f(w)‖ of the minimizer, and two solutions of the
/// same problem lie within the sum of their gradients' norms of each other, on any machine.
struct PrimalObjective {
    var x: NDArray<Float>
    var C: Double
    var fitIntercept: Bool
    var interceptScaling: Double

    /// w: a row of coefficients with the intercept divided by `interceptScaling` appended (when
    /// fitted), as liblinear holds it.
    func weights(coef: ArraySlice<Double>, intercept: Double) -> [Double] {
        Array(coef) + (fitIntercept ? [intercept / interceptScaling] : [])
    }

    /// ∇f(w) for labels y (±1).
    func gradient(_ w: [Double], _ y: [Double]) -> [Double] {
        let d = x.shape[1]
        var g = w
        for i in 0..<x.shape[0] {
            let row = x.storage[(i * d)..<((i + 1) * d)]
            var margin = fitIntercept ? w[d] * interceptScaling : 0
            for (j, v) in row.enumerated() { margin += w[j] * Double(v) }
            let z = y[i] * margin
            guard z < 1 else { continue }  // the loss is flat there
            let scale = -2 * C * (1 - z) * y[i]
            for (j, v) in row.enumerated() { g[j] += scale * Double(v) }
            if fitIntercept { g[d] += scale * interceptScaling }
        }
        return g
    }

    func gradientNorm(_ w: [Double], _ y: [Double]) -> Double { norm(gradient(w, y)) }

    /// The largest ‖x̃ᵢ‖: a decision value moves by at most this times the move of w.
    var largestRowNorm: Double {
        let d = x.shape[1]
        return (0..<x.shape[0]).map { i in
            norm(x.storage[(i * d)..<((i + 1) * d)].map(Double.init) + (fitIntercept ? [interceptScaling] : []))
        }.max() ?? 0
    }

    /// Expects each row of our coefficients and of scikit-learn's (`expected…`) to be points
    /// where TRON may stop on this objective: ours meets TRON's stopping rule, ‖∇f(w)‖ ≤
    /// ε‖∇f(0)‖ with scikit-learn's ε = tol·max(min(#positives, #negatives), 1)/n, and the two
    /// lie within ‖∇f(ours)‖ + ‖∇f(theirs)‖ of each other. A wrong objective (labels, C, the
    /// intercept's scaling) fails the first; a different minimizer the second. Returns the
    /// largest distance between the two.
    func expectSameMinimizer(
        coef: [Double], intercept: [Double], expectedCoef: [Double], expectedIntercept: [Double],
        classes: [String], labels: [String], tol: Double, _ comment: Comment,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> Double {
        let d = x.shape[1]
        var largest = 0.0
        for k in 0..<(classes.count == 2 ? 1 : classes.count) {
            let positive = classes.count == 2 ? classes[1] : classes[k]
            let y = labels.map { $0 == positive ? 1.0 : -1.0 }
            let rows = (k * d)..<((k + 1) * d)
            let ours = weights(coef: coef[rows], intercept: intercept[k])
            let theirs = weights(coef: expectedCoef[rows], intercept: fitIntercept ? expectedIntercept[k] : 0)
            let positives = y.filter { $0 > 0 }.count
            let epsilon = tol * Double(max(min(positives, y.count - positives), 1)) / Double(y.count)
            let stop = epsilon * gradientNorm([Double](repeating: 0, count: ours.count), y)
            let (gOurs, gTheirs, apart) = (gradientNorm(ours, y), gradientNorm(theirs, y), distance(ours, theirs))
            #expect(gOurs <= stop * (1 + 1e-9), "\(comment) row \(k): ‖∇f‖ \(gOurs) > \(stop)", sourceLocation: sourceLocation)
            #expect(apart <= (gOurs + gTheirs) * (1 + 1e-9), "\(comment) row \(k): \(apart) apart, gradients \(gOurs) and \(gTheirs)",
                    sourceLocation: sourceLocation)
            largest = max(largest, apart)
        }
        return largest
    }
}

private func norm(_ v: [Double]) -> Double { v.reduce(0) { $0 + $1 * $1 }.squareRoot() }

private func distance(_ a: [Double], _ b: [Double]) -> Double { norm(zip(a, b).map { $0 - $1 }) }
