/// One 3-D scalar volume in world space: what plots slice and resample.
///
/// Values are stored in NIfTI's on-disk order (i fastest, then j, then k), so a volume read from
/// a file needs no transposition. `affine` maps voxel (i, j, k) to world millimetres.
public struct Volume: Sendable, Equatable {
    /// Voxels along i, j and k.
    public var dimensions: SIMD3<Int>
    /// Voxel (i, j, k) to world millimetres.
    public var affine: Affine
    /// One value per voxel, i fastest (see ``offset(_:_:_:)``).
    public var values: [Float]

    /// Wraps `values`; their count must be the product of `dimensions` (a programming error traps).
    public init(dimensions: SIMD3<Int>, affine: Affine, values: [Float]) {
        precondition(values.count == dimensions.x * dimensions.y * dimensions.z,
                     "volume \(dimensions) needs \(dimensions.x * dimensions.y * dimensions.z) values, got \(values.count)")
        self.dimensions = dimensions
        self.affine = affine
        self.values = values
    }

    /// A volume whose value at each voxel is `value` at that voxel's centre in world
    /// millimetres: phantoms, test patterns, benchmark inputs.
    public init(dimensions: SIMD3<Int>, affine: Affine, sampling value: (SIMD3<Double>) -> Float) {
        var values = [Float]()
        values.reserveCapacity(dimensions.x * dimensions.y * dimensions.z)
        for k in 0..<dimensions.z {
            for j in 0..<dimensions.y {
                for i in 0..<dimensions.x {
                    values.append(value(affine.apply(SIMD3(Double(i), Double(j), Double(k)))))
                }
            }
        }
        self.init(dimensions: dimensions, affine: affine, values: values)
    }

    /// Offset of voxel (i, j, k) in `values`.
    @inline(__always)
    public func offset(_ i: Int, _ j: Int, _ k: Int) -> Int {
        i + dimensions.x * (j + dimensions.y * k)
    }

    /// The value at voxel (i, j, k); indices must be inside ``dimensions``.
    public subscript(i: Int, j: Int, k: Int) -> Float {
        get { values[offset(i, j, k)] }
        set { values[offset(i, j, k)] = newValue }
    }

    /// Whether (i, j, k) lies inside the grid.
    public func contains(_ i: Int, _ j: Int, _ k: Int) -> Bool {
        i >= 0 && j >= 0 && k >= 0 && i < dimensions.x && j < dimensions.y && k < dimensions.z
    }
}
