/// What a figure needs to know about a whole volume before drawing it, gathered in one pass:
/// the finite value range (grey scale), the box of non-empty voxels (the axes' extent) and
/// whether the border is dark (nilearn's `black_bg="auto"`).
///
/// A file's volume is summarised while it is decoded, a row at a time while the row is still in
/// cache (``Builder``), instead of three more passes over a 124×256×256 anatomy afterwards.
struct VolumeSummary: Sendable {
    /// Smallest and largest finite value; (0, 0) when there is none.
    let range: (lo: Double, hi: Double)
    /// Voxel index box (inclusive) of the voxels with |v| > 1e-6 (nilearn's empty threshold);
    /// nil when every voxel is empty.
    let nonEmpty: (lo: SIMD3<Int>, hi: SIMD3<Int>)?
    /// nilearn's `black_bg="auto"` for a background: true unless the median of the voxels within
    /// 2 of the grid's faces (`get_border_data`; edges count once per face) is above the middle
    /// of ``range``.
    let darkBorder: Bool

    /// Summarises a volume held in memory.
    init(_ volume: Volume) {
        var builder = Builder(dimensions: volume.dimensions)
        volume.values.withUnsafeBufferPointer { values in
            if let base = values.baseAddress { builder.add(rows: base, first: 0, count: builder.rowCount) }
        }
        self = builder.finish()
    }

    private init(range: (Double, Double), nonEmpty: (lo: SIMD3<Int>, hi: SIMD3<Int>)?, darkBorder: Bool) {
        self.range = range
        self.nonEmpty = nonEmpty
        self.darkBorder = darkBorder
    }

    /// Takes a volume's rows (runs of `dimensions.x` voxels, i fastest) in order, in any number
    /// of calls, and gives the summary at the end.
    struct Builder {
        let dimensions: SIMD3<Int>
        private var lo = Float.infinity, hi = -Float.infinity
        private var boxLo = SIMD3(Int.max, Int.max, Int.max), boxHi = SIMD3(Int.min, Int.min, Int.min)
        /// The border voxels met so far, `borderCount` of them (their median is only known
        /// against the final range); sized for all of them up front and written a row at a time.
        private var border: [Float]
        private var borderCount = 0
        private let facesX: [Int]

        init(dimensions: SIMD3<Int>) {
            self.dimensions = dimensions
            func faces(_ n: Int) -> [Int] { (0..<max(n, 0)).filter { $0 < 2 || $0 >= n - 2 } }
            facesX = faces(dimensions.x)
            let d = dimensions
            let count = facesX.count * d.y * d.z + faces(d.y).count * d.x * d.z + faces(d.z).count * d.x * d.y
            border = [Float](repeating: 0, count: max(count, 0))
        }

        /// Rows in the whole volume (`dimensions.y * dimensions.z`).
        var rowCount: Int { dimensions.y * dimensions.z }

        /// Adds rows `first..<first + count` of the volume, starting at `rows`. The range is
        /// taken over the whole piece at once; each row is only tested for its non-empty span
        /// and, on a face of the grid, copied into the border.
        mutating func add<T: GridScalar>(rows: UnsafePointer<T>, first: Int, count: Int) {
            let nx = dimensions.x, ny = dimensions.y
            guard nx > 0, count > 0 else { return }
            let (l, h) = T.finiteRange(rows, count * nx)
            lo = min(lo, l)
            hi = max(hi, h)
            var n = borderCount, boxLo = self.boxLo, boxHi = self.boxHi
            let facesX = self.facesX, nz = dimensions.z
            border.withUnsafeMutableBufferPointer { out in
                for r in first..<(first + count) {
                    let row = rows + (r - first) * nx
                    let j = r % ny, k = r / ny
                    if let (a, b) = T.nonEmptySpan(row, nx) {
                        boxLo = pointwiseMin(boxLo, SIMD3(a, j, k))
                        boxHi = pointwiseMax(boxHi, SIMD3(b, j, k))
                    }
                    for i in facesX {
                        out[n] = row[i].floatValue
                        n += 1
                    }
                    // A row on a y face and a z face counts once for each.
                    let copies = (Self.onFace(j, ny) ? 1 : 0) + (Self.onFace(k, nz) ? 1 : 0)
                    for _ in 0..<copies {
                        for i in 0..<nx { out[n + i] = row[i].floatValue }
                        n += nx
                    }
                }
            }
            (borderCount, self.boxLo, self.boxHi) = (n, boxLo, boxHi)
        }

        /// Whether index `i` of `n` lies within 2 of either face (`get_border_data`'s rule).
        @inline(__always)
        private static func onFace(_ i: Int, _ n: Int) -> Bool { i < 2 || i >= n - 2 }

        func finish() -> VolumeSummary {
            let range = lo <= hi ? (Double(lo), Double(hi)) : (0, 0)
            let middle = Float(0.5 * (range.0 + range.1))
            var above = 0
            for v in border[0..<borderCount] where v > middle { above += 1 }
            // The median exceeds `middle` exactly when more than half of the values do.
            return VolumeSummary(range: range, nonEmpty: boxLo.x <= boxHi.x ? (boxLo, boxHi) : nil,
                                 darkBorder: 2 * above <= borderCount)
        }
    }
}

extension Float {
    /// Smallest and largest finite value of `n` values ((+inf, -inf) when none is finite): eight
    /// at a time (a NaN never compares below or above, so NaNs drop out by themselves), again
    /// one by one only for a row holding an infinity.
    static func finiteRange(_ row: UnsafePointer<Float>, _ n: Int) -> (Float, Float) {
        var l = SIMD8<Float>(repeating: .infinity), h = SIMD8<Float>(repeating: -.infinity)
        let raw = UnsafeRawPointer(row)
        let blocks = n / 8
        for b in 0..<blocks {
            let v = raw.loadUnaligned(fromByteOffset: 32 * b, as: SIMD8<Float>.self)
            l.replace(with: v, where: v .< l)
            h.replace(with: v, where: v .> h)
        }
        var lo = l.min(), hi = h.max()
        for i in (8 * blocks)..<n {
            if row[i] < lo { lo = row[i] }
            if row[i] > hi { hi = row[i] }
        }
        if lo == -.infinity || hi == .infinity {
            (lo, hi) = (.infinity, -.infinity)
            for i in 0..<n where row[i].isFinite {
                lo = min(lo, row[i])
                hi = max(hi, row[i])
            }
        }
        return (lo, hi)
    }

    /// First and last index of a value with |v| > 1e-6 (nil when none), skipping eight empty
    /// values at a time.
    static func nonEmptySpan(_ row: UnsafePointer<Float>, _ n: Int) -> (Int, Int)? {
        let empty: Float = 1e-6
        var first = 0
        while first + 8 <= n {
            let v = UnsafeRawPointer(row + first).loadUnaligned(as: SIMD8<Float>.self)
            if any((v .> empty) .| (v .< -empty)) { break }
            first += 8
        }
        while first < n && !(abs(row[first]) > empty) { first += 1 }
        guard first < n else { return nil }
        var last = n - 1
        while !(abs(row[last]) > empty) { last -= 1 }
        return (first, last)
    }
}

extension Int16 {
    /// Smallest and largest of `n` values ((+inf, -inf) when `n` is 0): a plain loop, which
    /// the compiler vectorises.
    static func finiteRange(_ row: UnsafePointer<Int16>, _ n: Int) -> (Float, Float) {
        guard n > 0 else { return (.infinity, -.infinity) }
        var lo = Int16.max, hi = Int16.min
        for i in 0..<n {
            let v = row[i]
            lo = v < lo ? v : lo
            hi = v > hi ? v : hi
        }
        return (Float(lo), Float(hi))
    }

    /// First and last index of a non-zero value (|v| > 1e-6 for an integer), nil when none;
    /// zeros are skipped four at a time.
    static func nonEmptySpan(_ row: UnsafePointer<Int16>, _ n: Int) -> (Int, Int)? {
        let raw = UnsafeRawPointer(row)
        var first = 0
        while first + 4 <= n && raw.loadUnaligned(fromByteOffset: 2 * first, as: UInt64.self) == 0 { first += 4 }
        while first < n && row[first] == 0 { first += 1 }
        guard first < n else { return nil }
        // Zeros only, so never past `first`.
        var last = n - 1
        while last >= 3 && raw.loadUnaligned(fromByteOffset: 2 * (last - 3), as: UInt64.self) == 0 { last -= 4 }
        while row[last] == 0 { last -= 1 }
        return (first, last)
    }
}
