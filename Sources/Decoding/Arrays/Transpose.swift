extension NDArray {
    /// numpy's `x.T`: rows become columns. A 1-D array is returned unchanged, as in numpy.
    /// - Precondition: at most 2 dimensions.
    public func transposed() -> NDArray {
        precondition(ndim <= 2, "transposed() supports 1-D and 2-D arrays, not \(shape)")
        guard ndim == 2 else { return self }
        let (rows, columns) = (shape[0], shape[1])
        guard rows > 0, columns > 0 else { return NDArray(shape: [columns, rows], storage: storage) }
        var out = storage
        for r in 0..<rows {
            for c in 0..<columns { out[c * rows + r] = storage[r * columns + c] }
        }
        return NDArray(shape: [columns, rows], storage: out)
    }
}
