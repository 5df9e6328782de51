/// nilearn's `new_img_like`: an image holding `data` in the space of `ref`.
///
/// `data` is in NIfTI order (i fastest), as `Volume.values` and `fdata()` are. Its shape is
/// `shape` when given, else `ref`'s 3-D shape when `data` fills one volume, else `ref`'s shape.
/// With `copyHeader` (nilearn's default) the new header starts as a copy of `ref`'s — units,
/// description, pixdim, qform/sform codes — with the data's shape and datatype, `cal_min`/`cal_max`
/// set to the data's range, no scaling; when `affine` differs from `ref`'s, the sform (code 2)
/// and qform (code 0) are set from it, as nibabel does. nilearn would also keep the reference's
/// on-disk datatype for a later save (writing floats as scaled integers); here the image keeps
/// the datatype of its data, so what is saved is what was computed.
public func newImgLike<T: NiftiScalar>(
    _ ref: some NiftiImageSource, data: [T], shape: Shape? = nil, affine: Affine? = nil, copyHeader: Bool = true
) throws -> NiftiImage {
    let reference = try ref.niftiImage()
    let shape = try resolvedShape(shape, count: data.count, reference: reference)
    let image = try NiftiImage(data: data, shape: shape, affine: affine ?? reference.affine)
    return copyHeader ? image.withHeader(copiedFrom: reference) : image
}

/// Boolean data is stored as uint8 (0 or 1), as nilearn does.
public func newImgLike(
    _ ref: some NiftiImageSource, data: [Bool], shape: Shape? = nil, affine: Affine? = nil, copyHeader: Bool = true
) throws -> NiftiImage {
    try newImgLike(ref, data: data.map { $0 ? UInt8(1) : 0 }, shape: shape, affine: affine, copyHeader: copyHeader)
}

/// A 3-D float32 image of `volume` with `ref`'s header (the volume's own affine is used).
public func newImgLike(_ ref: some NiftiImageSource, volume: Volume, copyHeader: Bool = true) throws -> NiftiImage {
    let d = volume.dimensions
    return try newImgLike(ref, data: volume.values, shape: [d.x, d.y, d.z], affine: volume.affine, copyHeader: copyHeader)
}

private func resolvedShape(_ shape: Shape?, count: Int, reference: NiftiImage) throws(ImageFunctionError) -> Shape {
    if let shape {
        guard shape.elementCount == count else { throw .dataCountMismatch(expected: shape.elementCount, got: count, shape: shape) }
        return shape
    }
    let spatial = Shape(Array(reference.shape.dimensions.prefix(3)))
    if count == spatial.elementCount { return spatial }
    guard count == reference.shape.elementCount else {
        throw .dataCountMismatch(expected: reference.shape.elementCount, got: count, shape: reference.shape)
    }
    return reference.shape
}

extension NiftiImage {
    /// This in-memory image with `reference`'s header fields carried over (nilearn's
    /// `copy_header=True`): see ``newImgLike(_:data:shape:affine:copyHeader:)``.
    /// `range` is the data's smallest and largest value, found in memory when not given.
    func withHeader(copiedFrom reference: NiftiImage, range: (min: Double, max: Double)? = nil) -> NiftiImage {
        var h = reference.storedHeader  // cal_min/cal_max are set below: no need to find the reference's
        let own = storedHeader
        h.dim = own.dim
        h.datatype = own.datatype
        h.bitpix = own.bitpix
        h.isBigEndian = own.isBigEndian  // the byte order of this image's own bytes
        // nibabel's set_data_shape: voxel sizes of axes the data does not have become 1.
        let ndim = Int(own.dim[0])
        for axis in (ndim + 1)..<8 { h.pixdim[axis] = 1 }
        h.sclSlope = .nan
        h.sclInter = .nan
        h.glmax = 0
        let range = range ?? valueRange()
        h.calMin = Float(range.min)
        h.calMax = Float(range.max)
        if !affine.matrix.elementsEqual(reference.storedHeader.bestAffine.matrix, by: { abs($0 - $1) <= 1e-8 + 1e-5 * abs($1) }) {
            h.setSform(affine, code: 2)
            h.setQform(affine, code: 0)
        }
        var out = self
        out.header = h
        return out
    }

    /// Smallest and largest voxel (0, 0 for no voxels), as numpy's min/max of the data.
    func valueRange() -> (min: Double, max: Double) {
        guard case let .memory(bytes) = storage, shape.elementCount > 0 else { return (0, 0) }
        let decoder = self.decoder
        var low = Double.infinity, high = -Double.infinity
        bytes.withUnsafeBytes { raw in
            for i in 0..<shape.elementCount {
                let v = decoder.scaled(raw.baseAddress!, i)
                if v.isNaN { low = .nan; high = .nan; return }
                low = Swift.min(low, v)
                high = Swift.max(high, v)
            }
        }
        return (low, high)
    }
}
