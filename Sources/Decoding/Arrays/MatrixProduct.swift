import CLapack

/// Element types BLAS multiplies: `cblas_sgemm` for `Float`, `cblas_dgemm` for `Double`.
public protocol BLASScalar: BinaryFloatingPoint {
    /// C (m×n) = A (m×k) · B (k×n), all row-major and contiguous.
    static func gemm(m: Int, n: Int, k: Int, a: UnsafePointer<Self>, b: UnsafePointer<Self>, c: UnsafeMutablePointer<Self>)
}

extension Float: BLASScalar {
    /// Single precision through `cblas_sgemm`.
    public static func gemm(m: Int, n: Int, k: Int, a: UnsafePointer<Float>, b: UnsafePointer<Float>, c: UnsafeMutablePointer<Float>) {
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, blasint(m), blasint(n), blasint(k),
                    1, a, blasint(max(k, 1)), b, blasint(max(n, 1)), 0, c, blasint(max(n, 1)))
    }
}

extension Double: BLASScalar {
    /// Double precision through `cblas_dgemm`.
    public static func gemm(m: Int, n: Int, k: Int, a: UnsafePointer<Double>, b: UnsafePointer<Double>, c: UnsafeMutablePointer<Double>) {
        cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, blasint(m), blasint(n), blasint(k),
                    1, a, blasint(max(k, 1)), b, blasint(max(n, 1)), 0, c, blasint(max(n, 1)))
    }
}

extension NDArray where Element: BLASScalar {
    /// numpy's `a @ b` for 1-D and 2-D operands: a 1-D left operand is a row, a 1-D right
    /// operand a column, and those axes are dropped from the result (vector · vector is a
    /// 0-d array).
    /// - Precondition: the inner dimensions agree.
    public func matmul(_ other: NDArray) -> NDArray {
        precondition((1...2).contains(ndim) && (1...2).contains(other.ndim),
                     "matmul supports 1-D and 2-D operands, not \(shape) @ \(other.shape)")
        let (m, k) = ndim == 2 ? (shape[0], shape[1]) : (1, shape[0])
        let (k2, n) = other.ndim == 2 ? (other.shape[0], other.shape[1]) : (other.shape[0], 1)
        precondition(k == k2, "matmul: shapes \(shape) and \(other.shape) not aligned: \(k) (dim \(ndim - 1)) != \(k2) (dim 0)")
        var out = [Element](repeating: 0, count: m * n)
        if m > 0, n > 0, k > 0 {
            storage.withUnsafeBufferPointer { a in
                other.storage.withUnsafeBufferPointer { b in
                    out.withUnsafeMutableBufferPointer { c in
                        Element.gemm(m: m, n: n, k: k, a: a.baseAddress!, b: b.baseAddress!, c: c.baseAddress!)
                    }
                }
            }
        }
        var dims = [Int]()
        if ndim == 2 { dims.append(m) }
        if other.ndim == 2 { dims.append(n) }
        return NDArray(shape: Shape(dims), storage: out)
    }
}
