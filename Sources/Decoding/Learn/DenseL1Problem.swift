internal import CLiblinear

/// A two-class problem for liblinear's `l1` solvers (squared hinge and logistic) on dense
/// rows, built once and trained for any number of Cs (Sources/CLiblinear/l1dense.h): no
/// sparse feature nodes, no transpose per fit, the solvers' column sums vectorized; the
/// weights and iteration counts are bit for bit those of `train` on the same rows.
///
/// `nil` when the problem is not one that path reproduces exactly (a zero or non-finite value,
/// which liblinear's sparse rows treat differently, or a class missing): callers then take
/// ``fitLiblinear(x:features:rows:codes:classCount:solver:fits:tol:fitIntercept:interceptScaling:maxIter:)``.
final class DenseL1Problem {
    private let problem: OpaquePointer
    let features: Int
    let bias: Double

    init?(x: UnsafeBufferPointer<Float>, features d: Int, rows: [Int], codes: [Int], fitIntercept: Bool, interceptScaling: Double) {
        guard rows.count == codes.count, d > 0, d < Int(Int32.max), rows.count < Int(Int32.max) else { return nil }
        let bias = fitIntercept ? interceptScaling : -1
        let rows32 = rows.map { Int32($0) }, codes32 = codes.map { Int32($0) }
        guard let p = l1_dense_create(x.baseAddress, Int32(d), rows32, codes32, Int32(rows.count), bias) else { return nil }
        problem = p
        features = d
        self.bias = bias
    }

    deinit { l1_dense_destroy(problem) }

    /// `train` with `solver` (`.l1rL2LossSVC` or `.l1rLogistic`) once for each (C, seed) of `fits`,
    /// each after `set_seed(seed)`, as `_fit_liblinear` returns them: one row of coefficients
    /// (class 1 positive) and the intercept. The logistic fits run interleaved (faster, the same
    /// bits as one by one).
    func fit(solver: LiblinearSolver, fits: [(C: Double, seed: UInt32)], tol: Double, maxIter: Int) -> [LiblinearFit] {
        precondition(solver == .l1rL2LossSVC || solver == .l1rLogistic, "DenseL1Problem fits the l1 solvers only")
        let hasBias = bias > 0, width = features + (hasBias ? 1 : 0), n = fits.count
        var w = [Double](repeating: 0, count: n * width)
        var iterations = [Int32](repeating: 0, count: n)
        let problems = [OpaquePointer?](repeating: problem, count: n)
        let status = l1_dense_train_fits(
            problems, solver.rawValue, fits.map(\.C), fits.map(\.seed), Int32(n), tol, Int32(clamping: maxIter), &w, &iterations)
        precondition(status == 0, "l1_dense_train_fits refused a problem it built")
        return (0..<n).map { k in
            let row = Array(w[k * width..<k * width + features])
            let intercept = hasBias ? bias * w[k * width + features] : 0
            return LiblinearFit(coef: row, intercept: [intercept], rows: 1, features: features, iterations: [Int(iterations[k])])
        }
    }
}
