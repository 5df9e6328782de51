/// String labels encoded as class indices, classes sorted as `numpy.unique` sorts them
/// (by Unicode code points, not by Swift's locale-free String ordering of grapheme clusters).
struct ClassLabels: Sendable {
    let classes: [String]
    /// Index into `classes` of every label, in input order.
    let codes: [Int]

    init(_ labels: [String]) {
        classes = Self.sortedUnique(labels)
        let lookup = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
        codes = labels.map { lookup[$0]! }
    }

    static func sortedUnique(_ labels: [String]) -> [String] {
        Set(labels).sorted(by: codePointOrder)
    }
}

/// numpy's ordering of strings: lexicographic by Unicode scalar.
func codePointOrder(_ a: String, _ b: String) -> Bool {
    a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
}

/// Checks X is a finite (samples × features) matrix; the error names the first bad cell.
func validateSamples(_ x: NDArray<Float>) throws(SVCError) {
    guard x.ndim == 2 else { throw .notTwoDimensional(shape: x.shape) }
    guard x.shape[0] > 0, x.shape[1] > 0 else { throw .empty(shape: x.shape) }
    if let bad = firstNonFinite(x) { throw .nonFinite(row: bad.row, column: bad.column, value: bad.value) }
}
