/// numpy's pairwise summation (`pairwise_sum` in numpy's `loops_utils.h`), which `np.sum` and
/// `np.mean` use along a contiguous axis: sequential below 8 values, eight interleaved
/// accumulators up to 128, halves (rounded to a multiple of 8) above. Summing the same doubles
/// in the same order gives numpy's result to the last bit, which matters where a printed
/// score is compared with numpy's.
func pairwiseSum(_ values: UnsafeBufferPointer<Double>) -> Double {
    let n = values.count
    guard let base = values.baseAddress else { return 0 }
    return pairwiseSum(base, n)
}

func pairwiseSum(_ values: [Double]) -> Double {
    values.withUnsafeBufferPointer { pairwiseSum($0) }
}

private func pairwiseSum(_ a: UnsafePointer<Double>, _ n: Int) -> Double {
    if n < 8 {
        var res = -0.0
        for i in 0..<n { res += a[i] }
        return res
    }
    if n <= 128 {
        var r = (0..<8).map { a[$0] }
        var i = 8
        while i < n - (n % 8) {
            for k in 0..<8 { r[k] += a[i + k] }
            i += 8
        }
        var res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
        while i < n {
            res += a[i]
            i += 1
        }
        return res
    }
    var n2 = n / 2
    n2 -= n2 % 8
    return pairwiseSum(a, n2) + pairwiseSum(a + n2, n - n2)
}

/// `np.mean` of a 1-D float64 array.
func numpyMean(_ values: [Double]) -> Double {
    values.isEmpty ? .nan : pairwiseSum(values) / Double(values.count)
}

/// `np.std` (ddof 0) of a 1-D float64 array: the root of the mean squared deviation.
func numpyStd(_ values: [Double]) -> Double {
    let mean = numpyMean(values)
    return numpyMean(values.map { ($0 - mean) * ($0 - mean) }).squareRoot()
}
