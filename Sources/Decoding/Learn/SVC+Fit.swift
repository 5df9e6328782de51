import Foundation

extension SVC {
    /// Fits the model on X (samples × features) and one label per sample.
    ///
    /// X is float32 as nilearn's maskers give it and is widened to double as scikit-learn does.
    /// - Throws: ``SVCError`` when X is not a finite 2-D matrix, the counts differ, the labels
    ///   hold one class only, or a parameter is out of range.
    public mutating func fit(_ X: NDArray<Float>, _ y: [String]) throws(SVCError) {
        try validateSamples(X)
        guard X.shape[0] == y.count else { throw .sampleCountMismatch(rows: X.shape[0], labels: y.count) }
        try validateParameters()
        let gram = GramMatrix(X)
        model = try trained(on: gram, rows: Array(0..<gram.samples), labels: y)
    }

    func validateParameters() throws(SVCError) {
        guard C > 0, C.isFinite else { throw .invalidParameter(name: "C", value: pythonFloat(C), requirement: "a float in the range (0.0, inf)") }
        guard tol > 0, tol.isFinite else { throw .invalidParameter(name: "tol", value: pythonFloat(tol), requirement: "a float in the range (0.0, inf)") }
        guard maxIter >= -1 else { throw .invalidParameter(name: "max_iter", value: "\(maxIter)", requirement: "an int in the range [-1, inf)") }
    }

    /// libsvm's `svm_train` for C-SVC on the samples `rows` of `gram` (labels given for those
    /// rows, in that order): classes grouped in sorted order (stable within a class), one
    /// solve per class pair, support vectors = samples with a non-zero α in any pair.
    func trained(on gram: GramMatrix, rows: [Int], labels: [String]) throws(SVCError) -> FittedSVCModel {
        let encoded = ClassLabels(labels)
        let k = encoded.classes.count
        guard k >= 2 else { throw .oneClass(label: encoded.classes.first ?? "") }
        let l = rows.count
        var count = [Int](repeating: 0, count: k)
        for c in encoded.codes { count[c] += 1 }
        var start = [Int](repeating: 0, count: k)
        for c in 1..<k { start[c] = start[c - 1] + count[c - 1] }
        var perm = [Int](repeating: 0, count: l)
        var next = start
        for (i, c) in encoded.codes.enumerated() { perm[next[c]] = i; next[c] += 1 }

        // One solve per class pair, libsvm's order; pairs are independent, so with more than
        // one they run concurrently (each solve is the same computation as when run alone).
        var pairs: [(Int, Int)] = []
        for i in 0..<k { for j in (i + 1)..<k { pairs.append((i, j)) } }
        // With several pairs, K is first gathered in class order so that each pair reads four
        // contiguous blocks of it; with one pair the solver gathers its block directly.
        let kernel: [Double], kernelSize: Int, position: [Int]
        if pairs.count > 1 {
            let order = perm.map { rows[$0] }
            let sorted = [Double](unsafeUninitializedCapacity: l * l) { out, initialized in
                gram.kernel.withUnsafeBufferPointer { kp in
                    order.withUnsafeBufferPointer { op in
                        for a in 0..<l {
                            let source = kp.baseAddress! + op[a] * gram.samples
                            let target = out.baseAddress! + a * l
                            for b in 0..<l { target[b] = source[op[b]] }
                        }
                    }
                }
                initialized = l * l
            }
            (kernel, kernelSize, position) = (sorted, l, Array(0..<l))
        } else {
            (kernel, kernelSize, position) = (gram.kernel, gram.samples, perm.map { rows[$0] })
        }
        let solve: @Sendable (Int) -> SMOSolver.Solution = { [C, tol, shrinking, maxIter, pairs, start, count] p in
            let (i, j) = pairs[p]
            let members = Array(position[start[i]..<(start[i] + count[i])] + position[start[j]..<(start[j] + count[j])])
            return kernel.withUnsafeBufferPointer { kp in
                SMOSolver.solve(
                    kernel: kp.baseAddress!, kernelSize: kernelSize, samples: members,
                    positive: members.indices.map { $0 < count[i] }, c: C, tol: tol, shrinking: shrinking,
                    maxIter: maxIter)
            }
        }
        let solutions: [SMOSolver.Solution]
        if pairs.count == 1 {
            solutions = [solve(0)]
        } else {
            let box = SolutionBox(count: pairs.count)
            DispatchQueue.concurrentPerform(iterations: pairs.count) { p in box.set(p, solve(p)) }
            solutions = box.values
        }
        var nonzero = [Bool](repeating: false, count: l)
        for (p, (i, j)) in pairs.enumerated() {
            let solution = solutions[p]
            for m in 0..<count[i] where solution.coefficients[m] != 0 { nonzero[start[i] + m] = true }
            for m in 0..<count[j] where solution.coefficients[count[i] + m] != 0 { nonzero[start[j] + m] = true }
        }

        var supportCounts = [Int](repeating: 0, count: k)
        for c in 0..<k { supportCounts[c] = nonzero[start[c]..<(start[c] + count[c])].count { $0 } }
        let supportIndices = (0..<l).filter { nonzero[$0] }.map { perm[$0] }
        let total = supportIndices.count
        var supportStart = [Int](repeating: 0, count: k)
        for c in 1..<k { supportStart[c] = supportStart[c - 1] + supportCounts[c - 1] }

        // sv_coef layout: for pair (i, j), class i's coefficients go to row j − 1 and class j's
        // to row i, each in its class's block of columns.
        var dual = [Double](repeating: 0, count: (k - 1) * total)
        var pairDual = [Double](repeating: 0, count: solutions.count * total)
        var p = 0
        for i in 0..<k {
            for j in (i + 1)..<k {
                let solution = solutions[p]
                var q = supportStart[i]
                for m in 0..<count[i] where nonzero[start[i] + m] {
                    dual[(j - 1) * total + q] = solution.coefficients[m]
                    pairDual[p * total + q] = solution.coefficients[m]
                    q += 1
                }
                q = supportStart[j]
                for m in 0..<count[j] where nonzero[start[j] + m] {
                    dual[i * total + q] = solution.coefficients[count[i] + m]
                    pairDual[p * total + q] = solution.coefficients[count[i] + m]
                    q += 1
                }
                p += 1
            }
        }

        // w = Σ yᵢαᵢ xᵢ of each pair, summed in double over the pair's non-zero coefficients,
        // in scikit-learn's orientation: for two classes the coefficients are negated before
        // summing (as scikit-learn negates dual_coef_ before its product), so that even the
        // sign of a zero weight is the same.
        let d = gram.features
        let orientation: Double = k == 2 ? -1 : 1
        var weights = [Double](repeating: 0, count: solutions.count * d)
        gram.x.withUnsafeBufferPointer { xp in
            weights.withUnsafeMutableBufferPointer { wp in
                for (q, s) in supportIndices.enumerated() {
                    let row = xp.baseAddress! + rows[s] * d
                    for p in 0..<solutions.count {
                        let c = orientation * pairDual[p * total + q]
                        guard c != 0 else { continue }
                        let w = wp.baseAddress! + p * d
                        for f in 0..<d { w[f] += c * Double(row[f]) }
                    }
                }
            }
        }
        return FittedSVCModel(
            classes: encoded.classes, features: d, supportIndices: supportIndices, supportCounts: supportCounts,
            dualCoefficients: dual, rho: solutions.map(\.rho),
            weights: weights,
            samples: gram.x, supportRows: supportIndices.map { rows[$0] }, iterations: solutions.map(\.iterations),
            reachedMaxIter: solutions.contains { $0.reachedMaxIter })
    }
}

/// Solutions of concurrently solved class pairs, by pair index.
private final class SolutionBox: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [SMOSolver.Solution?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ p: Int, _ solution: SMOSolver.Solution) {
        lock.lock(); defer { lock.unlock() }
        slots[p] = solution
    }

    var values: [SMOSolver.Solution] {
        lock.lock(); defer { lock.unlock() }
        return slots.map { $0! }
    }
}
