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

        var nonzero = [Bool](repeating: false, count: l)
        var solutions: [SMOSolver.Solution] = []
        gram.kernel.withUnsafeBufferPointer { kp in
            for i in 0..<k {
                for j in (i + 1)..<k {
                    let members = Array(perm[start[i]..<(start[i] + count[i])] + perm[start[j]..<(start[j] + count[j])])
                    let positive = members.indices.map { $0 < count[i] }
                    let solution = SMOSolver.solve(
                        kernel: kp.baseAddress!, kernelSize: gram.samples, samples: members.map { rows[$0] },
                        positive: positive, c: C, tol: tol, shrinking: shrinking, maxIter: maxIter)
                    for m in 0..<count[i] where solution.coefficients[m] != 0 { nonzero[start[i] + m] = true }
                    for m in 0..<count[j] where solution.coefficients[count[i] + m] != 0 { nonzero[start[j] + m] = true }
                    solutions.append(solution)
                }
            }
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

        let d = gram.features
        var vectors = [Double]()
        vectors.reserveCapacity(total * d)
        for s in supportIndices {
            let r = rows[s] * d
            vectors.append(contentsOf: gram.x[r..<(r + d)])
        }
        return FittedSVCModel(
            classes: encoded.classes, features: d, supportIndices: supportIndices, supportCounts: supportCounts,
            dualCoefficients: dual, rho: solutions.map(\.rho),
            weights: multiply(pairDual, rows: solutions.count, inner: total, vectors, columns: d),
            supportVectors: vectors, iterations: solutions.map(\.iterations),
            reachedMaxIter: solutions.contains { $0.reachedMaxIter })
    }
}
