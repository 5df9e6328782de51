/// One way of smoothing a volume, as ``forEachSmoothedVolume(_:smoothing:single:_:)`` runs it
/// on every volume of an image: nilearn's Gaussian (``SmoothingPlan``) or its `'fast'`
/// averaging (``FastSmoothing``). Both work on doubles holding what nilearn's array holds
/// (float32 values when `single`), so one streaming and threading scheme serves both.
protocol VolumeSmoothing: Sendable {
    /// The grid the volumes are on.
    var dimensions: SIMD3<Int> { get }
    /// The box of each raw volume the filter reads.
    var input: GridBox { get }
    /// The box it computes (x fastest in the buffer ``smooth(_:scratch:line:single:)`` returns).
    var target: GridBox { get }
    /// Doubles each of the two volume-sized buffers of ``smooth(_:scratch:line:single:)`` needs.
    var scratchCount: Int { get }
    /// Doubles of its line buffer.
    var lineCount: Int { get }
    /// Filters `volume` (the input box, as ``load(_:decoder:into:single:)`` fills it), using
    /// `scratch` and `line` as it likes; returns whichever buffer holds the target box.
    func smooth(
        _ volume: UnsafeMutablePointer<Double>, scratch: UnsafeMutablePointer<Double>,
        line: UnsafeMutablePointer<Double>, single: Bool
    ) -> UnsafeMutablePointer<Double>
}

extension VolumeSmoothing {
    /// Reads the input box of a raw volume: decoded, non-finite values set to 0 (nilearn's
    /// `ensure_finite`), and rounded to float32 when `single` (nilearn casts integer data to
    /// float32 before smoothing).
    func load(_ raw: UnsafeRawPointer, decoder: VoxelDecoder, into out: UnsafeMutablePointer<Double>, single: Bool) {
        let box = input, d = dimensions, width = decoder.datatype.byteCount
        for z in 0..<box.size.z {
            for y in 0..<box.size.y {
                let first = box.lower.x + d.x * (box.lower.y + y + d.y * (box.lower.z + z))
                let row = out + box.size.x * (y + box.size.y * z)
                decoder.decode(raw + first * width, count: box.size.x, into: row)
                for i in 0..<box.size.x {
                    let v = row[i]
                    row[i] = !v.isFinite ? 0 : single ? Double(Float(v)) : v
                }
            }
        }
    }
}
