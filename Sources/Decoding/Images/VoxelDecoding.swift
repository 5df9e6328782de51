/// Turns raw voxel bytes of any supported datatype and byte order into floating point,
/// applying `scl_slope`/`scl_inter` as nibabel's `get_fdata` does.
struct VoxelDecoder {
    let datatype: NiftiDatatype
    let bigEndian: Bool
    let scaling: (slope: Double, inter: Double)?

    @inline(__always)
    private func value(_ raw: UnsafeRawPointer, _ index: Int) -> Double {
        let o = index * datatype.byteCount
        switch datatype {
        case .uint8: return Double(raw.load(fromByteOffset: o, as: UInt8.self))
        case .int8: return Double(raw.load(fromByteOffset: o, as: Int8.self))
        case .int16: return Double(integer(raw, o, as: Int16.self))
        case .uint16: return Double(integer(raw, o, as: UInt16.self))
        case .int32: return Double(integer(raw, o, as: Int32.self))
        case .uint32: return Double(integer(raw, o, as: UInt32.self))
        case .int64: return Double(integer(raw, o, as: Int64.self))
        case .float32: return Double(Float(bitPattern: integer(raw, o, as: UInt32.self)))
        case .float64: return Double(bitPattern: integer(raw, o, as: UInt64.self))
        }
    }

    /// The integer stored at byte `offset` in the file's byte order (unaligned: NIfTI's
    /// `vox_offset` need not align the data).
    @inline(__always)
    private func integer<T: FixedWidthInteger>(_ raw: UnsafeRawPointer, _ offset: Int, as: T.Type) -> T {
        let v = raw.loadUnaligned(fromByteOffset: offset, as: T.self)
        return bigEndian != isBigEndianHost ? v.byteSwapped : v
    }

    /// The scaled value of voxel `index` (in units of voxels from `raw`).
    @inline(__always)
    func scaled(_ raw: UnsafeRawPointer, _ index: Int) -> Double {
        let v = value(raw, index)
        guard let s = scaling else { return v }
        return v * s.slope + s.inter
    }

    /// Decodes `count` consecutive voxels.
    func decode(_ raw: UnsafeRawPointer, count: Int, into out: UnsafeMutablePointer<Double>) {
        for n in 0..<count { out[n] = scaled(raw, n) }
    }

    func decode(_ raw: UnsafeRawPointer, count: Int, into out: UnsafeMutablePointer<Float>) {
        if datatype == .int16 && scaling == nil && !bigEndian {
            let p = raw.assumingMemoryBound(to: Int16.self)
            for n in 0..<count { out[n] = Float(Int16(littleEndian: p[n])) }
            return
        }
        for n in 0..<count { out[n] = Float(scaled(raw, n)) }
    }

    /// Decodes the voxels at `indices`, writing the n-th to `out[n * stride]`.
    func gather(_ raw: UnsafeRawPointer, indices: UnsafeBufferPointer<Int>, into out: UnsafeMutablePointer<Double>, stride: Int = 1) {
        for (n, i) in indices.enumerated() { out[n * stride] = scaled(raw, i) }
    }

    /// Decodes the voxels at `indices` as float32 (each value rounded once from its double).
    func gather(_ raw: UnsafeRawPointer, indices: UnsafeBufferPointer<Int>, into out: UnsafeMutablePointer<Float>) {
        if datatype == .int16 && scaling == nil && bigEndian == isBigEndianHost {
            let p = raw.assumingMemoryBound(to: Int16.self)
            for (n, i) in indices.enumerated() { out[n] = Float(p[i]) }
            return
        }
        for (n, i) in indices.enumerated() { out[n] = Float(scaled(raw, i)) }
    }
}

let isBigEndianHost: Bool = 1.bigEndian == 1
