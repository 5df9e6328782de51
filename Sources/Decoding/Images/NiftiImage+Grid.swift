extension NiftiImage {
    /// Volume `t` as figures read it, and its ``VolumeSummary`` gathered during the same pass.
    ///
    /// Unscaled int16 — what anatomies are stored as — stays int16 and is inflated straight into
    /// the grid (no piece buffer, no widening: half the memory and fresh pages of floats); other
    /// types are decoded to float32 as ``volume(at:)`` does. Pieces are whole rows of about
    /// 64 KB, summarised while they are still in the core's cache.
    func voxelGrid(at t: Int) throws -> (VoxelGrid, VolumeSummary) {
        guard t >= 0 && t < volumeCount else { throw NiftiError.volumeOutOfRange(file: fileName, index: t, count: volumeCount) }
        let dims = (0..<3).map { $0 < shape.count ? shape[$0] : 1 }
        let dimensions = SIMD3(dims[0], dims[1], dims[2])
        let n = voxelsPerVolume, nx = max(dimensions.x, 1), pieceBytes = 64 << 10
        var builder = VolumeSummary.Builder(dimensions: dimensions)
        let values: VoxelGrid.Values
        if datatype == .int16 && scaling == nil {
            let swapped = storedHeader.isBigEndian != isBigEndianHost
            values = .int16(try [Int16](unsafeUninitializedCapacity: n) { out, initialized in
                adviseHugePages(out)
                guard let base = out.baseAddress else { return }
                try readRawVolume(t, into: UnsafeMutableRawPointer(base), pieceBytes: pieceBytes, unit: nx) { first, count in
                    let piece = base + first
                    if swapped { for i in 0..<count { piece[i] = piece[i].byteSwapped } }
                    builder.add(rows: UnsafePointer(piece), first: first / nx, count: count / nx)
                    initialized = first + count
                }
            })
        } else {
            let decoder = self.decoder
            values = .float32(try [Float](unsafeUninitializedCapacity: n) { out, initialized in
                adviseHugePages(out)
                guard let base = out.baseAddress else { return }
                try forEachRawPiece(ofVolume: t, pieceBytes: pieceBytes, unit: nx) { first, raw, count in
                    decoder.decode(raw, count: count, into: base + first)
                    builder.add(rows: UnsafePointer(base + first), first: first / nx, count: count / nx)
                    initialized = first + count
                }
            })
        }
        return (VoxelGrid(dimensions: dimensions, affine: affine, values: values), builder.finish())
    }
}
