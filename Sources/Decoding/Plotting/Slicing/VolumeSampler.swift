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

        /// One axis of a trilinear read: the lower corner's offset in the values, the step to
        /// the upper corner (0 at the last voxel: clamped at the border) and the fraction.
        struct Axis {
            let offset: Int, step: Int
            let fraction: Double
        }

        /// The axis read at fractional voxel coordinate `c` of `n` voxels `stride` values apart.
        @inline(__always)
        static func axis(_ c: Double, _ n: Int, stride: Int) -> Axis {
            let x = max(0, min(Double(n - 1), c))
            let i0 = Int(x), i1 = min(i0 + 1, n - 1)
            return Axis(offset: i0 * stride, step: (i1 - i0) * stride, fraction: x - Double(i0))
        }

        @inline(__always)
        private func interpolate(_ p: SIMD3<Double>, masked: Bool, _ accepts: (Int) -> Bool) -> Float? {
            interpolate(Self.axis(p.x, nx, stride: 1), Self.axis(p.y, ny, stride: nx), Self.axis(p.z, nz, stride: nx * ny),
                        masked: masked, accepts)
        }

        @inline(__always)
        private func interpolate(_ ax: Axis, _ ay: Axis, _ az: Axis, masked: Bool, _ accepts: (Int) -> Bool) -> Float? {
            let fx = ax.fraction, fy = ay.fraction, fz = az.fraction
            let dx = ax.step, dy = ay.step, dz = az.step
            let base = ax.offset + ay.offset + az.offset
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

        /// ``linear(_:)`` at `origin + i·step` into `out[i]` for each `i` in `columns` (NaN
        /// outside the grid), for a row that moves along one voxel axis only — the cuts of an
        /// axis-aligned grid. The other two axes are worked out once; each value is the one
        /// ``linear(_:)`` gives. False (nothing written) for any other row.
        @inline(__always)
        func linearRow(_ out: UnsafeMutableBufferPointer<Float>, _ columns: Range<Int>,
                       from origin: SIMD3<Double>, step: SIMD3<Double>) -> Bool {
            let moving = step .!= SIMD3(repeating: 0)
            let a = moving[0] ? 0 : moving[1] ? 1 : 2
            guard (moving[0] ? 1 : 0) + (moving[1] ? 1 : 0) + (moving[2] ? 1 : 0) == 1 else { return false }
            let n = SIMD3(nx, ny, nz), strides = SIMD3(1, nx, nx * ny)
            let inside = origin .>= SIMD3(repeating: -0.5) .& (origin .< SIMD3<Double>(n) - 0.5)
            guard (0..<3).allSatisfy({ $0 == a || inside[$0] }) else {
                for i in columns { out[i] = .nan }
                return true
            }
            let fixed = (0..<3).map { Self.axis(origin[$0], n[$0], stride: strides[$0]) }
            let (start, delta, count, stride) = (origin[a], step[a], n[a], strides[a])
            let upper = Double(count) - 0.5
            for i in columns {
                // origin + i·step, on the one axis that moves (the others add exactly 0).
                let c = start + Double(i) * delta
                guard c >= -0.5 && c < upper else {
                    out[i] = .nan
                    continue
                }
                let m = Self.axis(c, count, stride: stride)
                let v = switch a {
                case 0: interpolate(m, fixed[1], fixed[2], masked: false) { _ in true }
                case 1: interpolate(fixed[0], m, fixed[2], masked: false) { _ in true }
                default: interpolate(fixed[0], fixed[1], m, masked: false) { _ in true }
                }
                out[i] = v ?? .nan
            }
            return true
        }
    }

    /// The world bounding box of the grid, voxel edges included: (min, max) per axis.
    var worldBounds: (min: SIMD3<Double>, max: SIMD3<Double>) {
        Plotting.worldBox(grid.affine, SIMD3(0, 0, 0), SIMD3(nx - 1, ny - 1, nz - 1))
    }
}
