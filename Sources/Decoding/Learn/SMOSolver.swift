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
    private enum Bound: UInt8 { case lower, upper, free }
    private static var tau: Double { 1e-12 }

    private let l: Int
    private var activeSize: Int
    private let q: UnsafeMutablePointer<Float>
    private let qd: UnsafeMutablePointer<Double>
    private let y: UnsafeMutablePointer<Int8>
    private let gradient: UnsafeMutablePointer<Double>
    private let gradientBar: UnsafeMutablePointer<Double>
    private let alpha: UnsafeMutablePointer<Double>
    private let upper: UnsafeMutablePointer<Double>
    private let status: UnsafeMutablePointer<Bound>
    /// yᵢ as ±1.0, and membership of I_up (αᵢ may move in the +yᵢ direction) and I_low,
    /// kept in step with `status` so the selection loops test one flag.
    private let ySign: UnsafeMutablePointer<Double>
    private let inUp: UnsafeMutablePointer<Bool>
    private let inLow: UnsafeMutablePointer<Bool>
    /// 0 for members of I_up (I_low), −∞ for the others: added to a value, it drops
    /// non-members from a maximum without a branch.
    private let upPenalty: UnsafeMutablePointer<Double>
    private let lowPenalty: UnsafeMutablePointer<Double>
    /// Per-candidate objective decreases of the last selection.
    private let scratch: UnsafeMutablePointer<Double>
    private let activeSet: UnsafeMutablePointer<Int>
    private let eps: Double
    private var unshrink = false

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

    private func updateFlags(_ i: Int) {
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

    /// WSS 3 of Fan et al.: i maximises −yᵢ∇ᵢ over I_up, j minimises the second-order
    /// objective decrease over I_low; nil once m(α) − M(α) < tol. Ties go to the later index.
    ///
    /// libsvm scans once per set keeping a running best; here each scan is done 8 lanes at a
    /// time and the winner is then the last index holding the extreme value — the same index
    /// libsvm's `>=` / `<=` updates end on. Every value is computed with the same IEEE
    /// operations as libsvm's (the two sign branches folded with yᵢ = ±1, which is exact), so
    /// the selection is identical.
    private func selectWorkingSet() -> (Int, Int)? {
        typealias V = SIMD8<Double>
        let n = activeSize
        let raw = { (p: UnsafeMutablePointer<Double>, k: Int) in UnsafeRawPointer(p + k).loadUnaligned(as: V.self) }

        var lanes = V(repeating: -.infinity)
        var t = 0
        while t + 8 <= n {
            let v = -raw(ySign, t) * raw(gradient, t) + raw(upPenalty, t)
            lanes.replace(with: v, where: v .> lanes)
            t += 8
        }
        var gmax = lanes.max()
        while t < n { gmax = max(gmax, -ySign[t] * gradient[t] + upPenalty[t]); t += 1 }
        var i = -1
        if gmax > -.infinity {
            i = n - 1
            while !(inUp[i] && -ySign[i] * gradient[i] == gmax) { i -= 1 }
        }

        // When i == −1, gmax is −∞ so no grad_diff is positive and row i's values are unused.
        let qi = q + max(i, 0) * l
        let qdi = V(repeating: i >= 0 ? qd[i] : 0)
        let twoYi = V(repeating: i >= 0 ? 2.0 * ySign[i] : 0)
        let gmaxV = V(repeating: gmax)
        var gmax2Lanes = V(repeating: -.infinity)
        var bestLanes = V(repeating: .infinity)
        t = 0
        while t + 8 <= n {
            let yG = raw(ySign, t) * raw(gradient, t)
            let low = yG + raw(lowPenalty, t)
            gmax2Lanes.replace(with: low, where: low .> gmax2Lanes)
            let gradDiff = gmaxV + yG
            let qij = V(UnsafeRawPointer(qi + t).loadUnaligned(as: SIMD8<Float>.self))
            let quad = qdi + raw(qd, t) - twoYi * raw(ySign, t) * qij
            let divisor = quad.replacing(with: Self.tau, where: .!(quad .> 0))
            var objDiff = -(gradDiff * gradDiff) / divisor
            objDiff.replace(with: .infinity, where: .!(gradDiff .> 0) .| (raw(lowPenalty, t) .< 0))
            UnsafeMutableRawPointer(scratch + t).storeBytes(of: objDiff, as: V.self)
            bestLanes.replace(with: objDiff, where: objDiff .< bestLanes)
            t += 8
        }
        var gmax2 = gmax2Lanes.max()
        var best = bestLanes.min()
        while t < n {
            let yG = ySign[t] * gradient[t]
            gmax2 = max(gmax2, yG + lowPenalty[t])
            let gradDiff = gmax + yG
            let quad = qdi[0] + qd[t] - twoYi[0] * ySign[t] * Double(qi[t])
            let objDiff = inLow[t] && gradDiff > 0 ? -(gradDiff * gradDiff) / (quad > 0 ? quad : Self.tau) : .infinity
            scratch[t] = objDiff
            best = min(best, objDiff)
            t += 1
        }
        guard best < .infinity, gmax + gmax2 >= eps else { return nil }
        var j = n - 1
        while scratch[j] != best { j -= 1 }
        return (i, j)
    }

    private func beShrunk(_ i: Int, _ gmax1: Double, _ gmax2: Double) -> Bool {
        switch status[i] {
        case .upper: return y[i] == 1 ? -gradient[i] > gmax1 : -gradient[i] > gmax2
        case .lower: return y[i] == 1 ? gradient[i] > gmax2 : gradient[i] > gmax1
        case .free: return false
        }
    }

    private func doShrinking() {
        var gmax1 = -Double.infinity, gmax2 = -Double.infinity
        for i in 0..<activeSize {
            if y[i] == 1 {
                if status[i] != .upper && -gradient[i] >= gmax1 { gmax1 = -gradient[i] }
                if status[i] != .lower && gradient[i] >= gmax2 { gmax2 = gradient[i] }
            } else {
                if status[i] != .upper && -gradient[i] >= gmax2 { gmax2 = -gradient[i] }
                if status[i] != .lower && gradient[i] >= gmax1 { gmax1 = gradient[i] }
            }
        }
        if !unshrink && gmax1 + gmax2 <= eps * 10 {
            unshrink = true
            reconstructGradient()
            activeSize = l
        }
        var i = 0
        while i < activeSize {
            if beShrunk(i, gmax1, gmax2) {
                activeSize -= 1
                while activeSize > i {
                    if !beShrunk(activeSize, gmax1, gmax2) {
                        swapIndex(i, activeSize)
                        break
                    }
                    activeSize -= 1
                }
            }
            i += 1
        }
    }

    private func swapIndex(_ i: Int, _ j: Int) {
        guard i != j else { return }
        for k in 0..<l { swap(&q[i * l + k], &q[j * l + k]) }
        for k in 0..<l { swap(&q[k * l + i], &q[k * l + j]) }
        swap(&qd[i], &qd[j]); swap(&y[i], &y[j]); swap(&gradient[i], &gradient[j])
        swap(&status[i], &status[j]); swap(&alpha[i], &alpha[j]); swap(&activeSet[i], &activeSet[j])
        swap(&gradientBar[i], &gradientBar[j]); swap(&upper[i], &upper[j])
        swap(&ySign[i], &ySign[j]); swap(&inUp[i], &inUp[j]); swap(&inLow[i], &inLow[j])
        swap(&upPenalty[i], &upPenalty[j]); swap(&lowPenalty[i], &lowPenalty[j])
    }

    /// Recomputes G of the shrunk variables from Ḡ and the free ones, choosing libsvm's
    /// loop order (which changes the rounding) by the same rule.
    private func reconstructGradient() {
        guard activeSize != l else { return }
        for j in activeSize..<l { gradient[j] = gradientBar[j] - 1 }
        var free = 0
        for j in 0..<activeSize where status[j] == .free { free += 1 }
        if free * l > 2 * activeSize * (l - activeSize) {
            for i in activeSize..<l {
                let qi = q + i * l
                for j in 0..<activeSize where status[j] == .free { gradient[i] += alpha[j] * Double(qi[j]) }
            }
        } else {
            for i in 0..<activeSize where status[i] == .free {
                let qi = q + i * l
                let ai = alpha[i]
                for j in activeSize..<l { gradient[j] += ai * Double(qi[j]) }
            }
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
