/// The layers the brain plots stack: a dimmed grey anatomy under a coloured overlay.
extension Plotting {
    /// nilearn's background anatomy (`load_anat` + `_apply_dimming`): grey over the volume's
    /// finite `range`, dimmed by `dim` — on a black figure the top of the scale is pushed up (the
    /// display maximum becomes mean + (1 + dim)·half-range, so with nilearn's 0.8 the brightest
    /// voxel is ~71% grey), on a white one the bottom is pushed down. `dim` 0 is the plain
    /// range (`plot_img`'s background).
    static func anatomyLayer(_ volume: Volume, range: (Double, Double), dim: Double, blackBackground: Bool = true,
                             colormap: Colormap = .gray) throws -> SliceLayer {
        let (lo, hi) = range
        let mean = 0.5 * (lo + hi), halfRange = 0.5 * (hi - lo)
        let bottom = blackBackground ? lo : 0.5 * (2 - dim) * mean - (1 + dim) * halfRange
        let top = blackBackground ? mean + (1 + dim) * halfRange : hi
        let span = top - bottom
        return SliceLayer(sampler: try VolumeSampler(volume), interpolation: .linear, include: nil) { v in
            // nilearn overlays the anatomy with threshold 1e-6: empty voxels are see-through.
            guard v.isFinite, abs(v) > 1e-6 else { return nil }
            return colormap(span > 0 ? (Double(v) - bottom) / span : 0)
        }
    }

    /// nilearn's `black_bg="auto"` for a background image: black unless the median of the
    /// voxels within 2 of the grid's faces (`get_border_data`; edges count once per face) is
    /// above the middle of the value range — a light background.
    static func hasDarkBorder(_ volume: Volume, range: (Double, Double)) -> Bool {
        VolumeCache.memo(volume, "hasDarkBorder \(range)") { darkBorder($0, range: range) }
    }

    private static func darkBorder(_ volume: Volume, range: (Double, Double)) -> Bool {
        let (lo, hi) = range
        let middle = Float(0.5 * (lo + hi))
        let d = volume.dimensions
        var above = 0, total = 0
        volume.values.withUnsafeBufferPointer { buffer in
            let values = buffer.baseAddress!
            func faces(_ n: Int) -> [Int] { Array(Set(Array(0..<min(2, n)) + Array(max(0, n - 2)..<n))).sorted() }
            func tally(_ start: Int, count: Int, stride: Int) {
                for n in 0..<count where values[start + n * stride] > middle { above += 1 }
                total += count
            }
            // x faces: one voxel per row; y and z faces: whole rows and whole planes.
            for i in faces(d.x) { tally(i, count: d.y * d.z, stride: d.x) }
            for j in faces(d.y) { for k in 0..<d.z { tally(d.x * (j + d.y * k), count: d.x, stride: 1) } }
            for k in faces(d.z) { tally(d.x * d.y * k, count: d.x * d.y, stride: 1) }
        }
        // The median exceeds `middle` exactly when more than half of the values do.
        return 2 * above <= total
    }

    /// Smallest and largest finite value (0, 0 when none). Anatomies have millions of voxels
    /// and this runs for every figure drawn over one, so the common case (no infinities) is one
    /// vectorised pass — a NaN never compares below or above, so NaNs drop out by themselves.
    static func finiteRange(_ volume: Volume) -> (Double, Double) {
        VolumeCache.memo(volume, "finiteRange") { range(of: $0) }
    }

    private static func range(of volume: Volume) -> (Double, Double) {
        var lo = Float.infinity, hi = -Float.infinity
        volume.values.withUnsafeBufferPointer { values in
            var l = SIMD8<Float>(repeating: .infinity), h = SIMD8<Float>(repeating: -.infinity)
            let raw = UnsafeRawPointer(values.baseAddress)
            let blocks = values.count / 8
            for b in 0..<blocks {
                let v = raw!.loadUnaligned(fromByteOffset: 32 * b, as: SIMD8<Float>.self)
                l.replace(with: v, where: v .< l)
                h.replace(with: v, where: v .> h)
            }
            for v in values[(8 * blocks)...] {
                if v < l[0] { l[0] = v }
                if v > h[0] { h[0] = v }
            }
            lo = l.min()
            hi = h.max()
            if lo == -.infinity || hi == .infinity {
                (lo, hi) = (.infinity, -.infinity)
                for v in values where v.isFinite {
                    lo = min(lo, v)
                    hi = max(hi, v)
                }
            }
        }
        return lo <= hi ? (Double(lo), Double(hi)) : (0, 0)
    }

    /// The world box shown: the background's whole grid joined with the box of the overlay
    /// voxels that are drawn (`shown`), as nilearn's axes grow to fit each image's unmasked
    /// part. Throws when the overlay's grid and the background's share no volume of space (a
    /// sign the two are not in the same space).
    static func worldBounds(overlay: Volume?, shown: (Float) -> Bool = { _ in true },
                            background: Volume?) throws -> (min: SIMD3<Double>, max: SIMD3<Double>) {
        let backgroundGrid = try background.map { try VolumeSampler($0).worldBounds }
        // nilearn's axes fit the anatomy's non-empty part (|v| > 1e-6), not its whole grid.
        let backgroundBox = background.map { nonEmptyBounds($0) ?? backgroundGrid! }
        var overlayBox: (min: SIMD3<Double>, max: SIMD3<Double>)?
        if let overlay {
            let grid = try VolumeSampler(overlay).worldBounds
            if let b = backgroundGrid {
                let lo = pointwiseMax(grid.min, b.min), hi = pointwiseMin(grid.max, b.max)
                if any(lo .>= hi) { throw PlottingError.noOverlap(overlay: describe(grid), background: describe(b)) }
            }
            overlayBox = shownBounds(overlay, shown) ?? (backgroundBox == nil ? grid : nil)
        }
        switch (overlayBox, backgroundBox) {
        case let (o?, b?): return (pointwiseMin(o.min, b.min), pointwiseMax(o.max, b.max))
        case let (o?, nil): return o
        case let (nil, b?): return b
        case (nil, nil): return (SIMD3(-1, -1, -1), SIMD3(1, 1, 1))
        }
    }

    /// World box of the voxels with |v| > 1e-6: per row, the first such voxel from the left and
    /// the last from the right — one pass over empty rows, a short one over the rest.
    static func nonEmptyBounds(_ volume: Volume) -> (min: SIMD3<Double>, max: SIMD3<Double>)? {
        VolumeCache.memo(volume, "nonEmptyBounds") { nonEmptyBox($0) }
    }

    private static func nonEmptyBox(_ volume: Volume) -> (min: SIMD3<Double>, max: SIMD3<Double>)? {
        let d = volume.dimensions
        var lo = SIMD3(Int.max, Int.max, Int.max), hi = SIMD3(Int.min, Int.min, Int.min)
        let empty: Float = 1e-6
        volume.values.withUnsafeBufferPointer { values in
            for k in 0..<d.z {
                for j in 0..<d.y {
                    let row = values.baseAddress! + d.x * (j + d.y * k)
                    // Eight voxels at a time while the row is empty.
                    var first = 0
                    while first + 8 <= d.x {
                        let v = UnsafeRawPointer(row + first).loadUnaligned(as: SIMD8<Float>.self)
                        if any((v .> empty) .| (v .< -empty)) { break }
                        first += 8
                    }
                    while first < d.x && !(abs(row[first]) > empty) { first += 1 }
                    guard first < d.x else { continue }
                    var last = d.x - 1
                    while !(abs(row[last]) > empty) { last -= 1 }
                    lo = pointwiseMin(lo, SIMD3(first, j, k))
                    hi = pointwiseMax(hi, SIMD3(last, j, k))
                }
            }
        }
        return lo.x <= hi.x ? worldBox(volume.affine, lo, hi) : nil
    }

    /// World box (voxel edges included) of the voxels `shown` accepts; nil when there are none.
    static func shownBounds(_ volume: Volume, _ shown: (Float) -> Bool) -> (min: SIMD3<Double>, max: SIMD3<Double>)? {
        let d = volume.dimensions
        var lo = SIMD3(Int.max, Int.max, Int.max), hi = SIMD3(Int.min, Int.min, Int.min)
        var index = 0
        for k in 0..<d.z {
            for j in 0..<d.y {
                for i in 0..<d.x {
                    if shown(volume.values[index]) {
                        lo = pointwiseMin(lo, SIMD3(i, j, k))
                        hi = pointwiseMax(hi, SIMD3(i, j, k))
                    }
                    index += 1
                }
            }
        }
        guard lo.x <= hi.x else { return nil }
        return worldBox(volume.affine, lo, hi)
    }

    /// World box of the voxel index range `lo...hi`, voxel edges included.
    static func worldBox(_ affine: Affine, _ lo: SIMD3<Int>, _ hi: SIMD3<Int>) -> (min: SIMD3<Double>, max: SIMD3<Double>) {
        var boxMin = SIMD3<Double>(repeating: .infinity), boxMax = SIMD3<Double>(repeating: -.infinity)
        for ci in [Double(lo.x) - 0.5, Double(hi.x) + 0.5] {
            for cj in [Double(lo.y) - 0.5, Double(hi.y) + 0.5] {
                for ck in [Double(lo.z) - 0.5, Double(hi.z) + 0.5] {
                    let w = affine.apply(SIMD3(ci, cj, ck))
                    boxMin = pointwiseMin(boxMin, w)
                    boxMax = pointwiseMax(boxMax, w)
                }
            }
        }
        return (boxMin, boxMax)
    }

    private static func describe(_ box: (min: SIMD3<Double>, max: SIMD3<Double>)) -> String {
        func mm(_ v: Double) -> String { PlotNumberFormat.general(v, digits: 4) }
        return (0..<3).map { "\(["x", "y", "z"][$0]) \(mm(box.min[$0]))…\(mm(box.max[$0])) mm" }.joined(separator: ", ")
    }

    /// Positions of a stack of cuts: nilearn's choice when the grid is axis-aligned, evenly
    /// spaced over the non-zero extent otherwise.
    static func stackedCuts(_ count: Int, axis: Int, of volume: Volume) -> [Double] {
        CutSlices.find(count, axis: axis, of: volume) ?? CutCoordinates.evenlySpaced(count, axis: axis, of: volume)
    }
}
