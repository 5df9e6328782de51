/// The SMO solver of libsvm (Fan, Chen & Lin, JMLR 6, 2005) for the C-SVC dual
///
///     min ½ αᵀQα − eᵀα   subject to  yᵀα = 0,  0 ≤ αᵢ ≤ C,
///
/// ported step for step from `Solver::Solve` so that the same data gives the same iterates as
/// scikit-learn's bundled libsvm: second-order working-set selection, the stopping rule
/// m(α) − M(α) < tol, shrinking every min(l, 1000) iterations with the same index swaps (the
/// tie rules of the selection depend on that order), gradient reconstruction, and the bias
/// averaged over free support vectors (midpoint of the bounds otherwise).
///
/// Q is held whole as `Float`, exactly as libsvm's kernel cache holds `Qfloat`, so the rounding
/// of every iterate matches; the kernel itself is computed in `Double`. Rows and columns of Q
/// are swapped in place where libsvm swaps cache entries, which gives the same values.
final class SMOSolver {
    enum Bound: UInt8 { case lower, upper, free }
    static var tau: Double { 1e-12 }

    let l: Int
    var activeSize: Int
    let q: UnsafeMutablePointer<Float>
    let qd: UnsafeMutablePointer<Double>
    let y: UnsafeMutablePointer<Int8>
    let gradient: UnsafeMutablePointer<Double>
    let gradientBar: UnsafeMutablePointer<Double>
    let alpha: UnsafeMutablePointer<Double>
    let upper: UnsafeMutablePointer<Double>
    let status: UnsafeMutablePointer<Bound>
    /// yᵢ as ±1.0, and membership of I_up (αᵢ may move in the +yᵢ direction) and I_low,
    /// kept in step with `status` so the selection loops test one flag.
    let ySign: UnsafeMutablePointer<Double>
    let inUp: UnsafeMutablePointer<Bool>
    let inLow: UnsafeMutablePointer<Bool>
    /// 0 for members of I_up (I_low), −∞ for the others: added to a value, it drops
    /// non-members from a maximum without a branch.
    let upPenalty: UnsafeMutablePointer<Double>
    let lowPenalty: UnsafeMutablePointer<Double>
    /// Per-candidate objective decreases of the last selection.
    let scratch: UnsafeMutablePointer<Double>
    let activeSet: UnsafeMutablePointer<Int>
    let eps: Double
    var unshrink = false

    /// The outcome in the sub-problem's own sample order.
    struct Solution {
        /// Signed dual coefficients yᵢαᵢ (libsvm's `alpha[i] *= y[i]`).
        var coefficients: [Double]
        var rho: Double
        var iterations: Int
        /// True when `maxIter` stopped the solver before the stopping rule held.
        var reachedMaxIter: Bool
    }

    /// Solves the two-class problem on `samples` (indices into the n × n `kernel`),
    /// `positive[k]` telling whether sample k has y = +1.
    static func solve(
        kernel: UnsafePointer<Double>, kernelSize n: Int, samples: [Int], positive: [Bool],
        c: Double, tol: Double, shrinking: Bool, maxIter: Int
    ) -> Solution {
        let solver = SMOSolver(kernel: kernel, kernelSize: n, samples: samples, positive: positive, c: c, tol: tol)
        let (iterations, stopped) = solver.run(shrinking: shrinking, maxIter: maxIter)
        let rho = solver.calculateRho()
        var coefficients = [Double](repeating: 0, count: solver.l)
        for i in 0..<solver.l { coefficients[solver.activeSet[i]] = solver.alpha[i] }
        for k in 0..<solver.l where !positive[k] { coefficients[k] = -coefficients[k] }
        return Solution(coefficients: coefficients, rho: rho, iterations: iterations, reachedMaxIter: stopped)
    }

    private init(kernel: UnsafePointer<Double>, kernelSize n: Int, samples: [Int], positive: [Bool], c: Double, tol: Double) {
        l = samples.count
        activeSize = l
        eps = tol
        q = .allocate(capacity: l * l)
        qd = .allocate(capacity: l)
        y = .allocate(capacity: l)
        gradient = .allocate(capacity: l)
        gradientBar = .allocate(capacity: l)
        alpha = .allocate(capacity: l)
        upper = .allocate(capacity: l)
        status = .allocate(capacity: l)
        activeSet = .allocate(capacity: l)
        ySign = .allocate(capacity: l)
        inUp = .allocate(capacity: l)
        inLow = .allocate(capacity: l)
        upPenalty = .allocate(capacity: l)
        lowPenalty = .allocate(capacity: l)
        scratch = .allocate(capacity: l)
        for i in 0..<l {
            y[i] = positive[i] ? 1 : -1
            qd[i] = kernel[samples[i] * n + samples[i]]
            gradient[i] = -1  // p = −e and α = 0, so G = p and Ḡ = 0
            gradientBar[i] = 0
            alpha[i] = 0
            upper[i] = c
            status[i] = .lower
            activeSet[i] = i
            ySign[i] = Double(y[i])
            updateFlags(i)
        }
        samples.withUnsafeBufferPointer { sp in
            for i in 0..<l {
                let row = kernel + sp[i] * n
                let yi = ySign[i]
                let qi = q + i * l
                for j in 0..<l { qi[j] = Float(yi * ySign[j] * row[sp[j]]) }
            }
        }
    }

    deinit {
        q.deallocate(); qd.deallocate(); y.deallocate(); gradient.deallocate()
        gradientBar.deallocate(); alpha.deallocate(); upper.deallocate()
        status.deallocate(); activeSet.deallocate()
        ySign.deallocate(); inUp.deallocate(); inLow.deallocate()
        upPenalty.deallocate(); lowPenalty.deallocate(); scratch.deallocate()
    }

    private func updateStatus(_ i: Int) {
        if alpha[i] >= upper[i] { status[i] = .upper } else if alpha[i] <= 0 { status[i] = .lower } else { status[i] = .free }
        updateFlags(i)
    }

    func updateFlags(_ i: Int) {
        inUp[i] = y[i] == 1 ? status[i] != .upper : status[i] != .lower
        inLow[i] = y[i] == 1 ? status[i] != .lower : status[i] != .upper
        upPenalty[i] = inUp[i] ? 0 : -.infinity
        lowPenalty[i] = inLow[i] ? 0 : -.infinity
    }

    private func run(shrinking: Bool, maxIter: Int) -> (iterations: Int, reachedMaxIter: Bool) {
        var iter = 0
        var counter = min(l, 1000) + 1
        while true {
            if maxIter != -1 && iter >= maxIter { return (iter, true) }
            counter -= 1
            if counter == 0 {
                counter = min(l, 1000)
                if shrinking { doShrinking() }
            }
            var pair = selectWorkingSet()
            if pair == nil {
                reconstructGradient()
                activeSize = l
                pair = selectWorkingSet()
                if pair == nil { break }
                counter = 1  // shrink at the next iteration
            }
            iter += 1
            let (i, j) = pair!
            takeStep(i, j)
        }
        return (iter, false)
    }

    /// Analytic update of (αᵢ, αⱼ) clipped to the box, then of G and Ḡ (libsvm's loop body).
    private func takeStep(_ i: Int, _ j: Int) {
        let qi = q + i * l, qj = q + j * l
        let ci = upper[i], cj = upper[j]
        let oldI = alpha[i], oldJ = alpha[j]
        if y[i] != y[j] {
            var quad = qd[i] + qd[j] + 2 * Double(qi[j])
            if quad <= 0 { quad = Self.tau }
            let delta = (-gradient[i] - gradient[j]) / quad
            let diff = alpha[i] - alpha[j]
            alpha[i] += delta
            alpha[j] += delta
            if diff > 0 {
                if alpha[j] < 0 { alpha[j] = 0; alpha[i] = diff }
            } else if alpha[i] < 0 { alpha[i] = 0; alpha[j] = -diff }
            if diff > ci - cj {
                if alpha[i] > ci { alpha[i] = ci; alpha[j] = ci - diff }
            } else if alpha[j] > cj { alpha[j] = cj; alpha[i] = cj + diff }
        } else {
            var quad = qd[i] + qd[j] - 2 * Double(qi[j])
            if quad <= 0 { quad = Self.tau }
            let delta = (gradient[i] - gradient[j]) / quad
            let sum = alpha[i] + alpha[j]
            alpha[i] -= delta
            alpha[j] += delta
            if sum > ci {
                if alpha[i] > ci { alpha[i] = ci; alpha[j] = sum - ci }
            } else if alpha[j] < 0 { alpha[j] = 0; alpha[i] = sum }
            if sum > cj {
                if alpha[j] > cj { alpha[j] = cj; alpha[i] = sum - cj }
            } else if alpha[i] < 0 { alpha[i] = 0; alpha[j] = sum }
        }
        let dI = alpha[i] - oldI, dJ = alpha[j] - oldJ
        for k in 0..<activeSize { gradient[k] += Double(qi[k]) * dI + Double(qj[k]) * dJ }

        let wasUpperI = status[i] == .upper, wasUpperJ = status[j] == .upper
        updateStatus(i)
        updateStatus(j)
        if wasUpperI != (status[i] == .upper) {
            if wasUpperI { for k in 0..<l { gradientBar[k] -= ci * Double(qi[k]) } }
            else { for k in 0..<l { gradientBar[k] += ci * Double(qi[k]) } }
        }
        if wasUpperJ != (status[j] == .upper) {
            if wasUpperJ { for k in 0..<l { gradientBar[k] -= cj * Double(qj[k]) } }
            else { for k in 0..<l { gradientBar[k] += cj * Double(qj[k]) } }
        }
    }

    private func calculateRho() -> Double {
        var free = 0
        var ub = Double.infinity, lb = -Double.infinity, sumFree = 0.0
        for i in 0..<activeSize {
            let yG = Double(y[i]) * gradient[i]
            switch status[i] {
            case .upper: if y[i] == -1 { ub = min(ub, yG) } else { lb = max(lb, yG) }
            case .lower: if y[i] == 1 { ub = min(ub, yG) } else { lb = max(lb, yG) }
            case .free: free += 1; sumFree += yG
            }
        }
        return free > 0 ? sumFree / Double(free) : (ub + lb) / 2
    }
}
