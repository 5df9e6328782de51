/// A 4×4 voxel-to-world transform in millimetres (row-major), as nibabel's `img.affine`.
public struct Affine: Hashable, Sendable {
    /// Row-major 4×4 entries.
    public var matrix: [Double]

    /// From 16 row-major entries (anything else is a programming error and traps).
    public init(_ matrix: [Double]) {
        precondition(matrix.count == 16, "an affine has 16 entries, got \(matrix.count)")
        self.matrix = matrix
    }

    /// From four rows of four entries, as numpy prints an affine.
    public init(rows: [[Double]]) { self.init(rows.flatMap { $0 }) }

    /// Voxel coordinates are world millimetres: 1 mm isotropic voxels at the origin.
    public static let identity = Affine([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1])

    /// The entry at `row`, `column` (0-based).
    public subscript(row: Int, column: Int) -> Double {
        get { matrix[row * 4 + column] }
        set { matrix[row * 4 + column] = newValue }
    }

    /// Maps a voxel coordinate (i, j, k) to world coordinates (x, y, z).
    public func apply(_ p: SIMD3<Double>) -> SIMD3<Double> {
        SIMD3(
            self[0, 0] * p.x + self[0, 1] * p.y + self[0, 2] * p.z + self[0, 3],
            self[1, 0] * p.x + self[1, 1] * p.y + self[1, 2] * p.z + self[1, 3],
            self[2, 0] * p.x + self[2, 1] * p.y + self[2, 2] * p.z + self[2, 3])
    }

    /// Composition `self ∘ other` (apply `other` first).
    public static func * (lhs: Affine, rhs: Affine) -> Affine {
        var out = [Double](repeating: 0, count: 16)
        for r in 0..<4 {
            for c in 0..<4 {
                var s = 0.0
                for k in 0..<4 { s += lhs[r, k] * rhs[k, c] }
                out[r * 4 + c] = s
            }
        }
        return Affine(out)
    }

    /// The inverse transform, or nil when the affine is singular.
    public var inverse: Affine? {
        // Invert the 3×3 linear part and the translation separately (the last row is 0 0 0 1).
        let a = self[0, 0], b = self[0, 1], c = self[0, 2]
        let d = self[1, 0], e = self[1, 1], f = self[1, 2]
        let g = self[2, 0], h = self[2, 1], i = self[2, 2]
        let det = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g)
        guard det != 0, det.isFinite else { return nil }
        let m: [Double] = [
            (e * i - f * h) / det, (c * h - b * i) / det, (b * f - c * e) / det,
            (f * g - d * i) / det, (a * i - c * g) / det, (c * d - a * f) / det,
            (d * h - e * g) / det, (b * g - a * h) / det, (a * e - b * d) / det,
        ]
        let t = SIMD3(self[0, 3], self[1, 3], self[2, 3])
        var out = Affine.identity
        for r in 0..<3 {
            for col in 0..<3 { out[r, col] = m[r * 3 + col] }
            out[r, 3] = -(m[r * 3] * t.x + m[r * 3 + 1] * t.y + m[r * 3 + 2] * t.z)
        }
        return out
    }

    /// Voxel sizes: the lengths of the first three columns.
    public var voxelSizes: SIMD3<Double> {
        func norm(_ c: Int) -> Double { (0..<3).map { self[$0, c] * self[$0, c] }.reduce(0, +).squareRoot() }
        return SIMD3(norm(0), norm(1), norm(2))
    }
}
