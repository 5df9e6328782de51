/// The permutations numpy's legacy generator makes; scikit-learn's splitters and samplers
/// call these.
extension RandomState {
    /// `shuffle(x)` in place: Fisher–Yates from the last position down, each swap partner
    /// drawn by `random_interval`.
    public mutating func shuffle<T>(_ values: inout [T]) {
        guard values.count > 1 else { return }
        for i in stride(from: values.count - 1, to: 0, by: -1) {
            values.swapAt(i, interval(i))
        }
    }

    /// `permutation(n)`: 0..<n shuffled.
    public mutating func permutation(_ n: Int) -> [Int] {
        var values = Array(0..<n)
        shuffle(&values)
        return values
    }

    /// `permutation(values)`: a shuffled copy.
    public mutating func permutation<T>(_ values: [T]) -> [T] {
        var copy = values
        shuffle(&copy)
        return copy
    }

    /// `choice(values, size: count, replace: False)` without probabilities: the first `count`
    /// entries of a permutation, as numpy's legacy `choice` draws them.
    /// - Precondition: count ≤ values.count.
    public mutating func choiceWithoutReplacement<T>(_ values: [T], count: Int) -> [T] {
        precondition(count >= 0 && count <= values.count, "Cannot take a larger sample than population when 'replace=False'")
        return permutation(values.count).prefix(count).map { values[$0] }
    }
}
