/// nilearn's `index_img`: volumes of a 4-D image picked along its last axis.
///
///     let faceHouse = try indexImg(haxby.func[0], conditionMask)   // a [Bool] per volume
///     let first = try indexImg(haxby.func[0], 0)                    // a 3-D image
///
/// The result has the source's datatype (float64 when the file is scaled, as nibabel's data
/// then is) and its header (``newImgLike(_:data:shape:affine:copyHeader:)``'s rules, `cal_min`
/// and `cal_max` included). Volumes picked in order from an unscaled file stay in the file:
/// the result reads them when masked, smoothed or written (checking the file has not changed
/// since), so picking 864 of the Haxby bold's volumes reads nothing and costs no 283 MB copy
/// (their range, for `cal_min`/`cal_max`, is found when the header is first read).
/// Otherwise (in-memory or scaled source, indices out of order) the volumes are copied into
/// memory in one pass.
public func indexImg(_ imgs: some NiftiImageSource, _ index: Int) throws -> NiftiImage {
    let image = try fourDimensional(imgs)
    let n = image.volumeCount
    guard index >= -n, index < n else { throw ImageFunctionError.indexOutOfRange(file: image.fileName, index: index, count: n) }
    let spatial = Shape(Array(image.shape.dimensions.prefix(3)))
    return try pickVolumes(image, [index < 0 ? index + n : index], shape: spatial)
}

/// The volumes at `indices` (negative ones count from the end), in that order, as a 4-D image.
public func indexImg(_ imgs: some NiftiImageSource, _ indices: [Int]) throws -> NiftiImage {
    let image = try fourDimensional(imgs)
    let n = image.volumeCount
    let resolved = try indices.map { i throws(ImageFunctionError) -> Int in
        guard i >= -n, i < n else { throw .indexOutOfRange(file: image.fileName, index: i, count: n) }
        return i < 0 ? i + n : i
    }
    if let picked = try image.picking(resolved) { return picked }
    return try pickVolumes(image, resolved, shape: Shape(Array(image.shape.dimensions.prefix(3)) + [resolved.count]))
}

/// The volumes where `mask` is true (numpy boolean indexing), e.g. `conditions.isIn(["face", "house"])`.
public func indexImg(_ imgs: some NiftiImageSource, _ mask: [Bool]) throws -> NiftiImage {
    let image = try fourDimensional(imgs)
    guard mask.count == image.volumeCount else {
        throw ImageFunctionError.maskLengthMismatch(file: image.fileName, length: mask.count, volumes: image.volumeCount)
    }
    return try indexImg(image, mask.indices.filter { mask[$0] })
}

/// The volumes where `mask` is true, for a boolean `NDArray` (e.g. `labels .!= "rest"`).
public func indexImg(_ imgs: some NiftiImageSource, _ mask: NDArray<Bool>) throws -> NiftiImage {
    try indexImg(imgs, mask.storage)
}

/// The volumes in `range` (numpy's `img[..., a:b]`), e.g. `0..<10` or `..<(n - 30)`.
public func indexImg<R: RangeExpression<Int>>(_ imgs: some NiftiImageSource, _ range: R) throws -> NiftiImage {
    let image = try fourDimensional(imgs)
    let r = range.relative(to: 0..<image.volumeCount).clamped(to: 0..<image.volumeCount)
    return try indexImg(image, Array(r))
}

private func fourDimensional(_ source: some NiftiImageSource) throws -> NiftiImage {
    let image = try source.niftiImage()
    // nilearn accepts a 4-D image, or a 5-D one whose extra axes are 1.
    guard image.shape.count >= 4, image.shape.dropFirst(4).allSatisfy({ $0 == 1 }) else {
        throw ImageFunctionError.notFourDimensional(file: image.fileName, shape: image.shape)
    }
    return image
}

/// Copies volumes `indices` (resolved, any order, repeats allowed) into a new image of `shape`.
private func pickVolumes(_ image: NiftiImage, _ indices: [Int], shape: Shape) throws -> NiftiImage {
    let scaled = image.scaling != nil
    let datatype: NiftiDatatype = scaled ? .float64 : image.datatype
    let width = datatype.byteCount
    let n = image.voxelsPerVolume
    let volumeBytes = n * width
    var positions = [Int: [Int]]()
    for (p, t) in indices.enumerated() { positions[t, default: []].append(p) }
    var bytes = [UInt8](repeating: 0, count: indices.count * volumeBytes)
    if let last = positions.keys.max() {
        let decoder = image.decoder
        let swap = image.storedHeader.isBigEndian != isBigEndianHost
        try bytes.withUnsafeMutableBytes { out in
            try image.forEachRawVolume(from: positions.keys.min()!, to: last + 1) { t, raw in
                guard let targets = positions[t] else { return }
                let first = out.baseAddress! + targets[0] * volumeBytes
                if scaled {
                    decoder.decode(raw, count: n, into: first.assumingMemoryBound(to: Double.self))
                } else {
                    first.copyMemory(from: raw, byteCount: volumeBytes)
                    if swap { NiftiImage.swapBytes(UnsafeMutableRawBufferPointer(start: first, count: volumeBytes), width: width) }
                }
                for p in targets.dropFirst() {
                    (out.baseAddress! + p * volumeBytes).copyMemory(from: first, byteCount: volumeBytes)
                }
            }
        }
    }
    return NiftiImage(bytes: bytes, datatype: datatype, shape: shape, affine: image.affine).withHeader(copiedFrom: image)
}
