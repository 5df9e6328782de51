/// Reads a ``VoxelGrid`` (a ``Volume``, or an anatomy kept as int16) at world points: the bridge between a figure's slice plane (in mm) and
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

    let grid: VoxelGrid
    let worldToVoxel: Affine
    private let nx: Int, ny: Int, nz: Int

    init(_ grid: VoxelGrid) throws {
        guard let inverse = grid.affine.inverse else { throw PlottingError.singularAffine(grid.affine) }
        self.grid = grid
        worldToVoxel = inverse
        (nx, ny, nz) = (grid.dimensions.x, grid.dimensions.y, grid.dimensions.z)
    }

    init(_ volume: Volume) throws {
        try self.init(VoxelGrid(volume))
    }

    /// The voxel coordinate (fractional) of a world point.
    @inline(__always)
    func voxel(_ world: SIMD3<Double>) -> SIMD3<Double> { worldToVoxel.apply(world) }

    /// A reader of `values`, the grid's storage pinned by the caller for a whole row of samples,
    /// so the per-sample path has no reference counting or bounds checks.
    @inline(__always)
    func reader<T: GridScalar>(_ values: UnsafePointer<T>) -> Reader<T> {
        Reader(values: values, nx: nx, ny: ny, nz: nz)
    }

    /// Reads voxels from pinned storage, as float whatever the storage type.
    struct Reader<T: GridScalar> {
        let values: UnsafePointer<T>
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
            // Inside the grid p + 0.5 ≥ 0, where truncating is rounding down.
            let i = min(nx - 1, Int(p.x + 0.5)), j = min(ny - 1, Int(p.y + 0.5)), k = min(nz - 1, Int(p.z + 0.5))
            return values[i + nx * (j + ny * k)].floatValue
        }

        /// Trilinear interpolation between the 8 voxel centres around `p` (clamped at the border).
        @inline(__always)
        func linear(_ p: SIMD3<Double>) -> Float? {
            interpolate(p, masked: false) { _ in true }
        }

        /// Trilinear interpolation over the corners whose voxel is `included` (one flag per
        /// voxel), with the weights renormalised over those corners; nil when they carry less
        /// than half of the weight. Masked overlays use this so that voxels below threshold
        /// neither show nor bleed a halo of small values into their neighbours.
        @inline(__always)
        func linear(_ p: SIMD3<Double>, included: UnsafePointer<Bool>) -> Float? {
            interpolate(p, masked: true) { included[$0] }
        }

        @inline(__always)
        private func interpolate(_ p: SIMD3<Double>, masked: Bool, _ accepts: (Int) -> Bool) -> Float? {
            let x = max(0, min(Double(nx - 1), p.x)), y = max(0, min(Double(ny - 1), p.y))
            let z = max(0, min(Double(nz - 1), p.z))
            let i0 = Int(x), j0 = Int(y), k0 = Int(z)
            let i1 = min(i0 + 1, nx - 1), j1 = min(j0 + 1, ny - 1), k1 = min(k0 + 1, nz - 1)
            let fx = x - Double(i0), fy = y - Double(j0), fz = z - Double(k0)
            let dx = i1 - i0, dy = nx * (j1 - j0), dz = nx * ny * (k1 - k0)
            let base = i0 + nx * (j0 + ny * k0)
            var sum = 0.0, weight = 0.0
            // The 8 corners in a fixed order, each taking part only with a positive weight (so
            // a NaN at a corner the point does not touch stays out), written as selects rather
            // than branches: adding 0 leaves the sums exactly as skipping the corner would.
            @inline(__always)
            func corner(_ offset: Int, _ w: Double) {
                let index = base + offset
                let counts = w > 0 && (!masked || accepts(index))
                sum += counts ? w * Double(values[index].floatValue) : 0
                weight += counts ? w : 0
            }
            let gx = 1 - fx, gy = 1 - fy, gz = 1 - fz
            corner(0, gx * gy * gz)
            corner(dx, fx * gy * gz)
            corner(dy, gx * fy * gz)
            corner(dx + dy, fx * fy * gz)
            corner(dz, gx * gy * fz)
            corner(dx + dz, fx * gy * fz)
            corner(dy + dz, gx * fy * fz)
            corner(dx + dy + dz, fx * fy * fz)
            if masked && weight < 0.5 { return nil }
            return weight > 0 ? Float(sum / weight) : nil
        }
    }

    /// The world bounding box of the grid, voxel edges included: (min, max) per axis.
    var worldBounds: (min: SIMD3<Double>, max: SIMD3<Double>) {
        Plotting.worldBox(grid.affine, SIMD3(0, 0, 0), SIMD3(nx - 1, ny - 1, nz - 1))
    }
}
