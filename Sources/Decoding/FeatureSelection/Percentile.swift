/// numpy's `percentile(values, q)` with its default 'linear' method, reproduced operation by
/// operation (virtual index (n − 1)·q/100, then `_lerp` between the neighbouring order
/// statistics, from the upper one when the weight is ≥ ½), so that a threshold compared with
/// `==` and `>` selects the same values as scikit-learn's selectors do.
func numpyPercentile(_ values: [Double], _ q: Double) -> Double {
    precondition(!values.isEmpty, "percentile of an empty array")
    let sorted = values.sorted()
    let n = sorted.count
    let virtualIndex = Double(n - 1) * (q / 100)
    if virtualIndex >= Double(n - 1) { return sorted[n - 1] }
    if virtualIndex < 0 { return sorted[0] }
    let previous = virtualIndex.rounded(.down)
    let gamma = virtualIndex - previous
    let a = sorted[Int(previous)], b = sorted[Int(previous) + 1]
    let difference = b - a
    return gamma >= 0.5 ? b - difference * (1 - gamma) : a + difference * gamma
}

/// The value at index `k` of `values` sorted ascending (numpy's `partition(values, k)[k]`), by
/// a three-way quickselect: linear time on average, where a sort of 31,650 scores per fold
/// cost more than the ANOVA. Values that compare equal (0 and −0) may stand for each other,
/// so use the result in comparisons only. No NaN.
func orderStatistic(_ values: [Double], _ k: Int) -> Double {
    precondition(values.indices.contains(k), "index \(k) is out of bounds for \(values.count) values")
    var copy = values
    return copy.withUnsafeMutableBufferPointer { p in
        var (low, high) = (0, p.count)  // the answer lies in p[low..<high]
        while high - low > 16 {
            let (a, b, c) = (p[low], p[(low + high) / 2], p[high - 1])
            let pivot = max(min(a, b), min(max(a, b), c))  // the median of the three
            // [low, less) < pivot, [less, i) == pivot, [greater, high) > pivot.
            var (less, i, greater) = (low, low, high)
            while i < greater {
                let v = p[i]
                if v < pivot {
                    p.swapAt(less, i)
                    less += 1
                    i += 1
                } else if v > pivot {
                    greater -= 1
                    p.swapAt(i, greater)
                } else {
                    i += 1
                }
            }
            if k < less { high = less } else if k >= greater { low = greater } else { return pivot }
        }
        p[low..<high].sort()
        return p[k]
    }
}
