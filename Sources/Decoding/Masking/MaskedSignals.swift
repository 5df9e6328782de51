import Synchronization

/// A (volumes × mask voxels) matrix as masked from an image, before standardizing, row-major,
/// in the precision nilearn's masker reads the image in: float32 for integer and float32
/// data (exact for integers up to 2²⁴ and for float32 voxels), double for float64 or scaled
/// data (``NiftiImage/isReadAsDouble``) — so no double copy is made where float32 is enough.
enum MaskedSignals: Sendable {
    case single([Float])
    case double([Double])

    var byteCount: Int {
        switch self {
        case .single(let v): v.count * MemoryLayout<Float>.size
        case .double(let v): v.count * MemoryLayout<Double>.size
        }
    }

    /// Standardized as the masker's `standardize` asks, in the matrix's precision, as float32.
    func standardized(rows: Int, columns: Int, _ mode: Standardize) -> NDArray<Float> {
        switch self {
        case .single(var values):
            standardizeColumns(&values, rows: rows, columns: columns, mode)
            return NDArray(shape: [rows, columns], storage: values)
        case .double(var values):
            standardizeColumns(&values, rows: rows, columns: columns, mode)
            return NDArray(shape: [rows, columns], storage: values.map { Float($0) })
        }
    }
}

/// Fills a ``MaskedSignals`` matrix one raw volume (file byte order) at a time, in the image's
/// masking precision: what a masking pass does with each volume it reads, whether it only
/// masks (``NiftiMasker``) or also smooths.
struct MaskedSignalsGatherer {
    private let decoder: VoxelDecoder
    private let voxels: [Int]
    private let inDouble: Bool
    private var single: [Float] = [], double: [Double] = []

    init(image: NiftiImage, voxels: [Int]) {
        decoder = image.decoder
        self.voxels = voxels
        inDouble = image.isReadAsDouble
        let count = image.volumeCount * voxels.count
        if inDouble { double = Array(repeating: 0, count: count) } else { single = Array(repeating: 0, count: count) }
    }

    /// Stores the mask voxels of `raw`, volume `t` of the image, as row `t`.
    mutating func add(volume t: Int, raw: UnsafeRawPointer) {
        let row = t * voxels.count, decoder = self.decoder, voxels = self.voxels
        voxels.withUnsafeBufferPointer { offsets in
            if inDouble {
                double.withUnsafeMutableBufferPointer { decoder.gather(raw, indices: offsets, into: $0.baseAddress! + row) }
            } else {
                single.withUnsafeMutableBufferPointer { decoder.gather(raw, indices: offsets, into: $0.baseAddress! + row) }
            }
        }
    }

    var signals: MaskedSignals { inDouble ? .double(double) : .single(single) }
}

/// What has been masked from one image of picked volumes (``PickedVolumes``), by mask and
/// smoothing: a `Decoder` fitted eight times per mask on the same `indexImg` result (nilearn's
/// full-analysis example) then reads and inflates the file once per mask, not once per fit.
/// Kept while the image lives, at most ``maximumBytes`` (oldest dropped first): the bytes a
/// copy of the picked volumes would take, so the memo never costs more than the copy it
/// replaces (70 MB of int16 for the 216 face and house volumes of the Haxby bold, whose
/// smoothed and plain whole-brain matrices, 27 MB of float32 each, then both stay).
final class MaskedSignalsMemo: Sendable {
    struct Key: Hashable {
        /// The mask's voxels (NIfTI offsets, in the masker's order).
        let voxels: [Int]
        /// The FWHM (mm) the volumes were smoothed with first; nil: none.
        let smoothingFwhm: Double?
    }

    /// Bytes of matrices kept at most.
    let maximumBytes: Int

    private let entries = Mutex<[(key: Key, signals: MaskedSignals)]>([])

    /// A memo for picked volumes whose copy would take `copyBytes`, 32 MB at least.
    convenience init(copyBytes: Int) {
        self.init(maximumBytes: max(copyBytes, 32 << 20))
    }

    init(maximumBytes: Int) {
        self.maximumBytes = maximumBytes
    }

    /// The signals under `key`, computed by `compute` the first time.
    func signals(_ key: Key, _ compute: () throws -> MaskedSignals) rethrows -> MaskedSignals {
        if let known = self[key] { return known }
        let signals = try compute()
        remember(signals, as: key)
        return signals
    }

    /// What is kept under `key`, if anything.
    subscript(key: Key) -> MaskedSignals? {
        entries.withLock { list in list.first { $0.key == key }?.signals }
    }

    /// Keeps `signals` under `key` (when they fit), dropping the oldest entries past the cap.
    func remember(_ signals: MaskedSignals, as key: Key) {
        guard signals.byteCount <= maximumBytes else { return }
        entries.withLock { list in
            list.removeAll { $0.key == key }
            list.append((key, signals))
            var total = list.reduce(0) { $0 + $1.signals.byteCount }
            while total > maximumBytes, let oldest = list.first {
                total -= oldest.signals.byteCount
                list.removeFirst()
            }
        }
    }
}

extension NiftiImage {
    /// `compute()`, remembered under `key` when this image is picked volumes of a file (each
    /// pass over them inflates the file again); computed each time for other images.
    func maskedSignals(_ key: MaskedSignalsMemo.Key, _ compute: () throws -> MaskedSignals) rethrows -> MaskedSignals {
        guard let memo = maskedSignalsMemo else { return try compute() }
        return try memo.signals(key, compute)
    }

    /// Where this image's masked signals are remembered: picked volumes only.
    var maskedSignalsMemo: MaskedSignalsMemo? {
        guard case let .picked(p) = storage else { return nil }
        return p.memo
    }
}
