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
    let (f, p) = try anovaF(x, y.classLabelStrings)
    return (NDArray(f), NDArray(p))
}

/// `fClassif` of a float64 matrix, computed in double precision throughout.
public func fClassif(_ x: NDArray<Double>, _ y: some ClassLabelColumn) throws(FeatureSelectionError)
    -> (f: NDArray<Double>, pValues: NDArray<Double>)
{
    let (f, p) = try anovaF(x, y.classLabelStrings)
    return (NDArray(f), NDArray(p))
}

/// Checks X is a finite (samples × features) matrix matching `labels`; the error names the
/// first bad cell.
func validateFeatureMatrix<T: BinaryFloatingPoint>(_ x: NDArray<T>, labels: Int?) throws(FeatureSelectionError) {
    guard x.ndim == 2 else { throw .notTwoDimensional(shape: x.shape) }
    guard x.shape[0] > 0, x.shape[1] > 0 else { throw .empty(shape: x.shape) }
    if let labels, labels != x.shape[0] { throw .sampleCountMismatch(rows: x.shape[0], labels: labels) }
    let d = x.shape[1]
    let bad: Int? = x.withUnsafeBufferPointer { p in
        guard hasNonFinite(p) else { return nil }
        for k in 0..<p.count where !p[k].isFinite { return k }
        return nil
    }
    if let k = bad { throw .nonFinite(row: k / d, column: k % d, value: Double(x.storage[k])) }
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

@_specialize(where T == Float)
@_specialize(where T == Double)
func anovaF<T: BinaryFloatingPoint>(_ x: NDArray<T>, _ labels: [String]) throws(FeatureSelectionError)
    -> (f: [Double], p: [Double])
{
    try validateFeatureMatrix(x, labels: labels.count)
    let classes = ClassLabels(labels)
    guard classes.classes.count >= 2 else { throw .oneClass(label: classes.classes[0]) }
    let (n, d, k) = (x.shape[0], x.shape[1], classes.classes.count)
    guard n > k else { throw .tooFewSamples(samples: n, classes: k) }

    // Per class, in numpy.unique order: Σx and Σx², accumulated over that class's rows in order.
    var sums = [[T]](repeating: [], count: k)
    var squares = [[T]](repeating: [], count: k)
    var counts = [Int](repeating: 0, count: k)
    x.withUnsafeBufferPointer { p in
        for r in 0..<n {
            let c = classes.codes[r]
            let row = p.baseAddress! + r * d
            if counts[c] == 0 {
                sums[c] = Array(UnsafeBufferPointer(start: row, count: d))
                squares[c] = (0..<d).map { row[$0] * row[$0] }
            } else {
                sums[c].withUnsafeMutableBufferPointer { s in
                    squares[c].withUnsafeMutableBufferPointer { q in
                        for j in 0..<d {
                            s[j] += row[j]
                            q[j] += row[j] * row[j]
                        }
                    }
                }
            }
            counts[c] += 1
        }
    }
    let total = T(n)
    var f = [Double](repeating: 0, count: d)
    var p = [Double](repeating: 0, count: d)
    let dfBetween = Double(k - 1), dfWithin = Double(n - k)
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
        let value = (ssBetween / dfBetween) / (ssWithin / dfWithin)
        f[j] = value
        p[j] = IncompleteBeta.fSurvival(dfn: dfBetween, dfd: dfWithin, f: value)
    }
    return (f, p)
}
