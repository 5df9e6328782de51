import CLapack

/// What scikit-learn's `_RidgeGCV` (dense, unweighted) computes from X alone: X centered when
/// there is an intercept, one symmetric eigendecomposition, and U, the rows of X in the
/// eigenbasis. Any targets and alpha then cost a few passes over U — no p³ inverse per alpha.
/// Immutable and `Sendable`: the one-vs-rest problems of a `Decoder` fold train on the same
/// rows and share one (`RidgeClassifierCV.fit(_:_:sharing:)`). (dsyevd: faster than dsyevr here.)
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
    ///
    /// Every alpha's products with U come from two matrix products over all alphas at once
    /// (U and U∘U read once, not three times per alpha).
    func bestFit(targets: [Double], targetCount t: Int, alphas: [Double]) -> (alpha: Double, score: Double, coef: [Double]) {
        let n = rows, m = eigenvalues.count, a = alphas.count
        let projectedTargets = gemm(u, transposeA: true, targets, rows: m, inner: n, columns: t, lda: m)
        // D (m × a), D_kj = 1/(λ_k + α_j); W (m × (a·t + a)): per alpha, diag(D_j)·Uᵀ·y, then
        // (with an intercept) diag(D_j)·Uᵀ·1. U·W gives c or the fitted values, and g = U·diag(D)·Uᵀ·1.
        let wide = a * t + (fitIntercept ? a : 0)
        var d = [Double](repeating: 0, count: m * a), w = [Double](repeating: 0, count: m * wide)
        for k in 0..<m {
            for j in 0..<a {
                let dkj = 1 / (eigenvalues[k] + alphas[j])
                d[k * a + j] = dkj
                for r in 0..<t { w[k * wide + j * t + r] = dkj * projectedTargets[k * t + r] }
                if fitIntercept { w[k * wide + a * t + j] = dkj * projectedOnes[k] }
            }
        }
        let s = gemm(u, w, rows: n, inner: m, columns: wide)
        let diagonals = gemm(uSquared, d, rows: n, inner: m, columns: a)
        var best: (j: Int, score: Double)?
        for j in 0..<a {
            var sum = 0.0
            for i in 0..<n {
                var diagonal = diagonals[i * a + j]
                let g = fitIntercept ? s[i * wide + a * t + j] : 0
                if gram {
                    diagonal -= g / Double(n)
                } else {
                    diagonal = 1 - diagonal - (fitIntercept ? (1 - g) / Double(n) : 0)
                }
                for r in 0..<t {
                    let fit = s[i * wide + j * t + r]
                    let residual = (gram ? fit : targets[i * t + r] - fit) / diagonal
                    sum += residual * residual
                }
            }
            let score = -sum / Double(n * t)
            if best == nil || score > best!.score { best = (j, score) }
        }
        let chosen = best!
        // The chosen alpha's block of columns: c (n × t) in gram mode, diag(D)·Uᵀ·y (m × t) in cov mode.
        let block = gram ? columnBlock(s, rows: n, stride: wide, from: chosen.j * t, count: t)
            : columnBlock(w, rows: m, stride: wide, from: chosen.j * t, count: t)
        let coef = gram
            ? gemm(coefBasis, transposeA: true, block, rows: columns, inner: n, columns: t, lda: columns)
            : gemm(coefBasis, block, rows: columns, inner: columns, columns: t)
        return (alphas[chosen.j], chosen.score, coef)
    }
}

/// Columns `from..<from+count` of a row-major matrix with `stride` columns.
private func columnBlock(_ m: [Double], rows: Int, stride: Int, from: Int, count: Int) -> [Double] {
    (0..<(rows * count)).map { m[($0 / count) * stride + from + $0 % count] }
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
