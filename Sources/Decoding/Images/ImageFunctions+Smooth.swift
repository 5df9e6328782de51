import Foundation

/// The `fwhm` of ``smoothImg(_:fwhm:)``, in millimetres, as nilearn takes it: one number for
/// every axis (`4`), one per axis (`[2, 0, 6]`, 0 or nil leaving that axis alone), or `.fast`
/// (nilearn's `'fast'`: weights [0.2, 1, 0.2] along each axis, normalised by 2.2).
public enum FWHM: Sendable, Equatable, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral, ExpressibleByArrayLiteral {
    /// Millimetres per axis (x, y, z), or one value for all three; nil or 0 skips an axis.
    case millimetres([Double?])
    /// nilearn's `'fast'`: each voxel plus 0.2 × each of its six neighbours, over 2.2 (``FastSmoothing``).
    case fast

    /// The same width along the three axes.
    public init(_ value: Double) { self = .millimetres([value, value, value]) }
    /// `4.5`: the same width along the three axes.
    public init(floatLiteral value: Double) { self.init(value) }
    /// `4`: the same width along the three axes.
    public init(integerLiteral value: Int) { self.init(Double(value)) }
    /// `[2, nil, 6]`: one width per axis.
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
/// `fwhm` nil or 0 returns the data unfiltered (in that type), as nilearn does; `.fast` is
/// nilearn's cheap six-neighbour average instead (``FastSmoothing``), equal to its to the bit.
/// Volumes are streamed and filtered on every core; to smooth only to mask the result, a
/// `Decoder`'s `smoothingFwhm` computes just the mask's bounding box (``SmoothingPlan``).
public func smoothImg(_ imgs: some NiftiImageSource, fwhm: FWHM?) throws -> NiftiImage {
    let image = try imgs.niftiImage()
    let single = smoothsInFloat32(image)
    let n = image.voxelsPerVolume, count = image.volumeCount
    let d = image.spatialDimensions
    let smoothing: any VolumeSmoothing
    if fwhm == .fast {
        smoothing = FastSmoothing(dimensions: d)
    } else {
        smoothing = SmoothingPlan(dimensions: d, sigmas: try smoothingSigmas(fwhm, affine: image.affine), target: GridBox(dimensions: d))
    }
    let datatype: NiftiDatatype = single ? .float32 : .float64
    var bytes = [UInt8](repeating: 0, count: n * count * datatype.byteCount)
    try bytes.withUnsafeMutableBytes { out in
        let output = OutputVolumes(base: out.baseAddress!, voxels: n, single: single)
        try forEachSmoothedVolume(image, smoothing: smoothing, single: single) { t, volume in output.store(volume, at: t) }
    }
    return NiftiImage(bytes: bytes, datatype: datatype, shape: image.shape, affine: image.affine).withHeader(copiedFrom: image)
}

/// Whether nilearn smooths this image's data in float32 (integers of up to 32 bits, float32)
/// rather than float64 (64-bit integers, float64, scaled data).
func smoothsInFloat32(_ image: NiftiImage) -> Bool {
    image.scaling == nil && ![.float64, .int64].contains(image.datatype)
}

extension NiftiImage {
    /// The extents of the first three axes (1 for axes the image does not have).
    var spatialDimensions: SIMD3<Int> {
        let e = (0..<3).map { $0 < shape.count ? shape[$0] : 1 }
        return SIMD3(e[0], e[1], e[2])
    }
}

/// Smooths every volume of `image` with `plan` and hands each result (its target box,
/// x fastest) to `body`, which is called concurrently for different volumes, each once.
/// Volumes are read in order, a batch at a time, and filtered on every core; memory is a
/// batch of raw volumes plus two boxes of doubles per core. `raw`, when given, sees each raw
/// volume (file byte order) as it is read, in order, on the calling thread: what else a caller
/// wants from the same read.
func forEachSmoothedVolume(
    _ image: NiftiImage, smoothing plan: some VolumeSmoothing, single: Bool,
    raw rawVolume: ((Int, UnsafeRawPointer) -> Void)? = nil, _ body: @escaping @Sendable (Int, UnsafeMutablePointer<Double>) -> Void
) throws {
    let count = image.volumeCount
    guard count > 0 else { return }
    let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, count))
    let batch = min(count, 4 * workers)
    let volumeBytes = image.volumeBytes
    let perWorker = 2 * plan.scratchCount + plan.lineCount
    let scratch = SendablePointer(UnsafeMutableRawPointer.allocate(byteCount: max(1, workers * perWorker * 8), alignment: 16))
    let raws = SendablePointer(UnsafeMutableRawPointer.allocate(byteCount: max(1, batch * volumeBytes), alignment: 16))
    defer { scratch.pointer.deallocate(); raws.pointer.deallocate() }
    let decoder = image.decoder
    var pending = 0, start = 0
    func flush() {
        let (k, first) = (pending, start)
        let work: @Sendable (Int) -> Void = { w in
            let base = scratch.pointer.assumingMemoryBound(to: Double.self) + w * perWorker
            var i = w
            while i < k {
                plan.load(raws.pointer + i * volumeBytes, decoder: decoder, into: base, single: single)
                let result = plan.smooth(base, scratch: base + plan.scratchCount, line: base + 2 * plan.scratchCount, single: single)
                body(first + i, result)
                i += workers
            }
        }
        if k > 1 && workers > 1 { DispatchQueue.concurrentPerform(iterations: min(workers, k), execute: work) } else { work(0) }
        pending = 0
    }
    try image.forEachRawVolume { t, raw in
        rawVolume?(t, raw)
        if pending == 0 { start = t }
        (raws.pointer + pending * volumeBytes).copyMemory(from: raw, byteCount: volumeBytes)
        pending += 1
        if pending == batch { flush() }
    }
    if pending > 0 { flush() }
}

/// A buffer handed to worker threads that touch disjoint parts of it.
struct SendablePointer: @unchecked Sendable {
    let pointer: UnsafeMutableRawPointer
    init(_ pointer: UnsafeMutableRawPointer) { self.pointer = pointer }
}

/// Where filtered volumes go: volume k of the output, as float32 or float64.
private struct OutputVolumes: @unchecked Sendable {
    let base: UnsafeMutableRawPointer
    let voxels: Int
    let single: Bool

    func store(_ volume: UnsafeMutablePointer<Double>, at t: Int) {
        if single {
            let out = base.assumingMemoryBound(to: Float.self) + t * voxels
            for i in 0..<voxels { out[i] = Float(volume[i]) }
        } else {
            (base.assumingMemoryBound(to: Double.self) + t * voxels).update(from: volume, count: voxels)
        }
    }
}
