/// One 3-D volume as figures read it: like ``Volume``, but its values may stay in the file's
/// own 16-bit integers instead of being widened to float.
///
/// A real-size anatomy (124×256×256 int16) is 16 MB as stored and 32 MB as floats; figures only
/// sample a few planes of it, so widening every voxel first costs a pass and 16 MB of fresh
/// pages for nothing. `Float(Int16)` is exact, so a sample reads the same value either way.
struct VoxelGrid: Sendable {
    /// The values, i fastest (as ``Volume/values``).
    enum Values: Sendable {
        case float32([Float])
        case int16([Int16])
    }

    let dimensions: SIMD3<Int>
    let affine: Affine
    let values: Values

    init(dimensions: SIMD3<Int>, affine: Affine, values: Values) {
        self.dimensions = dimensions
        self.affine = affine
        self.values = values
    }

    /// The volume's floats, shared (not copied).
    init(_ volume: Volume) {
        self.init(dimensions: volume.dimensions, affine: volume.affine, values: .float32(volume.values))
    }

    /// As a float ``Volume`` (widened when stored as integers): for the few uses that need every
    /// voxel as float (automatic cuts of a figure without an overlay).
    var volume: Volume {
        switch values {
        case .float32(let floats): Volume(dimensions: dimensions, affine: affine, values: floats)
        case .int16(let integers): Volume(dimensions: dimensions, affine: affine, values: integers.map { Float($0) })
        }
    }

    /// Bytes held by the values.
    var bytes: Int {
        switch values {
        case .float32(let floats): floats.count * MemoryLayout<Float>.stride
        case .int16(let integers): integers.count * MemoryLayout<Int16>.stride
        }
    }
}

/// A voxel type a ``VoxelGrid`` stores, read as float.
protocol GridScalar: Sendable {
    var floatValue: Float { get }
    /// Smallest and largest finite value of `n` values ((+inf, -inf) when none is finite).
    static func finiteRange(_ row: UnsafePointer<Self>, _ n: Int) -> (Float, Float)
    /// First and last index of a value with |v| > 1e-6 (nilearn's empty threshold); nil when none.
    static func nonEmptySpan(_ row: UnsafePointer<Self>, _ n: Int) -> (Int, Int)?
}

extension Float: GridScalar {
    @inline(__always) var floatValue: Float { self }
}

extension Int16: GridScalar {
    @inline(__always) var floatValue: Float { Float(self) }
}
