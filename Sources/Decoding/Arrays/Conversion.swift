extension NDArray where Element: BinaryFloatingPoint {
    /// Element-wise conversion between floating-point types (numpy `x.astype(np.float64)`);
    /// Double → Float rounds to nearest.
    public init<Source: BinaryFloatingPoint>(_ other: NDArray<Source>) {
        self.init(shape: other.shape, storage: other.storage.map { Element($0) })
    }
}

extension NDArray where Element: BinaryFloatingPoint {
    /// Integers to floating point (numpy `x.astype(float)`).
    public init<Source: BinaryInteger>(_ other: NDArray<Source>) {
        self.init(shape: other.shape, storage: other.storage.map { Element($0) })
    }
}
