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
