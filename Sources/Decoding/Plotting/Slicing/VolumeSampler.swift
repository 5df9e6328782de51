/// Reads a ``Volume`` at world points: the bridge between a figure's slice plane (in mm) and
/// each image's own voxel grid, so images with different voxel sizes or orientations line up.
///
/// Points outside the grid (more than half a voxel beyond the outer voxel centres) give nil,
/// which plots show as transparent.
struct VolumeSampler {
    enum Interpolation: Sendable {
        /// The nearest voxel's value: labels and masks keep their exact values and edges.
        case nearest
        /// Trilinear between the 8 surrounding voxel centres (clamped at the border).
        case linear
    }

    let volume: Volume
    let worldToVoxel: Affine
    private let nx: Int, ny: Int, nz: Int

    init(_ volume: Volume) throws {
        guard let inverse = volume.affine.inverse else { throw PlottingError.singularAffine(volume.affine) }
        self.volume = volume
        worldToVoxel = inverse
        (nx, ny, nz) = (volume.dimensions.x, volume.dimensions.y, volume.dimensions.z)
    }

    /// The voxel coordinate (fractional) of a world point.
    @inline(__always)
    func voxel(_ world: SIMD3<Double>) -> SIMD3<Double> { worldToVoxel.apply(world) }

    /// Calls `body` with a reader of the voxels: the volume's storage is pinned once for a
    /// whole row of samples, so the per-sample path has no reference counting or bounds checks.
    @inline(__always)
    func withReader<R>(_ body: (Reader) throws -> R) rethrows -> R {
        try volume.values.withUnsafeBufferPointer { values in
            try body(Reader(values: values.baseAddress!, nx: nx, ny: ny, nz: nz))
        }
    }

    /// Reads voxels from pinned storage (valid only inside ``withReader(_:)``).
    struct Reader {
        let values: UnsafePointer<Float>
        let nx: Int, ny: Int, nz: Int

        /// Whether a fractional voxel coordinate lies within the grid's half-voxel margin.
        @inline(__always)
        func inside(_ p: SIMD3<Double>) -> Bool {
            p.x >= -0.5 && p.y >= -0.5 && p.z >= -0.5
                && p.x < Double(nx) - 0.5 && p.y < Double(ny) - 0.5 && p.z < Double(nz) - 0.5
        }

        /// The nearest voxel's value; `p` must be ``inside(_:)``.
        @inline(__always)
        func nearest(_ p: SIMD3<Double>) -> Float {
            let i = min(nx - 1, Int((p.x + 0.5).rounded(.down)))
            let j = min(ny - 1, Int((p.y + 0.5).rounded(.down)))
            let k = min(nz - 1, Int((p.z + 0.5).rounded(.down)))
            return values[i + nx * (j + ny * k)]
        }

        /// Trilinear interpolation over the corners `include` accepts (all when nil), with the
        /// weights renormalised over those corners; nil when the accepted corners carry less
        /// than half of the weight. Masked overlays use this so that voxels below threshold
        /// neither show nor bleed a halo of small values into their neighbours. Inlined so that
        /// a call without `include` compiles to plain trilinear interpolation.
        @inline(__always)
        func linear(_ p: SIMD3<Double>, include: ((Float) -> Bool)?) -> Float? {
            let x = max(0, min(Double(nx - 1), p.x)), y = max(0, min(Double(ny - 1), p.y))
            let z = max(0, min(Double(nz - 1), p.z))
            let i0 = Int(x), j0 = Int(y), k0 = Int(z)
            let i1 = min(i0 + 1, nx - 1), j1 = min(j0 + 1, ny - 1), k1 = min(k0 + 1, nz - 1)
            let fx = x - Double(i0), fy = y - Double(j0), fz = z - Double(k0)
            var sum = 0.0, weight = 0.0
            // The 8 corners, skipping those with zero weight (and so never reading past the grid).
            for corner in 0..<8 {
                let wx = corner & 1 == 0 ? 1 - fx : fx
                let wy = corner & 2 == 0 ? 1 - fy : fy
                let wz = corner & 4 == 0 ? 1 - fz : fz
                let w = wx * wy * wz
                guard w > 0 else { continue }
                let i = corner & 1 == 0 ? i0 : i1, j = corner & 2 == 0 ? j0 : j1, k = corner & 4 == 0 ? k0 : k1
                let v = values[i + nx * (j + ny * k)]
                if let include, !include(v) { continue }
                sum += w * Double(v)
                weight += w
            }
            if include != nil && weight < 0.5 { return nil }
            return weight > 0 ? Float(sum / weight) : nil
        }
    }

    /// The world bounding box of the grid, voxel edges included: (min, max) per axis.
    var worldBounds: (min: SIMD3<Double>, max: SIMD3<Double>) {
        var lo = SIMD3<Double>(repeating: .infinity), hi = SIMD3<Double>(repeating: -.infinity)
        for ci in [-0.5, Double(nx) - 0.5] {
            for cj in [-0.5, Double(ny) - 0.5] {
                for ck in [-0.5, Double(nz) - 0.5] {
                    let w = volume.affine.apply(SIMD3(ci, cj, ck))
                    lo = pointwiseMin(lo, w)
                    hi = pointwiseMax(hi, w)
                }
            }
        }
        return (lo, hi)
    }
}
