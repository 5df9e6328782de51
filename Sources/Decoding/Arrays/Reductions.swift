// Whole-array reductions, as numpy's `x.sum()` and `x.mean()`.

extension NDArray where Element: AdditiveArithmetic {
    public func sum() -> Element { storage.reduce(.zero, +) }
}

extension NDArray where Element: BinaryFloatingPoint {
    /// Arithmetic mean, accumulated in `Double` so a float32 mean does not drift;
    /// `nan` for an empty array, as numpy.
    public func mean() -> Element {
        guard size > 0 else { return .nan }
        return Element(storage.reduce(0.0) { $0 + Double($1) } / Double(size))
    }
}

extension NDArray where Element: BinaryInteger {
    /// numpy's mean of an integer array is a float64.
    public func mean() -> Double {
        guard size > 0 else { return .nan }
        return storage.reduce(0.0) { $0 + Double($1) } / Double(size)
    }
}

extension NDArray where Element == Bool {
    /// Number of `true` elements: numpy sums booleans as 0/1 integers.
    public func sum() -> Int { storage.reduce(0) { $0 + ($1 ? 1 : 0) } }

    /// Fraction of `true` elements, e.g. accuracy from `(prediction .== y).mean()`.
    public func mean() -> Double {
        guard size > 0 else { return .nan }
        return Double(sum()) / Double(size)
    }
}
