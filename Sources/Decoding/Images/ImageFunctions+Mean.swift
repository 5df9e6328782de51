/// nilearn's `mean_img`: the mean over the 4th axis of a 4-D image (a 3-D image is returned
/// as is, in float), with the source's header.
///
/// Streams a file-backed image volume by volume, so a 1452-volume bold costs one volume of
/// memory and one accumulator. As numpy's `mean(axis=-1)`: integer data is summed exactly in
/// float64, float32 data accumulates in float32 volume after volume (the result is float32),
/// float64 and scaled data in float64.
public func meanImg(_ imgs: some NiftiImageSource) throws -> NiftiImage {
    let image = try imgs.niftiImage()
    guard (3...4).contains(image.shape.count) || (image.shape.count > 4 && image.shape.dropFirst(4).allSatisfy { $0 == 1 }) else {
        throw ImageFunctionError.notThreeOrFourDimensional(file: image.fileName, shape: image.shape)
    }
    let spatial = Shape(Array(image.shape.dimensions.prefix(3)))
    let mean: NiftiImage
    if image.datatype == .float32 && image.scaling == nil {
        mean = try NiftiImage(data: volumeMean(image, as: Float.self), shape: spatial, affine: image.affine)
    } else {
        mean = try NiftiImage(data: volumeMean(image, as: Double.self), shape: spatial, affine: image.affine)
    }
    return mean.withHeader(copiedFrom: image)
}

/// The mean of several images (each averaged over its volumes first), nilearn's `mean_img` of
/// a list: every image must share the first one's grid and affine.
public func meanImg(_ imgs: [any NiftiImageSource]) throws -> NiftiImage {
    guard let first = imgs.first else { throw ImageFunctionError.incompatibleImages("mean_img needs at least one image") }
    let reference = try meanImg(first)
    guard imgs.count > 1 else { return reference }
    var total = try reference.fdata()
    for source in imgs.dropFirst() {
        let next = try meanImg(source)
        guard next.shape == reference.shape, next.affine == reference.affine else {
            throw ImageFunctionError.incompatibleImages(
                "\(next.fileName): shape \(next.shape) and affine differ from the first image's \(reference.shape); resample first")
        }
        let values = try next.fdata()
        for i in total.indices { total[i] += values[i] }
    }
    let count = Double(imgs.count)
    let mean = try NiftiImage(data: total.map { $0 / count }, shape: reference.shape, affine: reference.affine)
    return mean.withHeader(copiedFrom: try first.niftiImage())
}

private func volumeMean(_ image: NiftiImage, as _: Float.Type) throws -> [Float] {
    var sum = [Float](repeating: 0, count: image.voxelsPerVolume)
    try accumulate(image) { t, volume, n in
        sum.withUnsafeMutableBufferPointer { s in
            if t == 0 {
                for i in 0..<n { s[i] = Float(volume[i]) }
            } else {
                for i in 0..<n { s[i] += Float(volume[i]) }
            }
        }
    }
    let count = Float(image.volumeCount)
    return sum.map { $0 / count }
}

private func volumeMean(_ image: NiftiImage, as _: Double.Type) throws -> [Double] {
    var sum = [Double](repeating: 0, count: image.voxelsPerVolume)
    try accumulate(image) { t, volume, n in
        sum.withUnsafeMutableBufferPointer { s in
            if t == 0 {
                for i in 0..<n { s[i] = volume[i] }
            } else {
                for i in 0..<n { s[i] += volume[i] }
            }
        }
    }
    let count = Double(image.volumeCount)
    return sum.map { $0 / count }
}

/// Decodes each volume in turn (float64, scaled) and hands it to `add`.
private func accumulate(_ image: NiftiImage, _ add: (Int, UnsafePointer<Double>, Int) -> Void) throws {
    let n = image.voxelsPerVolume
    let volume = UnsafeMutablePointer<Double>.allocate(capacity: max(n, 1))
    defer { volume.deallocate() }
    let decoder = image.decoder
    try image.forEachRawVolume { t, raw in
        decoder.decode(raw, count: n, into: volume)
        add(t, volume, n)
    }
}
