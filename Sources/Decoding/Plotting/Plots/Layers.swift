/// The layers the brain plots stack: a dimmed grey anatomy under a coloured overlay.
extension Plotting {
    /// nilearn's background anatomy (`load_anat` + `_apply_dimming`): grey over the volume's
    /// finite range (from its `summary`), dimmed by `dim` — on a black figure the top of the scale is pushed up (the
    /// display maximum becomes mean + (1 + dim)·half-range, so with nilearn's 0.8 the brightest
    /// voxel is ~71% grey), on a white one the bottom is pushed down. `dim` 0 is the plain
    /// range (`plot_img`'s background).
    static func anatomyLayer(_ grid: VoxelGrid, summary: VolumeSummary, dim: Double, blackBackground: Bool = true,
                             colormap: Colormap = .gray) throws -> SliceLayer {
        let (lo, hi) = summary.range
        let mean = 0.5 * (lo + hi), halfRange = 0.5 * (hi - lo)
        let bottom = blackBackground ? lo : 0.5 * (2 - dim) * mean - (1 + dim) * halfRange
        let top = blackBackground ? mean + (1 + dim) * halfRange : hi
        let scale = GreyScale(bottom: bottom, span: top - bottom, colormap: colormap)
        var layer = SliceLayer(sampler: try VolumeSampler(grid), interpolation: .linear, include: nil) { v in
            scale.position(v).map { colormap($0) }
        }
        layer.drawn = SliceLayer.reach(of: summary.nonEmpty, grid.affine)
        if colormap.colors.allSatisfy({ $0.alpha >= 1 }) { layer.opaque = scale }
        return layer
    }

    /// The one-pass summary of a volume in memory (an overlay): computed once for a volume the
    /// cache holds, each time otherwise.
    static func summary(_ volume: Volume) -> VolumeSummary {
        VolumeCache.memo(volume, "summary") { VolumeSummary($0) }
    }

    /// Smallest and largest finite value (0, 0 when none).
    static func finiteRange(_ volume: Volume) -> (Double, Double) {
        summary(volume).range
    }

    /// The world box shown: the background's non-empty part (|v| > 1e-6, as nilearn's axes fit
    /// the anatomy; its whole grid when all empty) joined with the box of the overlay voxels that
    /// are drawn, as nilearn's axes grow to fit each image's unmasked part. Throws when the
    /// overlay's grid and the background's share no volume of space (a sign the two are not in
    /// the same space).
    static func worldBounds(overlay: SliceOverlay?, background: (VoxelGrid, VolumeSummary)?) throws
        -> (min: SIMD3<Double>, max: SIMD3<Double>) {
        let backgroundGrid = try background.map { try VolumeSampler($0.0).worldBounds }
        let backgroundBox = background.map { grid, summary in
            summary.nonEmpty.map { worldBox(grid.affine, $0.lo, $0.hi) } ?? backgroundGrid!
        }
        var overlayBox: (min: SIMD3<Double>, max: SIMD3<Double>)?
        if let overlay {
            let grid = try VolumeSampler(overlay.volume).worldBounds
            if let b = backgroundGrid {
                let lo = pointwiseMax(grid.min, b.min), hi = pointwiseMin(grid.max, b.max)
                if any(lo .>= hi) { throw PlottingError.noOverlap(overlay: describe(grid), background: describe(b)) }
            }
            overlayBox = overlay.shownVoxels.map { worldBox(overlay.volume.affine, $0.lo, $0.hi) }
                ?? (backgroundBox == nil ? grid : nil)
        }
        switch (overlayBox, backgroundBox) {
        case let (o?, b?): return (pointwiseMin(o.min, b.min), pointwiseMax(o.max, b.max))
        case let (o?, nil): return o
        case let (nil, b?): return b
        case (nil, nil): return (SIMD3(-1, -1, -1), SIMD3(1, 1, 1))
        }
    }

    /// Voxel index box of the voxels `shown` accepts; nil when there are none.
    static func shownVoxels(_ volume: Volume, _ shown: (Float) -> Bool) -> (lo: SIMD3<Int>, hi: SIMD3<Int>)? {
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
        return lo.x <= hi.x ? (lo, hi) : nil
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
