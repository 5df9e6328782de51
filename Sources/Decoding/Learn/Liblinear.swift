import CLapack
internal import CLiblinear

/// The liblinear solvers scikit-learn's `_get_liblinear_solver_type` picks.
enum LiblinearSolver: Int32, Sendable {
    case l2rLogistic = 0          // logistic, l2, primal (TRON)
    case l2rL2LossSVCDual = 1     // squared hinge, l2, dual coordinate descent
    case l2rL2LossSVC = 2         // squared hinge, l2, primal (TRON)
    case l2rL1LossSVCDual = 3     // hinge, l2, dual coordinate descent
    case l1rL2LossSVC = 5         // squared hinge, l1, primal coordinate descent
    case l1rLogistic = 6          // logistic, l1, newGLMNET
    case l2rLogisticDual = 7      // logistic, l2, dual
}

/// What scikit-learn's `_fit_liblinear` returns: `coef_` (rows × features, one row for two
/// classes), `intercept_` and `n_iter_` per row.
struct LiblinearFit: Sendable {
    var coef: [Double]
    var intercept: [Double]
    var rows: Int
    var features: Int
    var iterations: [Int]
}

/// scikit-learn's `_fit_liblinear` on the vendored liblinear (Sources/CLiblinearImpl/vendor): the samples
/// `rows` of the row-major matrix `x`, with class index `codes[r]` (0..<classCount) for each
/// of them, turned into liblinear's sparse rows (zeros skipped, the bias column
/// `interceptScaling` appended when fitting an intercept), trained after `set_seed(seed)`,
/// once for each (C, seed) of `fits`, in order.
///
/// `seed` is scikit-learn's `rnd.randint(np.iinfo("i").max)` drawn from the estimator's
/// `random_state`. Training runs on the calling thread (liblinear's generator is thread-local).
/// The fits share the problem: its rows are built once, and liblinear's dense copies of them
/// (Sources/CLiblinear/dense_share.h) are made by the first fit and reused by the others,
/// which changes no result (each fit reads the same values). Two-class `l1` problems on dense
/// rows take ``DenseL1Problem`` (the same weights, faster).
func fitLiblinear(
    x: UnsafeBufferPointer<Float>, features d: Int, rows: [Int], codes: [Int], classCount: Int,
    solver: LiblinearSolver, fits: [(C: Double, seed: UInt32)], tol: Double, fitIntercept: Bool,
    interceptScaling: Double, maxIter: Int
) -> [LiblinearFit] {
    if solver == .l1rL2LossSVC || solver == .l1rLogistic, classCount == 2,
       let dense = DenseL1Problem(x: x, features: d, rows: rows, codes: codes, fitIntercept: fitIntercept, interceptScaling: interceptScaling) {
        return dense.fit(solver: solver, fits: fits, tol: tol, maxIter: maxIter)
    }
    let bias = fitIntercept ? interceptScaling : -1
    let hasBias = bias > 0
    var nodes: [feature_node] = []
    nodes.reserveCapacity(rows.count * (d + 2))
    var starts: [Int] = []
    for r in rows {
        starts.append(nodes.count)
        let row = x.baseAddress! + r * d
        for j in 0..<d where row[j] != 0 { nodes.append(feature_node(index: Int32(j + 1), value: Double(row[j]))) }
        if hasBias { nodes.append(feature_node(index: Int32(d + 1), value: bias)) }
        nodes.append(feature_node(index: -1, value: 0))
    }
    var y = codes.map(Double.init)
    var weights = [Double](repeating: 1, count: rows.count)
    var classWeights = [Double](repeating: 1, count: classCount)
    var classLabels = (0..<classCount).map { Int32($0) }
    let width = d + (hasBias ? 1 : 0)
    let trained: [(raw: [Double], rows: Int, iterations: [Int])] = nodes.withUnsafeMutableBufferPointer { np in
        var pointers: [UnsafeMutablePointer<feature_node>?] = starts.map { np.baseAddress! + $0 }
        return pointers.withUnsafeMutableBufferPointer { pp in
            y.withUnsafeMutableBufferPointer { yp in
                weights.withUnsafeMutableBufferPointer { wp in
                    classWeights.withUnsafeMutableBufferPointer { cwp in
                        classLabels.withUnsafeMutableBufferPointer { clp in
                            liblinear_share_dense_rows(fits.count > 1 ? 1 : 0)
                            defer { liblinear_share_dense_rows(0) }
                            return fits.map { fit in
                                var prob = problem(
                                    l: Int32(rows.count), n: Int32(width), y: yp.baseAddress, x: pp.baseAddress,
                                    bias: bias, W: wp.baseAddress)
                                var param = parameter(
                                    solver_type: solver.rawValue, eps: tol, C: fit.C, nr_weight: Int32(classCount),
                                    weight_label: clp.baseAddress, weight: cwp.baseAddress, max_iter: Int32(maxIter),
                                    p: 0.1)
                                return train(&prob, &param, seed: fit.seed, width: width)
                            }
                        }
                    }
                }
            }
        }
    }
    return trained.map { raw, rawRows, iterations in
        var coef = [Double](repeating: 0, count: rawRows * d)
        var intercept = [Double](repeating: 0, count: rawRows)
        for i in 0..<rawRows {
            for j in 0..<d { coef[i * d + j] = raw[i * width + j] }
            if hasBias { intercept[i] = interceptScaling * raw[i * width + d] }
        }
        return LiblinearFit(coef: coef, intercept: intercept, rows: rawRows, features: d, iterations: iterations)
    }
}

/// One `train` after `set_seed(seed)`: liblinear's w as coef_ rows (each `width` long) and
/// the iterations of each row.
private func train(
    _ prob: inout problem, _ param: inout parameter, seed: UInt32, width: Int
) -> (raw: [Double], rows: Int, iterations: [Int]) {
    var blas = liblinearBLAS
    set_seed(seed)
    let model = CLiblinear.train(&prob, &param, &blas)!
    defer { var m: UnsafeMutablePointer<model>? = model; free_and_destroy_model(&m) }
    let k = Int(model.pointee.nr_class)
    let outRows = k == 2 ? 1 : k
    var iterations = [Int32](repeating: 0, count: outRows)
    get_n_iter(model, &iterations)
    // liblinear's w is (width × k) row-major, i.e. coef_ in Fortran order.
    var raw = [Double](repeating: 0, count: outRows * width)
    for i in 0..<outRows {
        for j in 0..<width { raw[i * width + j] = model.pointee.w[j * outRows + i] }
    }
    return (raw, outRows, iterations.map(Int.init))
}

/// The BLAS level-1 routines liblinear's TRON calls, from OpenBLAS (scikit-learn passes
/// SciPy's BLAS).
private let liblinearBLAS = BlasFunctions(
    dot: { n, x, incx, y, incy in cblas_ddot(n, x, incx, y, incy) },
    axpy: { n, a, x, incx, y, incy in cblas_daxpy(n, a, x, incx, y, incy) },
    scal: { n, a, x, incx in cblas_dscal(n, a, UnsafeMutablePointer(mutating: x), incx) },
    nrm2: { n, x, incx in cblas_dnrm2(n, x, incx) })

/// `_fit_liblinear` on all rows of X with string labels: classes sorted as numpy sorts them,
/// the seed drawn from `rng` as scikit-learn draws it.
func liblinearFit(
    _ X: NDArray<Float>, _ y: [String], estimator: String, solver: LiblinearSolver, C: Double, tol: Double,
    fitIntercept: Bool, interceptScaling: Double, maxIter: Int, rng: inout RandomState
) throws(ClassifierError) -> (model: FittedLinearModel, iterations: [Int]) {
    let labels = ClassLabels(y)
    guard labels.classes.count >= 2 else { throw .oneClass(estimator: estimator, label: labels.classes.first ?? "") }
    if fitIntercept, !(interceptScaling > 0) {
        throw .invalidParameter(
            estimator: estimator, name: "intercept_scaling", value: pythonFloat(interceptScaling),
            requirement: "greater than 0 (to disable fitting an intercept, set fitIntercept: false)")
    }
    let seed = UInt32(rng.randint(Int(Int32.max)))
    let d = X.shape[1]
    let fit = X.withUnsafeBufferPointer { xp in
        fitLiblinear(
            x: xp, features: d, rows: Array(0..<X.shape[0]), codes: labels.codes, classCount: labels.classes.count,
            solver: solver, fits: [(C, seed)], tol: tol, fitIntercept: fitIntercept, interceptScaling: interceptScaling,
            maxIter: maxIter)[0]
    }
    let model = FittedLinearModel(classes: labels.classes, features: d, coef: fit.coef, intercept: fit.intercept)
    return (model, fit.iterations)
}

func checkPositive(_ name: String, _ value: Double, estimator: String) throws(ClassifierError) {
    guard value > 0, value.isFinite else {
        throw .invalidParameter(estimator: estimator, name: name, value: pythonFloat(value), requirement: "a float in the range (0.0, inf)")
    }
}
