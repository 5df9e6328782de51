import CLapack

/// Samples as contiguous `Double` rows with their linear kernel K = X Xᵀ.
///
/// libsvm works in double precision on data scikit-learn has converted to float64, so the
/// float32 input is widened once here; the whole Gram matrix is one BLAS `dsyrk` call (it fits
/// in memory for fMRI decoding sizes: n is a few hundred to a few thousand samples), and every
/// sub-problem — a class pair, a cross-validation fold — reads its block from it.
struct GramMatrix: Sendable {
    let samples: Int
    let features: Int
    /// The samples, row-major, samples × features.
    let x: [Double]
    /// K, row-major, samples × samples, both triangles filled.
    let kernel: [Double]

    init(_ matrix: NDArray<Float>) {
        samples = matrix.shape[0]
        features = matrix.shape[1]
        x = matrix.storage.map(Double.init)
        kernel = Self.linearKernel(x, samples: samples, features: features)
    }

    static func linearKernel(_ x: [Double], samples n: Int, features d: Int) -> [Double] {
        var k = [Double](repeating: 0, count: n * n)
        guard n > 0 else { return k }
        x.withUnsafeBufferPointer { xp in
            k.withUnsafeMutableBufferPointer { kp in
                cblas_dsyrk(CblasRowMajor, CblasUpper, CblasNoTrans, Int32(n), Int32(d),
                            1, xp.baseAddress, Int32(max(d, 1)), 0, kp.baseAddress, Int32(n))
                for i in 0..<n { for j in 0..<i { kp[i * n + j] = kp[j * n + i] } }
            }
        }
        return k
    }
}

/// out (m × r) = a (m × d) · bᵀ (r × d)ᵀ, row-major, through BLAS.
func multiplyTransposed(_ a: [Double], rows m: Int, _ b: [Double], rows r: Int, columns d: Int) -> [Double] {
    var out = [Double](repeating: 0, count: m * r)
    guard m > 0, r > 0, d > 0 else { return out }
    a.withUnsafeBufferPointer { ap in
        b.withUnsafeBufferPointer { bp in
            out.withUnsafeMutableBufferPointer { op in
                cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasTrans, Int32(m), Int32(r), Int32(d),
                            1, ap.baseAddress, Int32(d), bp.baseAddress, Int32(d), 0, op.baseAddress, Int32(r))
            }
        }
    }
    return out
}

/// out (m × n) = a (m × k) · b (k × n), row-major, through BLAS.
func multiply(_ a: [Double], rows m: Int, inner k: Int, _ b: [Double], columns n: Int) -> [Double] {
    var out = [Double](repeating: 0, count: m * n)
    guard m > 0, n > 0, k > 0 else { return out }
    a.withUnsafeBufferPointer { ap in
        b.withUnsafeBufferPointer { bp in
            out.withUnsafeMutableBufferPointer { op in
                cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, Int32(m), Int32(n), Int32(k),
                            1, ap.baseAddress, Int32(k), bp.baseAddress, Int32(n), 0, op.baseAddress, Int32(n))
            }
        }
    }
    return out
}
