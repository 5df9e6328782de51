import Foundation

/// The `fwhm` of ``smoothImg(_:fwhm:)``, in millimetres, as nilearn takes it: one number for
/// every axis (`4`), one per axis (`[2, 0, 6]`, 0 or nil leaving that axis alone), or `.fast`
/// (nilearn's `'fast'`: a [0.2, 1, 0.2] average along each axis).
public enum FWHM: Sendable, Equatable, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral, ExpressibleByArrayLiteral {
    /// Widths along i, j and k (mm); 0 or nil leaves that axis unsmoothed.
    case millimetres([Double?])
    /// nilearn's `'fast'`: a [0.2, 1, 0.2] average along each axis instead of a Gaussian.
    case fast

    /// The same width along all three axes.
    public init(_ value: Double) { self = .millimetres([value, value, value]) }
    public init(floatLiteral value: Double) { self.init(value) }
    public init(integerLiteral value: Int) { self.init(Double(value)) }
    public init(arrayLiteral elements: Double?...) { self = .millimetres(elements) }
}

/// nilearn's `smooth_img`: a Gaussian filter of full width at half maximum `fwhm` (mm) along
/// the three spatial axes of a 3-D or 4-D image, each volume separately.
///
///     let smoothed = try smoothImg(haxby.func[0], fwhm: 4)
///
/// Equal to nilearn's (scipy.ndimage's `gaussian_filter1d` per axis, σ = fwhm / (√(8 ln 2) ·
/// voxel size) with voxel sizes from the affine's columns, truncated at 4σ, edges reflected).
/// Non-finite voxels become 0 first. The result is float32 for integer data of up to 32 bits
/// and for float32 data, float64 otherwise (and for scaled files), with the source's header.
/// `fwhm` nil or 0 returns the data unfiltered (in that type), as nilearn does.
/// Separable and parallel: volumes (or, for one volume, slabs of lines) go to every core.
public func smoothImg(_ imgs: some NiftiImageSource, fwhm: FWHM?) throws -> NiftiImage {
    let image = try imgs.niftiImage()
    let sigmas = try smoothingSigmas(fwhm, affine: image.affine)
    let single = image.scaling == nil && ![.float64, .int64].contains(image.datatype)
    let n = image.voxelsPerVolume, count = image.volumeCount
    let extents = (0..<3).map { $0 < image.shape.count ? image.shape[$0] : 1 }
    let d = SIMD3(extents[0], extents[1], extents[2])
    let filters = sigmas.enumerated().compactMap { axis, sigma in sigma.map { (axis, GaussianFilter(sigma: $0)) } }
    let datatype: NiftiDatatype = single ? .float32 : .float64
    var bytes = [UInt8](repeating: 0, count: n * count * datatype.byteCount)
    let decoder = image.decoder
    let cores = ProcessInfo.processInfo.activeProcessorCount
    // Volumes are read in order; with several volumes, batches of `cores` are filtered in parallel.
    let batch = count > 1 ? min(count, cores) : 1
    let scratch = UnsafeMutablePointer<Double>.allocate(capacity: n * batch)
    defer { scratch.deallocate() }
    try bytes.withUnsafeMutableBytes { out in
        let output = OutputVolumes(base: out.baseAddress!, voxels: n, single: single)
        var pending = 0
        func flush(upTo end: Int) {
            let waiting = pending, start = end - pending
            let shared = OutputVolumes(base: UnsafeMutableRawPointer(scratch), voxels: n, single: false)
            let run: @Sendable (Int) -> Void = { k in
                let volume = shared.doubles(k)
                for (axis, filter) in filters {
                    filter.apply(volume, dimensions: d, axis: axis, single: single, parallel: waiting == 1)
                }
                output.store(volume, at: start + k)
            }
            if waiting > 1 { DispatchQueue.concurrentPerform(iterations: waiting, execute: run) } else if waiting == 1 { run(0) }
            pending = 0
        }
        try image.forEachRawVolume { t, raw in
            let volume = scratch + pending * n
            decoder.decode(raw, count: n, into: volume)
            for i in 0..<n {
                let v = volume[i]
                // nilearn: integers become float32 (rounded), non-finite values 0.
                volume[i] = !v.isFinite ? 0 : single ? Double(Float(v)) : v
            }
            pending += 1
            if pending == batch { flush(upTo: t + 1) }
        }
        flush(upTo: count)
    }
    return NiftiImage(bytes: bytes, datatype: datatype, shape: image.shape, affine: image.affine).withHeader(copiedFrom: image)
}

/// σ per axis in voxels (nil: that axis is not filtered); `.fast` is not Gaussian.
private func smoothingSigmas(_ fwhm: FWHM?, affine: Affine) throws(ImageFunctionError) -> [Double?] {
    guard let fwhm else { return [nil, nil, nil] }
    guard case .millimetres(let values) = fwhm else { throw .invalidFWHM("'fast' smoothing is not supported yet") }
    let perAxis: [Double?] = values.count == 1 ? [values[0], values[0], values[0]] : values
    guard perAxis.count == 3 else { throw .invalidFWHM("\(values.count) values") }
    let ratio = (8 * log(2.0)).squareRoot()
    let voxels = affine.voxelSizes
    return try perAxis.enumerated().map { axis, value throws(ImageFunctionError) -> Double? in
        guard let value else { return nil }
        guard value.isFinite, value >= 0 else { throw .invalidFWHM("\(value) for axis \(axis)") }
        let sigma = value / (ratio * voxels[axis])
        return sigma > 0 ? sigma : nil
    }
}

/// Where filtered volumes go: volume k of the output, as float32 or float64.
private struct OutputVolumes: @unchecked Sendable {
    let base: UnsafeMutableRawPointer
    let voxels: Int
    let single: Bool

    func doubles(_ k: Int) -> UnsafeMutablePointer<Double> {
        base.assumingMemoryBound(to: Double.self) + k * voxels
    }

    func store(_ volume: UnsafeMutablePointer<Double>, at t: Int) {
        if single {
            let out = base.assumingMemoryBound(to: Float.self) + t * voxels
            for i in 0..<voxels { out[i] = Float(volume[i]) }
        } else {
            (base.assumingMemoryBound(to: Double.self) + t * voxels).update(from: volume, count: voxels)
        }
    }
}
