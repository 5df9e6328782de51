extension Series {
    /// pandas' `unique()` of a text column: the distinct values in order of first appearance,
    /// as the array pandas returns (so it prints `['face' 'house']`).
    /// - Precondition: the column holds strings.
    public func unique() -> NDArray<String> {
        var seen = Set<String>()
        return NDArray(strings.storage.filter { seen.insert($0).inserted })
    }
}
