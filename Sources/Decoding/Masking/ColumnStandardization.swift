/// nilearn's `standardize_signal(standardize='zscore_sample')` in its own float32 arithmetic:
/// the column mean accumulated row by row in float32 (numpy reduces the outer axis so) and
/// divided in float32, the centred data's `std(ddof=1)` computed the same way (numpy's `_var`:
/// mean, deviations, squares, sum, ÷ (n−1), √), a std below float64's ε taken as 1.
///
/// `NiftiMasker` standardizes in double precision and rounds once, which differs from
/// nilearn's float32 values by a few 1e-7 relative; the decoder standardizes this way so that
/// what it feeds the models (and the `l1_min_c` bound of the `svc_l1` grid) is nilearn's to
/// the bit.
func zscoreSampleFloat32(_ x: inout [Float], rows: Int, columns: Int) {
    guard rows > 1 else { return }
    let n = Float(rows), ddofCount = Float(rows - 1)
    var mean = [Float](repeating: 0, count: columns)
    x.withUnsafeMutableBufferPointer { p in
        for r in 0..<rows { for c in 0..<columns { mean[c] += p[r * columns + c] } }
        for c in 0..<columns { mean[c] /= n }
        for r in 0..<rows { for c in 0..<columns { p[r * columns + c] -= mean[c] } }
        // std(ddof=1) of the centred data.
        var centredMean = [Float](repeating: 0, count: columns)
        for r in 0..<rows { for c in 0..<columns { centredMean[c] += p[r * columns + c] } }
        for c in 0..<columns { centredMean[c] /= n }
        var squares = [Float](repeating: 0, count: columns)
        for r in 0..<rows {
            for c in 0..<columns {
                let d = p[r * columns + c] - centredMean[c]
                squares[c] += d * d
            }
        }
        var std = squares.map { ($0 / ddofCount).squareRoot() }
        for c in 0..<columns where Double(std[c]) < Double.ulpOfOne { std[c] = 1 }
        for r in 0..<rows { for c in 0..<columns { p[r * columns + c] /= std[c] } }
    }
}
