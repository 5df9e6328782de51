/// Automatic cut positions, computed the way nilearn's `find_xyz_cut_coords` does so that our
/// figures cut through the same place as nilearn's.
enum CutCoordinates {
    /// The world point at the centre of the strongest cluster of `volume`:
    /// threshold |values| at their 80th percentile (of non-zeros), keep the largest
    /// 6-connected cluster, tighten it once more at its mean |value| when more than 50 voxels
    /// survive, and return the |value|-weighted centre of mass. nil when the volume is all zero.
    static func strongestCluster(of volume: Volume, activationThreshold: Double? = nil) -> SIMD3<Double>? {
        let dims = volume.dimensions
        let data = volume.values.map { $0.isFinite ? Double($0) : 0 }
        let threshold: Double
        if let activationThreshold {
            guard data.contains(where: { $0 != 0 }) else { return nil }
            threshold = activationThreshold
        } else {
            let sorted = data.filter { $0 != 0 }.map(abs).sorted()
            guard !sorted.isEmpty else { return nil }
            threshold = sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.8))]
        }
        // nilearn compares |value| > threshold − tiny eps with NumPy casting the bound to the
        // data's float32: voxels exactly at the threshold are out (ties matter on symmetric maps).
        let bound = Float(threshold - 2 * Double.ulpOfOne)
        let above = volume.values.map { $0.isFinite && abs($0) > bound }
        guard above.contains(true) else { return centreOfMass(data.map(abs), dims, volume.affine) }
        var cluster = largestComponent(above, dims)
        var sum = 0.0, count = 0
        for i in data.indices where cluster[i] {
            sum += data[i]
            count += 1
        }
        let second = Float(abs(sum / Double(count)))
        let strong = data.indices.map { cluster[$0] && abs(Float(data[$0])) > second }
        if strong.lazy.filter({ $0 }).count > 50 {
            // Its largest part lies within the cluster: it becomes the cluster.
            cluster = largestComponent(strong, dims)
        }
        return centreOfMass(data.indices.map { cluster[$0] ? abs(data[$0]) : 0 }, dims, volume.affine)
    }

    /// The weighted centre of mass of `weights`, in world millimetres.
    static func centreOfMass(_ weights: [Double], _ dims: SIMD3<Int>, _ affine: Affine) -> SIMD3<Double>? {
        var total = 0.0, acc = SIMD3<Double>(0, 0, 0)
        var index = 0
        for k in 0..<dims.z {
            for j in 0..<dims.y {
                for i in 0..<dims.x {
                    let w = weights[index]
                    if w != 0 {
                        total += w
                        acc += w * SIMD3(Double(i), Double(j), Double(k))
                    }
                    index += 1
                }
            }
        }
        guard total > 0 else { return nil }
        return affine.apply(acc / total)
    }

    /// The largest 6-connected component of `mask`. Components are numbered in scipy's scan
    /// order (last voxel index fastest), so ties go to the same cluster as in nilearn.
    static func largestComponent(_ mask: [Bool], _ dims: SIMD3<Int>) -> [Bool] {
        let (nx, ny, nz) = (dims.x, dims.y, dims.z)
        var label = [Int32](repeating: 0, count: mask.count)
        var best: Int32 = 0, bestSize = 0, next: Int32 = 0
        var stack: [Int] = []
        for i in 0..<nx {
            for j in 0..<ny {
                for k in 0..<nz {
                    let seed = i + nx * (j + ny * k)
                    guard mask[seed], label[seed] == 0 else { continue }
                    next += 1
                    label[seed] = next
                    stack.append(seed)
                    var size = 0
                    while let o = stack.popLast() {
                        size += 1
                        let x = o % nx, y = (o / nx) % ny, z = o / (nx * ny)
                        func visit(_ n: Int) {
                            if mask[n] && label[n] == 0 { label[n] = next; stack.append(n) }
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
            }
        }
        return label.map { $0 == best && best != 0 }
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
