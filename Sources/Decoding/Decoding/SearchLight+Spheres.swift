/// The spheres of a searchlight: nilearn's `apply_mask_and_get_affinity`, one seed at a time so
/// that memory stays bounded whatever the radius and the number of seeds.
///
/// A sphere holds the mask voxels whose centres lie within `radius` millimetres of the seed in
/// world space (`‖a − b‖² ≤ r²`, as scikit-learn's radius neighbours), plus two voxels nilearn
/// adds: the mask voxel nearest the seed (its voxel coordinates rounded half to even), and the
/// first mask voxel whose world coordinates truncated to integers equal the seed's truncated
/// ones. Columns are ascending (the mask's order), as a row of nilearn's sparse matrix.
struct SphereFinder: Sendable {
    let dimensions: SIMD3<Int>
    let affine: Affine
    let inverse: Affine
    let radius: Double
    /// Mask column of each voxel of the grid (NIfTI order), -1 outside the mask.
    let column: [Int32]
    /// First mask column for each truncated world coordinate.
    let truncated: [SIMD3<Int>: Int32]
    /// Half-widths of the box holding the ball, in voxels.
    let reach: SIMD3<Double>

    init(dimensions: SIMD3<Int>, affine: Affine, maskOffsets: [Int], radius: Double) throws(SearchLightError) {
        guard let inverse = affine.inverse else {
            throw .invalidParameter(name: "mask_img", value: "an image with a singular affine", requirement: "an image with an invertible affine")
        }
        self.dimensions = dimensions
        self.affine = affine
        self.inverse = inverse
        self.radius = radius
        var column = [Int32](repeating: -1, count: dimensions.x * dimensions.y * dimensions.z)
        var truncated: [SIMD3<Int>: Int32] = [:]
        for (c, offset) in maskOffsets.enumerated() {
            column[offset] = Int32(c)
            let w = affine.apply(Self.voxel(offset, dimensions))
            let key = SIMD3(Int(w.x.rounded(.towardZero)), Int(w.y.rounded(.towardZero)), Int(w.z.rounded(.towardZero)))
            if truncated[key] == nil { truncated[key] = Int32(c) }
        }
        self.column = column
        self.truncated = truncated
        func norm(_ row: Int) -> Double {
            (0..<3).map { inverse[row, $0] * inverse[row, $0] }.reduce(0, +).squareRoot()
        }
        reach = SIMD3(norm(0), norm(1), norm(2)) * radius
    }

    static func voxel(_ offset: Int, _ d: SIMD3<Int>) -> SIMD3<Double> {
        SIMD3(Double(offset % d.x), Double((offset / d.x) % d.y), Double(offset / (d.x * d.y)))
    }

    /// The sphere around the world point `seed`, written into `columns` (cleared first).
    func sphere(around seed: SIMD3<Double>, into columns: inout [Int32]) {
        columns.removeAll(keepingCapacity: true)
        let c = inverse.apply(seed)
        let r2 = radius * radius
        let lo = SIMD3(max(0, Int((c.x - reach.x).rounded(.up))), max(0, Int((c.y - reach.y).rounded(.up))),
                       max(0, Int((c.z - reach.z).rounded(.up))))
        let hi = SIMD3(min(dimensions.x - 1, Int((c.x + reach.x).rounded(.down))),
                       min(dimensions.y - 1, Int((c.y + reach.y).rounded(.down))),
                       min(dimensions.z - 1, Int((c.z + reach.z).rounded(.down))))
        if lo.x <= hi.x, lo.y <= hi.y, lo.z <= hi.z {
            for k in lo.z...hi.z {
                for j in lo.y...hi.y {
                    for i in lo.x...hi.x {
                        let col = column[i + dimensions.x * (j + dimensions.y * k)]
                        guard col >= 0 else { continue }
                        let w = affine.apply(SIMD3(Double(i), Double(j), Double(k)))
                        let dx = w.x - seed.x, dy = w.y - seed.y, dz = w.z - seed.z
                        if dx * dx + dy * dy + dz * dz <= r2 { columns.append(col) }
                    }
                }
            }
        }
        let nearest = SIMD3(Int(c.x.rounded(.toNearestOrEven)), Int(c.y.rounded(.toNearestOrEven)),
                            Int(c.z.rounded(.toNearestOrEven)))
        if nearest.x >= 0, nearest.y >= 0, nearest.z >= 0,
           nearest.x < dimensions.x, nearest.y < dimensions.y, nearest.z < dimensions.z {
            let col = column[nearest.x + dimensions.x * (nearest.y + dimensions.y * nearest.z)]
            if col >= 0 { columns.append(col) }
        }
        let key = SIMD3(Int(seed.x.rounded(.towardZero)), Int(seed.y.rounded(.towardZero)), Int(seed.z.rounded(.towardZero)))
        if let col = truncated[key] { columns.append(col) }
        columns.sort()
        var last: Int32 = -1, kept = 0
        for col in columns where col != last {
            columns[kept] = col
            kept += 1
            last = col
        }
        columns.removeLast(columns.count - kept)
    }
}
