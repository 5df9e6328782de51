internal import CVectorMath

/// The loops of Sources/CVectorMathImpl/Kernels.c for `Double` and `Float`: compiled for AVX-512,
/// AVX2 and SSE2 and chosen at run time, as numpy's are (Swift here is built for baseline
/// x86-64, where these loops run narrow or scalar). Each returns nil for other element types,
/// so the generic loops keep serving them; the type tests fold away when a loop is
/// specialized for its element type.
enum DispatchedKernels {
    private static func raw<T, U>(_ p: UnsafePointer<T>, _: U.Type) -> UnsafePointer<U> {
        UnsafeRawPointer(p).assumingMemoryBound(to: U.self)
    }

    private static func raw<T, U>(_ p: UnsafeMutablePointer<T>, _: U.Type) -> UnsafeMutablePointer<U> {
        UnsafeMutableRawPointer(p).assumingMemoryBound(to: U.self)
    }

    /// The maximum (or minimum) of `n > 0` contiguous elements, NaN if any is NaN.
    static func extreme<T>(_ a: UnsafePointer<T>, _ n: Int, maximum: Bool) -> T? {
        if T.self == Double.self { return unsafeBitCast(cvm_extreme_f64(raw(a, Double.self), n, maximum ? 1 : 0), to: T.self) }
        if T.self == Float.self { return unsafeBitCast(cvm_extreme_f32(raw(a, Float.self), n, maximum ? 1 : 0), to: T.self) }
        return nil
    }

    /// Index of the first maximum (or minimum) of `n > 0` contiguous elements, the first
    /// NaN's if any, in one pass.
    static func extremeIndex<T>(_ a: UnsafePointer<T>, _ n: Int, maximum: Bool) -> Int? {
        if T.self == Double.self { return cvm_argextreme_f64(raw(a, Double.self), n, maximum ? 1 : 0) }
        if T.self == Float.self { return cvm_argextreme_f32(raw(a, Float.self), n, maximum ? 1 : 0) }
        return nil
    }

    /// numpy's pairwise sum of `n` contiguous elements, bit for bit.
    static func pairwiseSum<T>(_ a: UnsafePointer<T>, _ n: Int) -> T? {
        if T.self == Double.self { return unsafeBitCast(cvm_pairwise_sum_f64(raw(a, Double.self), n), to: T.self) }
        if T.self == Float.self { return unsafeBitCast(cvm_pairwise_sum_f32(raw(a, Float.self), n), to: T.self) }
        return nil
    }

    /// `out[r]` = the pairwise sum of row `r` of a contiguous (rows × n) block, bit for bit as
    /// ``pairwiseSum(_:_:)`` row by row, four rows at once; false when `T` has no C loop.
    static func rowSums<T>(_ a: UnsafePointer<T>, rows: Int, _ n: Int, into out: UnsafeMutablePointer<T>) -> Bool {
        if T.self == Double.self { cvm_pairwise_sum_rows_f64(raw(a, Double.self), rows, n, n, raw(out, Double.self)); return true }
        if T.self == Float.self { cvm_pairwise_sum_rows_f32(raw(a, Float.self), rows, n, n, raw(out, Float.self)); return true }
        return false
    }

    /// `acc[j] += a[r·n + j]` for every row `r < rows` in order, as a loop over the rows
    /// would (so the same bits), eight rows per pass over `acc`; false when `T` has no C loop.
    static func accumulateRows<T>(_ a: UnsafePointer<T>, rows: Int, _ n: Int, into acc: UnsafeMutablePointer<T>) -> Bool {
        if T.self == Double.self { cvm_accumulate_rows_f64(raw(a, Double.self), rows, n, raw(acc, Double.self)); return true }
        if T.self == Float.self { cvm_accumulate_rows_f32(raw(a, Float.self), rows, n, raw(acc, Float.self)); return true }
        return false
    }

    /// `c[i] = a[i·sa] op b[i·sb]`, strides 0 or 1; false when `T` has no C loop.
    static func compare<T>(
        _ op: ComparisonOperator, _ a: UnsafePointer<T>, _ sa: Int, _ b: UnsafePointer<T>, _ sb: Int,
        _ c: UnsafeMutablePointer<Bool>, _ n: Int
    ) -> Bool {
        let code: Int32 = switch op {
        case .equal: Int32(CVM_EQUAL)
        case .notEqual: Int32(CVM_NOT_EQUAL)
        case .less: Int32(CVM_LESS)
        case .lessOrEqual: Int32(CVM_LESS_EQUAL)
        case .greater: Int32(CVM_GREATER)
        case .greaterOrEqual: Int32(CVM_GREATER_EQUAL)
        }
        if T.self == Double.self { cvm_compare_f64(code, raw(a, Double.self), sa, raw(b, Double.self), sb, c, n); return true }
        if T.self == Float.self { cvm_compare_f32(code, raw(a, Float.self), sa, raw(b, Float.self), sb, c, n); return true }
        return false
    }

    /// `c[i] = a[i].isNaN` (or `isFinite`); false when `T` has no C loop.
    static func classify<T>(_ a: UnsafePointer<T>, _ c: UnsafeMutablePointer<Bool>, _ n: Int, finite: Bool) -> Bool {
        if T.self == Double.self { cvm_classify_f64(raw(a, Double.self), c, n, finite ? 1 : 0); return true }
        if T.self == Float.self { cvm_classify_f32(raw(a, Float.self), c, n, finite ? 1 : 0); return true }
        return false
    }

    /// np.clip's loop (NaN kept); false when `T` has no C loop.
    static func clip<T>(_ a: UnsafePointer<T>, _ c: UnsafeMutablePointer<T>, _ n: Int, low: T, high: T) -> Bool {
        if T.self == Double.self {
            cvm_clip_f64(raw(a, Double.self), raw(c, Double.self), n, unsafeBitCast(low, to: Double.self), unsafeBitCast(high, to: Double.self))
            return true
        }
        if T.self == Float.self {
            cvm_clip_f32(raw(a, Float.self), raw(c, Float.self), n, unsafeBitCast(low, to: Float.self), unsafeBitCast(high, to: Float.self))
            return true
        }
        return false
    }

    /// `c[i] = a[i].squareRoot()`, vsqrtpd at the CPU's widest vector; false when `T` has no C loop.
    static func squareRoot<T>(_ a: UnsafePointer<T>, _ c: UnsafeMutablePointer<T>, _ n: Int) -> Bool {
        if T.self == Double.self { cvm_sqrt_f64(raw(a, Double.self), raw(c, Double.self), n); return true }
        if T.self == Float.self { cvm_sqrt_f32(raw(a, Float.self), raw(c, Float.self), n); return true }
        return false
    }

    /// Number of NaNs among `n` contiguous elements (nil when `T` has no C loop).
    static func nanCount<T>(_ a: UnsafePointer<T>, _ n: Int) -> Int? {
        if T.self == Double.self { return cvm_count_nan_f64(raw(a, Double.self), n) }
        if T.self == Float.self { return cvm_count_nan_f32(raw(a, Float.self), n) }
        return nil
    }
}

extension DispatchedKernels {
    /// Below this many elements the comparison sort is as fast as the radix passes' fixed
    /// cost (six histograms of 2048 buckets).
    static let radixSortMinimum = 512

    /// numpy's stable argsort of one lane by radix sort (Sources/CVectorMathImpl/RadixSort.c);
    /// false when `T` has no radix loop, the lane is short, or memory ran out.
    static func argsort<T>(_ a: UnsafePointer<T>, _ n: Int, stride: Int, into order: UnsafeMutablePointer<Int>) -> Bool {
        guard n >= radixSortMinimum else { return false }
        if T.self == Double.self { return cvm_argsort_f64(raw(a, Double.self), n, stride, order) == 0 }
        if T.self == Float.self { return cvm_argsort_f32(raw(a, Float.self), n, stride, order) == 0 }
        if T.self == Int.self || T.self == Int64.self {
            return cvm_argsort_i64(raw(a, CLongLong.self), n, stride, order) == 0
        }
        return false
    }

    /// numpy's stable sort of one lane into `c` (not overlapping `a`), as ``argsort(_:_:stride:into:)``.
    static func sort<T>(_ a: UnsafePointer<T>, _ n: Int, stride: Int, into c: UnsafeMutablePointer<T>) -> Bool {
        guard n >= radixSortMinimum else { return false }
        if T.self == Double.self { return cvm_sort_f64(raw(a, Double.self), n, stride, raw(c, Double.self)) == 0 }
        if T.self == Float.self { return cvm_sort_f32(raw(a, Float.self), n, stride, raw(c, Float.self)) == 0 }
        if T.self == Int.self || T.self == Int64.self {
            return cvm_sort_i64(raw(a, CLongLong.self), n, stride, raw(c, CLongLong.self)) == 0
        }
        return false
    }
}
