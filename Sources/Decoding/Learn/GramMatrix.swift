import CLapack

/// Samples (float32, as given) with their linear kernel K = X Xᵀ computed in double precision.
///
/// libsvm works in double on data scikit-learn has widened to float64; widening is exact, so
/// K is the double-precision product of the float32 values. It is computed by BLAS `dsyrk` on
/// blocks of columns widened into one reusable buffer (no full double copy of a 216 × 35 000
/// matrix), summed into K. Every sub-problem — a class pair, a cross-validation fold — reads
/// its block of K.
struct GramMatrix: Sendable {
    let samples: Int
    let features: Int
    /// The samples, row-major, samples × features (shares the caller's storage).
    let x: [Float]
    /// K, row-major, samples × samples, both triangles filled.
    let kernel: [Double]

    /// Columns widened per `dsyrk` call: 8 MB of doubles for 256 samples.
    static let blockColumns = 4096

    init(_ matrix: NDArray<Float>) {
        samples = matrix.shape[0]
        features = matrix.shape[1]
        x = matrix.storage
        kernel = Self.linearKernel(x, samples: samples, features: features)
    }

    static func linearKernel(_ x: [Float], samples n: Int, features d: Int) -> [Double] {
        var k = [Double](repeating: 0, count: n * n)
        guard n > 0, d > 0 else { return k }
        let width = min(d, blockColumns)
        var block = [Double](repeating: 0, count: n * width)
        x.withUnsafeBufferPointer { xp in
            k.withUnsafeMutableBufferPointer { kp in
                block.withUnsafeMutableBufferPointer { bp in
                    var start = 0
                    while start < d {
                        let w = min(width, d - start)
                        for i in 0..<n {
                            let src = xp.baseAddress! + i * d + start
                            let dst = bp.baseAddress! + i * w
                            for j in 0..<w { dst[j] = Double(src[j]) }
                        }
                        cblas_dsyrk(CblasRowMajor, CblasUpper, CblasNoTrans, Int32(n), Int32(w),
                                    1, bp.baseAddress, Int32(w), start == 0 ? 0 : 1, kp.baseAddress, Int32(n))
                        start += w
                    }
                    for i in 0..<n { for j in 0..<i { kp[i * n + j] = kp[j * n + i] } }
                }
            }
        }
        return k
    }
}

/// Σₖ Double(a[k]) · b[k] over `count` elements, vectorised (8 lanes, then the tail).
@inline(__always)
func widenedDot(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Double>, count: Int) -> Double {
    var acc0 = SIMD8<Double>(), acc1 = SIMD8<Double>()
    var k = 0
    while k + 16 <= count {
        let a0 = UnsafeRawPointer(a + k).loadUnaligned(as: SIMD8<Float>.self)
        let a1 = UnsafeRawPointer(a + k + 8).loadUnaligned(as: SIMD8<Float>.self)
        acc0 += SIMD8<Double>(a0) * UnsafeRawPointer(b + k).loadUnaligned(as: SIMD8<Double>.self)
        acc1 += SIMD8<Double>(a1) * UnsafeRawPointer(b + k + 8).loadUnaligned(as: SIMD8<Double>.self)
        k += 16
    }
    var sum = (acc0 + acc1).sum()
    while k < count { sum += Double(a[k]) * b[k]; k += 1 }
    return sum
}
