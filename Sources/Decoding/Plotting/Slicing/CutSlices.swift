/// Positions for a stack of parallel cuts, chosen as nilearn's `find_cut_slices` does: on the
/// lightly smoothed |image|, repeatedly take the slice of the strongest voxel and damp its
/// neighbourhood, then fill up with slices next to the chosen ones.
enum CutSlices {
    /// `count` world positions along world axis `axis` (0 = x), or nil when the volume's
    /// affine is not axis-aligned (nilearn would resample it first).
    static func find(_ count: Int, axis: Int, of volume: Volume) -> [Double]? {
        let a = volume.affine
        for r in 0..<3 {
            for c in 0..<3 where r != c && a[r, c] != 0 { return nil }
        }
        guard (0..<3).allSatisfy({ a[$0, $0] != 0 }), count > 0 else { return nil }
        let d = volume.dimensions
        let (nx, ny, nz) = (d.x, d.y, d.z)
        let extent = d[axis]
        func world(_ index: Int) -> Double { a[axis, axis] * Double(index) + a[axis, 3] }
        if count > extent { return (0..<extent).map(world) }

        let original = volume.values.map { $0.isFinite ? abs(Double($0)) : 0 }
        var data = smoothed(original, d)
        let spacing = max(Int(0.5 / Double(count) * Double(extent)), 1)
        var chosen: [Int] = []
        for _ in 0..<count {
            // First maximum in NumPy's C order (last voxel index fastest).
            var best = -1.0, bestIndex = SIMD3(0, 0, 0)
            for i in 0..<nx {
                for j in 0..<ny {
                    for k in 0..<nz {
                        let v = data[i + nx * (j + ny * k)]
                        if v > best { best = v; bestIndex = SIMD3(i, j, k) }
                    }
                }
            }
            let peak = bestIndex[axis]
            for s in max(0, peak - spacing)..<min(extent, peak + spacing) {
                forEachVoxel(inSlice: s, axis: axis, d) { data[$0] *= 1e-3 }
            }
            chosen.append(peak)
        }
        var cuts = Array(Set(chosen)).sorted()
        while cuts.count < count {
            var candidates = [cuts.max()! + 2]
            if cuts.count > 1 {
                let gaps = zip(cuts, cuts.dropFirst()).map { $1 - $0 }
                let widest = gaps.firstIndex(of: gaps.max()!)!
                let middle = Int(0.5 * Double(cuts[widest] + cuts[widest + 1]))
                if !cuts.contains(middle) { candidates.append(middle) }
            }
            if cuts.min()! - 2 >= 0 { candidates.append(cuts.min()! - 2) }
            var bestWeight = -10.0, best = candidates[0]
            for candidate in candidates {
                var weight = 0.0
                if candidate < extent { forEachVoxel(inSlice: candidate, axis: axis, d) { weight += original[$0] } }
                if weight > bestWeight { bestWeight = weight; best = candidate }
            }
            cuts = Array(Set(cuts + [best])).sorted()
        }
        return cuts.map(world)
    }

    /// nilearn's `fwhm="fast"` smoothing: each voxel plus 0.2 × each of its 6 neighbours, / 2.2.
    static func smoothed(_ values: [Double], _ d: SIMD3<Int>) -> [Double] {
        let (nx, ny, nz) = (d.x, d.y, d.z)
        var out = values
        for k in 0..<nz {
            for j in 0..<ny {
                for i in 0..<nx {
                    let o = i + nx * (j + ny * k)
                    var s = 0.0
                    if i > 0 { s += values[o - 1] }
                    if i < nx - 1 { s += values[o + 1] }
                    if j > 0 { s += values[o - nx] }
                    if j < ny - 1 { s += values[o + nx] }
                    if k > 0 { s += values[o - nx * ny] }
                    if k < nz - 1 { s += values[o + nx * ny] }
                    out[o] = (values[o] + 0.2 * s) / 2.2
                }
            }
        }
        return out
    }

    private static func forEachVoxel(inSlice s: Int, axis: Int, _ d: SIMD3<Int>, _ body: (Int) -> Void) {
        switch axis {
        case 0: for k in 0..<d.z { for j in 0..<d.y { body(s + d.x * (j + d.y * k)) } }
        case 1: for k in 0..<d.z { for i in 0..<d.x { body(i + d.x * (s + d.y * k)) } }
        default: for j in 0..<d.y { for i in 0..<d.x { body(i + d.x * (j + d.y * s)) } }
        }
    }
}
