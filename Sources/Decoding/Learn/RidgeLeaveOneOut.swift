import CLapack

/// What scikit-learn's `_RidgeGCV` (dense, unweighted) computes from X alone: X centered when
/// there is an intercept, one symmetric eigendecomposition, and U, the rows of X in the
/// eigenbasis. Any targets and alpha then cost a few passes over U — no p³ inverse per alpha.
/// Immutable and `Sendable`: the one-vs-rest problems of a `Decoder` fold train on the same
/// rows and share one (`RidgeClassifierCV.fit(_:_:sharing:)`), as do their grid points.
///
/// With m = min(n, p), D = 1/(λ + α) and U n × m:
/// - `gram` (n ≤ p): X·Xᵀ = Q·diag(λ)·Qᵀ, U = Q, so (X·Xᵀ + α)⁻¹ = U·diag(D)·Uᵀ;
///   c = U·diag(D)·Uᵀ·y, residual = c / (diag(U·diag(D)·Uᵀ) − intercept term), coef = Xᵀ·c.
/// - `cov` (n > p): Xᵀ·X = V·diag(λ)·Vᵀ, U = X·V, so the hat matrix X·(Xᵀ·X + α)⁻¹·Xᵀ is
///   U·diag(D)·Uᵀ; residual = (y − U·diag(D)·Uᵀ·y) / (1 − its diagonal − intercept term),
///   coef = V·diag(D)·Uᵀ·y.
/// The diagonal is U∘U·D; the intercept term needs U·diag(D)·Uᵀ·1.
struct RidgeLeaveOneOut: Sendable {
    let rows: Int, columns: Int
    let fitIntercept: Bool
    /// The column means subtracted from X (zeros without an intercept).
    let xOffset: [Double]
    let gram: Bool
    /// Ascending.
    let eigenvalues: [Double]
    /// U (n × m, row-major), and U∘U for the diagonals.
    let u: [Double], uSquared: [Double]
    /// Uᵀ·1.
    let projectedOnes: [Double]
    /// What maps U-space weights to coefficients: centered X (n × p, coef = Xᵀ·c) in gram
    /// mode, V (p × p, coef = V·w) in cov mode.
    let coefBasis: [Double]

    /// Centers `X` (with an intercept) and decomposes it; X is taken as valid (finite, non-empty).
    init(_ X: NDArray<Float>, fitIntercept: Bool) {
        let n = X.shape[0], p = X.shape[1]
        rows = n
        columns = p
        self.fitIntercept = fitIntercept
        var x = X.storage.map(Double.init)
        xOffset = fitIntercept ? centerColumns(&x, rows: n, columns: p) : [Double](repeating: 0, count: p)
        gram = n <= p
        let m = gram ? n : p
        // The lower triangle of X·Xᵀ (n × n) or Xᵀ·X (p × p), which is all dsyevd reads.
        var matrix = [Double](repeating: 0, count: m * m)
        cblas_dsyrk(CblasRowMajor, CblasLower, gram ? CblasNoTrans : CblasTrans, Int32(m), Int32(gram ? p : n), 1, x,
                    Int32(p), 0, &matrix, Int32(m))
        var values = [Double](repeating: 0, count: m)
        _ = LAPACKE_dsyevd(LAPACK_ROW_MAJOR, Int8(UInt8(ascii: "V")), Int8(UInt8(ascii: "L")), Int32(m), &matrix, Int32(m), &values)
        eigenvalues = values
        if gram {
            u = matrix
            coefBasis = x
        } else {
            u = gemm(x, matrix, rows: n, inner: p, columns: p)
            coefBasis = matrix
        }
        uSquared = u.map { $0 * $0 }
        projectedOnes = gemm(u, transposeA: true, [Double](repeating: 1, count: n), rows: m, inner: n, columns: 1, lda: m)
    }

    /// The alpha of least mean squared leave-one-out residual over all `targets` (n × t,
    /// row-major, centered with an intercept) — the first of equal ones — with that score
    /// (minus the mean) and its coefficients (p × t).
    func bestFit(targets: [Double], targetCount t: Int, alphas: [Double]) -> (alpha: Double, score: Double, coef: [Double]) {
        let n = rows, m = eigenvalues.count
        let projectedTargets = gemm(u, transposeA: true, targets, rows: m, inner: n, columns: t, lda: m)
        var best: (alpha: Double, score: Double, weights: [Double])?
        for alpha in alphas {
            let d = eigenvalues.map { 1 / ($0 + alpha) }
            // w = diag(D)·Uᵀ·y; s = U·w is c (gram) or the fitted values (cov).
            let w = projectedTargets.indices.map { projectedTargets[$0] * d[$0 / t] }
            let s = gemm(u, w, rows: n, inner: m, columns: t)
            var diagonal = gemm(uSquared, d, rows: n, inner: m, columns: 1)
            let g = fitIntercept ? gemm(u, zip(d, projectedOnes).map(*), rows: n, inner: m, columns: 1) : []
            for i in 0..<n {
                if gram {
                    if fitIntercept { diagonal[i] -= g[i] / Double(n) }
                } else {
                    diagonal[i] = 1 - diagonal[i] - (fitIntercept ? (1 - g[i]) / Double(n) : 0)
                }
            }
            var sum = 0.0
            for k in 0..<(n * t) {
                let residual = (gram ? s[k] : targets[k] - s[k]) / diagonal[k / t]
                sum += residual * residual
            }
            let score = -sum / Double(n * t)
            if best == nil || score > best!.score { best = (alpha, score, gram ? s : w) }
        }
        let chosen = best!
        let coef = gram
            ? gemm(coefBasis, transposeA: true, chosen.weights, rows: columns, inner: n, columns: t, lda: columns)
            : gemm(coefBasis, chosen.weights, rows: columns, inner: columns, columns: t)
        return (chosen.alpha, chosen.score, coef)
    }
}

/// Row-major A (rows × inner, or inner × rows when transposed) times B (inner × columns).
private func gemm(
    _ a: [Double], transposeA: Bool = false, _ b: [Double], rows: Int, inner: Int, columns: Int, lda: Int? = nil
) -> [Double] {
    var out = [Double](repeating: 0, count: rows * columns)
    cblas_dgemm(
        CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, CblasNoTrans, Int32(rows), Int32(columns), Int32(inner), 1,
        a, Int32(lda ?? (transposeA ? rows : inner)), b, Int32(columns), 0, &out, Int32(columns))
    return out
}
