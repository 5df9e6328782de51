/// libsvm's working-set selection, shrinking and gradient reconstruction (`Solver::
/// select_working_set`, `do_shrinking`, `be_shrunk`, `swap_index`, `reconstruct_gradient`).
extension SMOSolver {
    /// WSS 3 of Fan et al.: i maximises −yᵢ∇ᵢ over I_up, j minimises the second-order
    /// objective decrease over I_low; nil once m(α) − M(α) < tol. Ties go to the later index.
    ///
    /// libsvm scans once per set keeping a running best; here each scan is done 8 lanes at a
    /// time and the winner is then the last index holding the extreme value — the same index
    /// libsvm's `>=` / `<=` updates end on. Every value is computed with the same IEEE
    /// operations as libsvm's (the two sign branches folded with yᵢ = ±1, which is exact), so
    /// the selection is identical.
    func selectWorkingSet() -> (Int, Int)? {
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

    func beShrunk(_ i: Int, _ gmax1: Double, _ gmax2: Double) -> Bool {
        switch status[i] {
        case .upper: return y[i] == 1 ? -gradient[i] > gmax1 : -gradient[i] > gmax2
        case .lower: return y[i] == 1 ? gradient[i] > gmax2 : gradient[i] > gmax1
        case .free: return false
        }
    }

    func doShrinking() {
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

    func swapIndex(_ i: Int, _ j: Int) {
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
    func reconstructGradient() {
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
}
