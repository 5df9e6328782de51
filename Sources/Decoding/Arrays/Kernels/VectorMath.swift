internal import CVectorMath

/// The transcendental functions ``FloatingElement/vectorMath(_:_:_:_:)`` computes a buffer at a time.
public enum VectorMathFunction: Sendable {
    /// e to the power of the element.
    case exp
    /// The natural logarithm of the element.
    case log
    /// The base-10 logarithm of the element.
    case log10
}

extension FloatingElement {
    /// One thread, as numpy: measured on the 2-core shared machine (bench/ndarray), splitting
    /// exp or sqrt over two threads made 1e6 elements 1.5× slower and 1e7 no faster once
    /// other processes load the cores, and the SIMD loops are memory-bound at these sizes.
    public static func apply(_ f: ElementwiseFunction, _ a: UnsafePointer<Self>, _ c: UnsafeMutablePointer<Self>, _ n: Int) {
        switch f {
        case .sqrt:
            if DispatchedKernels.squareRoot(a, c, n) { return }
            for i in 0..<n { c[i] = a[i].squareRoot() }
        case .exp: vectorMath(.exp, a, c, n)
        case .log: vectorMath(.log, a, c, n)
        case .log10: vectorMath(.log10, a, c, n)
        case .roundEven: for i in 0..<n { c[i] = roundedEven(a[i]) }
        case .roundScaled(let scale, true):
            let f = Self(scale)
            for i in 0..<n { c[i] = roundedEven(a[i] * f) / f }
        case .roundScaled(let scale, false):
            let f = Self(scale)
            for i in 0..<n { c[i] = roundedEven(a[i] / f) * f }
        }
    }
}

extension VectorMathFunction {
    /// The one of three implementations (given in the order exp, log, log10) that computes self.
    func pick<F>(exp: F, log: F, log10: F) -> F {
        switch self {
        case .exp: exp
        case .log: log
        case .log10: log10
        }
    }
}

// libmvec's AVX-512 (else AVX2, else SSE) variants, chosen at run time (Sources/CVectorMath).
extension Double: FloatingElement {
    /// libmvec's float64 variants (within 4 ulp; measured ≤ 3 for exp and log10, ≤ 1 for log).
    public static func vectorMath(_ f: VectorMathFunction, _ a: UnsafePointer<Double>, _ c: UnsafeMutablePointer<Double>, _ n: Int) {
        f.pick(exp: cvm_exp_f64, log: cvm_log_f64, log10: cvm_log10_f64)(a, c, n)
    }
}

extension Float: FloatingElement {
    /// libmvec's float32 variants.
    public static func vectorMath(_ f: VectorMathFunction, _ a: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>, _ n: Int) {
        f.pick(exp: cvm_exp_f32, log: cvm_log_f32, log10: cvm_log10_f32)(a, c, n)
    }
}
