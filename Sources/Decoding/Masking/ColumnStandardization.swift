/// nilearn's `standardize_signal` on a row-major (time × voxels) matrix, in the arithmetic of
/// the matrix's own precision, as numpy computes it: column means accumulated row by row (numpy
/// reduces the outer axis so) and divided in `T`; for `.zscoreSample` the centred data's
/// `std(ddof=1)` computed the same way (numpy's `_var`: mean, deviations, squares, sum,
/// ÷ (n−1), √), a std below float64's ε taken as 1; for `.psc` `(x − mean) / |mean|` then
/// × 100, columns whose |mean| is below float64's ε set to 0.
///
/// With `T = Float` this is nilearn's float32 path, which its maskers take for integer and
/// float32 images: the values are then nilearn's to the bit, not a double-precision result
/// rounded once (a few 1e-7 relative apart) — what the `Decoder` feeds its models and the
/// `l1_min_c` bound of its `svc_l1` grid depend on it. A single time point is left as is
/// (nilearn skips it rather than return zeros).
func standardizeColumns<T: BinaryFloatingPoint>(_ x: inout [T], rows: Int, columns: Int, _ mode: Standardize) {
    guard mode != .none, rows > 1 else { return }
    let eps = Double.ulpOfOne
    // Through buffer pointers, so that each row's loop over the columns vectorizes; every
    // element still sees the same operations, and each column sums its rows in order.
    x.withUnsafeMutableBufferPointer { p in
        let mean = columnMeans(p, rows: rows, columns: columns)
        switch mode {
        case .zscoreSample:
            mean.withUnsafeBufferPointer { m in
                forEachRow(p, rows: rows, columns: columns) { row in for c in 0..<columns { row[c] -= m[c] } }
            }
            let centredMean = columnMeans(p, rows: rows, columns: columns)
            var squares = [T](repeating: 0, count: columns)
            squares.withUnsafeMutableBufferPointer { s in
                centredMean.withUnsafeBufferPointer { m in
                    forEachRow(p, rows: rows, columns: columns) { row in
                        for c in 0..<columns {
                            let d = row[c] - m[c]
                            s[c] += d * d
                        }
                    }
                }
            }
            let ddofCount = T(rows - 1)
            let std = squares.map { s -> T in
                let v = (s / ddofCount).squareRoot()
                return Double(v) < eps ? 1 : v
            }
            std.withUnsafeBufferPointer { sd in
                forEachRow(p, rows: rows, columns: columns) { row in for c in 0..<columns { row[c] /= sd[c] } }
            }
        case .psc:
            for r in 0..<rows {
                for c in 0..<columns {
                    let scale = abs(mean[c])
                    p[r * columns + c] = Double(scale) < eps ? 0 : (p[r * columns + c] - mean[c]) / scale * 100
                }
            }
        case .none:
            break
        }
    }
}

/// Calls `body` with each row of a row-major matrix in turn.
@inline(__always)
private func forEachRow<T>(
    _ p: UnsafeMutableBufferPointer<T>, rows: Int, columns: Int, _ body: (UnsafeMutablePointer<T>) -> Void
) {
    for r in 0..<rows { body(p.baseAddress! + r * columns) }
}

/// numpy's `x.mean(axis=0)` of a C-ordered matrix: rows added in order, then ÷ n, in `T`.
private func columnMeans<T: BinaryFloatingPoint>(_ p: UnsafeMutableBufferPointer<T>, rows: Int, columns: Int) -> [T] {
    var mean = [T](repeating: 0, count: columns)
    mean.withUnsafeMutableBufferPointer { m in
        forEachRow(p, rows: rows, columns: columns) { row in for c in 0..<columns { m[c] += row[c] } }
        let n = T(rows)
        for c in 0..<columns { m[c] /= n }
    }
    return mean
}
