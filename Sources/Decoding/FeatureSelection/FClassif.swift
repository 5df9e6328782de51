/// The ANOVA F-value of each feature for class labels, and its p-value: scikit-learn's
/// `f_classif`.
///
/// The arithmetic follows scikit-learn's `f_oneway` step by step, in the input's precision
/// where scikit-learn stays in it (column sums and sums of squares accumulated row by row, as
/// numpy reduces over the first axis) and in double precision where numpy promotes (the
/// between-class term divides by the int64 class sizes). F values of a float32 matrix are
/// therefore the same doubles scikit-learn computes, so rankings and ties agree. P-values are
/// the F distribution's survival function (scipy's `fdtrc`). A constant feature gets F = NaN
/// (p NaN) when constant overall, F = +∞ (p 0) when constant within every class.
///
///     let (f, pValues) = try fClassif(fmriMasked, conditions)
public func fClassif(_ x: NDArray<Float>, _ y: some ClassLabelColumn) throws(FeatureSelectionError)
    -> (f: NDArray<Double>, pValues: NDArray<Double>)
{
    let result = try anovaF(x, y.classLabelStrings)
    return (NDArray(result.f), NDArray(result.pValues))
}

/// `fClassif` of a float64 matrix, computed in double precision throughout.
public func fClassif(_ x: NDArray<Double>, _ y: some ClassLabelColumn) throws(FeatureSelectionError)
    -> (f: NDArray<Double>, pValues: NDArray<Double>)
{
    let result = try anovaF(x, y.classLabelStrings)
    return (NDArray(result.f), NDArray(result.pValues))
}

/// Checks X — or its rows `rows`, in that order, as `x[rows: rows]` would hold them — is a
/// finite (samples × features) matrix matching `labels`; the error names the first bad cell.
/// `finiteness: false` checks the shape only, for a caller that checks the values as it goes.
func validateFeatureMatrix<T: BinaryFloatingPoint>(
    _ x: NDArray<T>, rows: [Int]? = nil, labels: Int?, finiteness: Bool = true
) throws(FeatureSelectionError) {
    guard x.ndim == 2 else { throw .notTwoDimensional(shape: x.shape) }
    let (n, d) = (rows?.count ?? x.shape[0], x.shape[1])
    guard n > 0, d > 0 else { throw .empty(shape: [n, d]) }
    if let labels, labels != n { throw .sampleCountMismatch(rows: n, labels: labels) }
    guard finiteness else { return }
    // Whole rows are contiguous: one block for the matrix, one per listed row.
    let blocks = rows.map { $0.map { ($0 * d)..<($0 * d + d) } } ?? [0..<(n * d)]
    let bad: (offset: Int, value: Double)? = x.withUnsafeBufferPointer { p in
        var before = 0
        for block in blocks {
            let values = UnsafeBufferPointer(rebasing: p[block])
            if hasNonFinite(values), let k = values.firstIndex(where: { !$0.isFinite }) {
                return (before + k, Double(values[k]))
            }
            before += block.count
        }
        return nil
    }
    if let bad { throw .nonFinite(row: bad.offset / d, column: bad.offset % d, value: bad.value) }
}

/// Whether any value is NaN or infinite, from the exponent bits: a branch-free loop the
/// compiler vectorizes (a decoder's folds check 31,650 × 194 values twice each).
/// An all-ones exponent plus one carries into the sign bit, which nothing else reaches.
private func hasNonFinite<T: BinaryFloatingPoint>(_ p: UnsafeBufferPointer<T>) -> Bool {
    guard let base = p.baseAddress else { return false }
    if T.self == Double.self {
        let bits = UnsafeRawPointer(base).assumingMemoryBound(to: UInt64.self)
        var flags: UInt64 = 0
        for k in 0..<p.count { flags |= (bits[k] & 0x7FF0_0000_0000_0000) &+ 0x0010_0000_0000_0000 }
        return flags >> 63 != 0
    }
    if T.self == Float.self {
        let bits = UnsafeRawPointer(base).assumingMemoryBound(to: UInt32.self)
        var flags: UInt32 = 0
        for k in 0..<p.count { flags |= (bits[k] & 0x7F80_0000) &+ 0x0080_0000 }
        return flags >> 31 != 0
    }
    return p.contains { !$0.isFinite }
}

/// What `anovaF` computes: the F value of each feature and the degrees of freedom its
/// p-value needs, which is worked out only when asked for (`SelectKBest` and
/// `SelectPercentile` rank by F alone, and 31,650 incomplete beta functions per fold cost more
/// than the F values themselves).
struct AnovaF: Sendable {
    var f: [Double]
    var dfBetween: Double
    var dfWithin: Double

    /// scipy's `fdtrc` of each F value.
    var pValues: [Double] { f.map { IncompleteBeta.fSurvival(dfn: dfBetween, dfd: dfWithin, f: $0) } }
}

/// `anovaF` of X in its own precision, after checking it.
func anovaF<T: BinaryFloatingPoint>(_ x: NDArray<T>, _ labels: [String]) throws(FeatureSelectionError) -> AnovaF {
    try validateFeatureMatrix(x, labels: labels.count)
    return try anovaF(x, rows: nil, labels: labels, in: T.self)
}

/// The F values of rows `rows` of X (every row when nil), accumulated in `T`: in X's own
/// precision as numpy does, or, for `T` Double over float32 storage, exactly what the float64
/// copy of those rows would give (each float32 widens exactly, and the operations are the
/// same in the same order), without making the copy. X's shape must already be checked, and
/// its values too unless `checkingValues`: then each row is checked just before it is added,
/// while it is in cache, instead of in a pass of its own — a bad value is reported as
/// ``validateFeatureMatrix(_:rows:labels:finiteness:)`` reports it, and before a class error.
@_specialize(where Stored == Float, T == Float)
@_specialize(where Stored == Float, T == Double)
@_specialize(where Stored == Double, T == Double)
func anovaF<Stored: BinaryFloatingPoint, T: BinaryFloatingPoint>(
    _ x: NDArray<Stored>, rows: [Int]?, labels: [String], in _: T.Type, checkingValues: Bool = false
) throws(FeatureSelectionError) -> AnovaF {
    let classes = ClassLabels(labels)
    let (n, d, k) = (rows?.count ?? x.shape[0], x.shape[1], classes.classes.count)
    if checkingValues && (k < 2 || n <= k) { try validateFeatureMatrix(x, rows: rows, labels: nil) }
    guard k >= 2 else { throw .oneClass(label: classes.classes[0]) }
    guard n > k else { throw .tooFewSamples(samples: n, classes: k) }

    // Per class, in numpy.unique order: Σx and Σx², accumulated over that class's rows in order.
    var sums = [[T]](repeating: [], count: k)
    var squares = [[T]](repeating: [], count: k)
    var counts = [Int](repeating: 0, count: k)
    let bad: (row: Int, column: Int, value: Double)? = x.withUnsafeBufferPointer { p in
        for i in 0..<n {
            let c = classes.codes[i]
            let row = p.baseAddress! + (rows?[i] ?? i) * d
            if checkingValues {
                let values = UnsafeBufferPointer(start: row, count: d)
                if hasNonFinite(values), let j = values.firstIndex(where: { !$0.isFinite }) { return (i, j, Double(values[j])) }
            }
            if counts[c] == 0 {
                sums[c] = (0..<d).map { T(row[$0]) }
                squares[c] = (0..<d).map { let v = T(row[$0]); return v * v }
            } else {
                sums[c].withUnsafeMutableBufferPointer { s in
                    squares[c].withUnsafeMutableBufferPointer { q in
                        for j in 0..<d {
                            let v = T(row[j])
                            s[j] += v
                            q[j] += v * v
                        }
                    }
                }
            }
            counts[c] += 1
        }
        return nil
    }
    if let bad { throw .nonFinite(row: bad.row, column: bad.column, value: bad.value) }
    let total = T(n)
    var f = [Double](repeating: 0, count: d)
    for j in 0..<d {
        var ssAll = squares[0][j], sumAll = sums[0][j]
        for c in 1..<k {
            ssAll += squares[c][j]
            sumAll += sums[c][j]
        }
        let squareOfSumAll = sumAll * sumAll
        let ssTotal = ssAll - squareOfSumAll / total
        var ssBetween = 0.0
        for c in 0..<k {
            let s = sums[c][j]
            ssBetween += Double(s * s) / Double(counts[c])
        }
        ssBetween -= Double(squareOfSumAll / total)
        let ssWithin = Double(ssTotal) - ssBetween
        f[j] = (ssBetween / Double(k - 1)) / (ssWithin / Double(n - k))
    }
    return AnovaF(f: f, dfBetween: Double(k - 1), dfWithin: Double(n - k))
}
