/// The layers the brain plots stack: a dimmed grey anatomy under a coloured overlay.
extension Plotting {
    /// nilearn's anatomy: grey from the volume's minimum, with the top of the scale pushed up
    /// so the brightest voxel is ~71% grey (`dim="auto"` on a black background: the display
    /// maximum becomes mean + (1 + dim)·half-range with dim = 0.8).
    static func anatomyLayer(_ volume: Volume, dim: Double = 0.8, colormap: Colormap = .gray) throws -> SliceLayer {
        let (lo, hi) = finiteRange(volume)
        let mean = 0.5 * (lo + hi), halfRange = 0.5 * (hi - lo)
        let top = mean + (1 + dim) * halfRange
        let span = top - lo
        return SliceLayer(sampler: try VolumeSampler(volume), interpolation: .linear, include: nil) { v in
            guard v.isFinite else { return nil }
            return colormap(span > 0 ? (Double(v) - lo) / span : 0)
        }
    }

    /// Smallest and largest finite value (0, 0 when none).
    static func finiteRange(_ volume: Volume) -> (Double, Double) {
        var lo = Float.infinity, hi = -Float.infinity
        for v in volume.values where v.isFinite {
            lo = min(lo, v)
            hi = max(hi, v)
        }
        return lo <= hi ? (Double(lo), Double(hi)) : (0, 0)
    }

    /// The world box shown: the background's whole grid joined with the box of the overlay
    /// voxels that are drawn (`shown`), as nilearn's axes grow to fit each image's unmasked
    /// part. Throws when the overlay's grid and the background's share no volume of space (a
    /// sign the two are not in the same space).
    static func worldBounds(overlay: Volume?, shown: (Float) -> Bool = { _ in true },
                            background: Volume?) throws -> (min: SIMD3<Double>, max: SIMD3<Double>) {
        let backgroundBox = try background.map { try VolumeSampler($0).worldBounds }
        var overlayBox: (min: SIMD3<Double>, max: SIMD3<Double>)?
        if let overlay {
            let grid = try VolumeSampler(overlay).worldBounds
            if let b = backgroundBox {
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
        var boxMin = SIMD3<Double>(repeating: .infinity), boxMax = SIMD3<Double>(repeating: -.infinity)
        for ci in [Double(lo.x) - 0.5, Double(hi.x) + 0.5] {
            for cj in [Double(lo.y) - 0.5, Double(hi.y) + 0.5] {
                for ck in [Double(lo.z) - 0.5, Double(hi.z) + 0.5] {
                    let w = volume.affine.apply(SIMD3(ci, cj, ck))
                    boxMin = pointwiseMin(boxMin, w)
                    boxMax = pointwiseMax(boxMax, w)
                }
            }
        }
        return (boxMin, boxMax)
    }

    private static func describe(_ box: (min: SIMD3<Double>, max: SIMD3<Double>)) -> String {
        func mm(_ v: Double) -> String { Format.general(v, digits: 4) }
        return (0..<3).map { "\(["x", "y", "z"][$0]) \(mm(box.min[$0]))…\(mm(box.max[$0])) mm" }.joined(separator: ", ")
    }

    /// Draws the scene, reports the figure to the runner's capture hook and returns it.
    static func finish(_ scene: SliceScene, dpi: Double, altText: String) throws -> Figure {
        let figure = try Figure(dpi: dpi, altText: altText) { try scene.render(dpi: $0) }
        FigureCapture.record(figure)
        return figure
    }
}
