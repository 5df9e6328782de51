/// Automatic cut positions, computed the way nilearn's `find_xyz_cut_coords` does so that our
/// figures cut through the same place as nilearn's.
enum CutCoordinates {
    /// The world point at the centre of the strongest cluster of `volume`:
    /// threshold |values| at their 80th percentile (of non-zeros), keep the largest
    /// 6-connected cluster, tighten it once more at its mean |value| when more than 50 voxels
    /// survive, and return the |value|-weighted centre of mass. nil when the volume is all zero.
    ///
    /// Every step works on lists of voxel indices in index order (a mask or a map is mostly
    /// zeros), summing in the order nilearn's dense arrays do, so the point is the same.
    static func strongestCluster(of volume: Volume, activationThreshold: Double? = nil) -> SIMD3<Double>? {
        let dims = volume.dimensions, values = volume.values
        let nonZero = values.indices.filter { values[$0].isFinite && values[$0] != 0 }
        guard !nonZero.isEmpty else { return nil }
        let threshold: Double
        if let activationThreshold {
            threshold = activationThreshold
        } else {
            let sorted = nonZero.map { abs(Double(values[$0])) }.sorted()
            threshold = sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.8))]
        }
        // nilearn compares |value| > threshold − tiny eps with NumPy casting the bound to the
        // data's float32: voxels exactly at the threshold are out (ties matter on symmetric maps).
        // A negative bound lets finite zeros in too.
        let bound = Float(threshold - 2 * Double.ulpOfOne)
        let candidates = bound < 0 ? values.indices.filter { values[$0].isFinite } : nonZero
        let above = candidates.filter { abs(values[$0]) > bound }
        guard !above.isEmpty else { return centreOfMass(nonZero, of: values, dims, volume.affine) }
        var cluster = largestComponent(above, dims)
        var sum = 0.0
        for i in cluster { sum += Double(values[i]) }
        let second = Float(abs(sum / Double(cluster.count)))
        let strong = cluster.filter { abs(values[$0]) > second }
        if strong.count > 50 {
            // Its largest part lies within the cluster: it becomes the cluster.
            cluster = largestComponent(strong, dims)
        }
        return centreOfMass(cluster, of: values, dims, volume.affine)
    }

    /// The |value|-weighted centre of mass of the voxels `indices` (in index order), in world
    /// millimetres; nil when their weights are all zero.
    static func centreOfMass(_ indices: [Int], of values: [Float], _ dims: SIMD3<Int>, _ affine: Affine) -> SIMD3<Double>? {
        var total = 0.0, acc = SIMD3<Double>(0, 0, 0)
        for index in indices {
            let w = abs(Double(values[index]))
            guard w != 0 else { continue }
            let i = index % dims.x, j = (index / dims.x) % dims.y, k = index / (dims.x * dims.y)
            total += w
            acc += w * SIMD3(Double(i), Double(j), Double(k))
        }
        guard total > 0 else { return nil }
        return affine.apply(acc / total)
    }

    /// The largest 6-connected component of the voxels `members` (indices in index order),
    /// in index order. Components are numbered in scipy's scan order (last voxel index
    /// fastest), so ties go to the same cluster as in nilearn.
    static func largestComponent(_ members: [Int], _ dims: SIMD3<Int>) -> [Int] {
        let (nx, ny, nz) = (dims.x, dims.y, dims.z)
        // 0: not a member; -1: a member not labelled yet; else its component.
        var label = [Int32](repeating: 0, count: nx * ny * nz)
        for m in members { label[m] = -1 }
        func scanKey(_ o: Int) -> Int {
            let i = o % nx, j = (o / nx) % ny, k = o / (nx * ny)
            return (i * ny + j) * nz + k
        }
        let seeds = members.map { (scanKey($0), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
        var best: Int32 = 0, bestSize = 0, next: Int32 = 0
        var stack: [Int] = []
        for seed in seeds where label[seed] == -1 {
            next += 1
            label[seed] = next
            stack.append(seed)
            var size = 0
            while let o = stack.popLast() {
                size += 1
                let x = o % nx, y = (o / nx) % ny, z = o / (nx * ny)
                func visit(_ n: Int) {
                    if label[n] == -1 { label[n] = next; stack.append(n) }
                }
                if x > 0 { visit(o - 1) }
                if x < nx - 1 { visit(o + 1) }
                if y > 0 { visit(o - nx) }
                if y < ny - 1 { visit(o + nx) }
                if z > 0 { visit(o - nx * ny) }
                if z < nz - 1 { visit(o + nx * ny) }
            }
            if size > bestSize { best = next; bestSize = size }
        }
        return members.filter { label[$0] == best }
    }

    /// `count` positions along world axis `axis` (0 = x) for a stack of cuts, evenly spaced
    /// over the extent of the volume's non-zero voxels, ends excluded: the fallback for oblique
    /// grids, where ``CutSlices`` (nilearn's choice) does not apply.
    static func evenlySpaced(_ count: Int, axis: Int, of volume: Volume) -> [Double] {
        var lo = Double.infinity, hi = -Double.infinity
        let dims = volume.dimensions
        var index = 0
        for k in 0..<dims.z {
            for j in 0..<dims.y {
                for i in 0..<dims.x {
                    let v = volume.values[index]
                    index += 1
                    guard v != 0, v.isFinite else { continue }
                    let w = volume.affine.apply(SIMD3(Double(i), Double(j), Double(k)))[axis]
                    lo = min(lo, w)
                    hi = max(hi, w)
                }
            }
        }
        guard lo <= hi else { return [Double](repeating: 0, count: count) }
        return (0..<count).map { lo + (hi - lo) * Double($0 + 1) / Double(count + 1) }
    }
}
