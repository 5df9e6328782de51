internal import CVectorMath
import Dispatch

/// The transcendental functions ``FloatingElement/vectorMath(_:_:_:_:)`` computes a buffer at a time.
public enum VectorMathFunction: Sendable {
    case exp, log, log10
}

extension FloatingElement {
    public static func apply(_ f: ElementwiseFunction, _ a: UnsafePointer<Self>, _ c: UnsafeMutablePointer<Self>, _ n: Int) {
        // Large arrays split across the cores (same per-element functions, so the same bits).
        let chunk = 1 << 16
        if n >= 4 * chunk {
            let chunks = (n + chunk - 1) / chunk
            // Addresses as integers: the buffers outlive the call, and chunks never overlap.
            let input = Int(bitPattern: a), output = Int(bitPattern: c)
            DispatchQueue.concurrentPerform(iterations: chunks) { k in
                let start = k * chunk
                applySerially(f, UnsafePointer<Self>(bitPattern: input)! + start,
                              UnsafeMutablePointer<Self>(bitPattern: output)! + start, Swift.min(chunk, n - start))
            }
        } else {
            applySerially(f, a, c, n)
        }
    }

    static func applySerially(_ f: ElementwiseFunction, _ a: UnsafePointer<Self>, _ c: UnsafeMutablePointer<Self>, _ n: Int) {
        switch f {
        case .sqrt: for i in 0..<n { c[i] = a[i].squareRoot() }
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

// libmvec's AVX-512 (else AVX2, else SSE) variants, chosen at run time (Sources/CVectorMath).
extension Double: FloatingElement {
    public static func vectorMath(_ f: VectorMathFunction, _ a: UnsafePointer<Double>, _ c: UnsafeMutablePointer<Double>, _ n: Int) {
        switch f {
        case .exp: cvm_exp_f64(a, c, n)
        case .log: cvm_log_f64(a, c, n)
        case .log10: cvm_log10_f64(a, c, n)
        }
    }
}

extension Float: FloatingElement {
    public static func vectorMath(_ f: VectorMathFunction, _ a: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>, _ n: Int) {
        switch f {
        case .exp: cvm_exp_f32(a, c, n)
        case .log: cvm_log_f32(a, c, n)
        case .log10: cvm_log10_f32(a, c, n)
        }
    }
}
