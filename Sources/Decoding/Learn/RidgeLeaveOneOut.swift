import CLapack

/// scikit-learn's `_RidgeGCV` for dense, centered, unweighted data: one eigendecomposition,
/// then the leave-one-out residuals and coefficients of any alpha in O(n²t) or O(p²n).
///
/// `gram` mode (n ≤ p): K = X·Xᵀ = Q·diag(λ)·Qᵀ, c = Q·diag(1/(λ+α))·Qᵀ·y, residual = c / diag(G⁻¹)
/// corrected for the intercept, coef = Xᵀ·c. `cov` mode (n > p): H = Xᵀ·X = V·diag(λ)·Vᵀ,
/// coef = H⁻¹·Xᵀ·y, residual = (y − X·coef) / (1 − diag(X·H⁻¹·Xᵀ) − intercept term).
struct RidgeLeaveOneOut {
    let x: [Double]
    let n: Int, p: Int, t: Int
    let targets: [Double]
    let fitIntercept: Bool
    let gram: Bool
    /// Eigenvalues ascending, eigenvectors as the columns of a row-major m × m matrix.
    let eigenvalues: [Double]
    let eigenvectors: [Double]
    /// Qᵀ·y (gram) or Xᵀ·y (cov), m × t; and Qᵀ·1 (gram) or Xᵀ·1 (cov).
    let projectedTargets: [Double]
    let projectedOnes: [Double]

    init(x: [Double], rows n: Int, columns p: Int, targets: [Double], targetCount t: Int, fitIntercept: Bool) {
        self.x = x
        self.n = n
        self.p = p
        self.t = t
        self.targets = targets
        self.fitIntercept = fitIntercept
        gram = n <= p
        let m = gram ? n : p
        // K = X·Xᵀ (n × n) or Xᵀ·X (p × p).
        var matrix = [Double](repeating: 0, count: m * m)
        cblas_dgemm(
            CblasRowMajor, gram ? CblasNoTrans : CblasTrans, gram ? CblasTrans : CblasNoTrans, Int32(m), Int32(m),
            Int32(gram ? p : n), 1, x, Int32(p), x, Int32(p), 0, &matrix, Int32(m))
        var values = [Double](repeating: 0, count: m)
        _ = LAPACKE_dsyevd(LAPACK_ROW_MAJOR, Int8(UInt8(ascii: "V")), Int8(UInt8(ascii: "L")), Int32(m), &matrix, Int32(m), &values)
        eigenvalues = values
        eigenvectors = matrix
        let ones = [Double](repeating: 1, count: n)
        if gram {
            projectedTargets = gemm(matrix, transposeA: true, targets, rows: m, inner: n, columns: t)
            projectedOnes = gemm(matrix, transposeA: true, ones, rows: m, inner: n, columns: 1)
        } else {
            projectedTargets = gemm(x, transposeA: true, targets, rows: p, inner: n, columns: t, lda: p)
            projectedOnes = gemm(x, transposeA: true, ones, rows: p, inner: n, columns: 1, lda: p)
        }
    }

    /// Leave-one-out residuals (n × t) and coefficients (p × t) for `alpha`.
    func solve(alpha: Double) -> (looe: [Double], coef: [Double]) {
        let m = eigenvalues.count
        let D = eigenvalues.map { 1 / ($0 + alpha) }
        let Q = eigenvectors
        if gram {
            let c = gemm(Q, scaledRows(projectedTargets, D, columns: t), rows: n, inner: m, columns: t)
            var d = (0..<n).map { i in (0..<m).reduce(0.0) { $0 + D[$1] * Q[i * m + $1] * Q[i * m + $1] } }
            if fitIntercept {
                let g = gemm(Q, scaledRows(projectedOnes, D, columns: 1), rows: n, inner: m, columns: 1)
                for i in 0..<n { d[i] -= g[i] / Double(n) }
            }
            let looe = (0..<(n * t)).map { c[$0] / d[$0 / t] }
            return (looe, gemm(x, transposeA: true, c, rows: p, inner: n, columns: t, lda: p))
        }
        // H⁻¹ = V·diag(D)·Vᵀ
        let hinv = gemm(scaledColumns(Q, D, columns: m), transposeB: true, Q, rows: m, inner: m, columns: m)
        let coef = gemm(hinv, projectedTargets, rows: p, inner: p, columns: t)
        let fitted = gemm(x, coef, rows: n, inner: p, columns: t)
        let xh = gemm(x, hinv, rows: n, inner: p, columns: p)
        var d = (0..<n).map { i in 1 - (0..<p).reduce(0.0) { $0 + xh[i * p + $1] * x[i * p + $1] } }
        if fitIntercept {
            let h1 = gemm(hinv, projectedOnes, rows: p, inner: p, columns: 1)
            let xh1 = gemm(x, h1, rows: n, inner: p, columns: 1)
            for i in 0..<n { d[i] -= (1 - xh1[i]) / Double(n) }
        }
        let looe = (0..<(n * t)).map { (targets[$0] - fitted[$0]) / d[$0 / t] }
        return (looe, coef)
    }
}

/// Row-major A (rows × inner, or inner × rows when transposed) times B (inner × columns).
private func gemm(
    _ a: [Double], transposeA: Bool = false, transposeB: Bool = false, _ b: [Double], rows: Int, inner: Int, columns: Int,
    lda: Int? = nil
) -> [Double] {
    var out = [Double](repeating: 0, count: rows * columns)
    cblas_dgemm(
        CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans, Int32(rows),
        Int32(columns), Int32(inner), 1, a, Int32(lda ?? (transposeA ? rows : inner)), b,
        Int32(transposeB ? inner : columns), 0, &out, Int32(columns))
    return out
}

/// diag(scale)·M for M with `columns` columns.
private func scaledRows(_ m: [Double], _ scale: [Double], columns: Int) -> [Double] {
    m.indices.map { m[$0] * scale[$0 / columns] }
}

/// M·diag(scale).
private func scaledColumns(_ m: [Double], _ scale: [Double], columns: Int) -> [Double] {
    m.indices.map { m[$0] * scale[$0 % columns] }
}
