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

/// What has been masked from one image of picked volumes (``PickedVolumes``), by mask and
/// smoothing: a `Decoder` fitted eight times per mask on the same `indexImg` result (nilearn's
/// full-analysis example) then reads and inflates the file once per mask, not once per fit.
/// Kept while the image lives, at most ``maximumBytes`` (oldest dropped first), so it never
/// costs more than a fraction of the copy of the volumes it replaces.
final class MaskedSignalsMemo: Sendable {
    struct Key: Hashable {
        /// The mask's voxels (NIfTI offsets, in the masker's order).
        let voxels: [Int]
        /// The FWHM (mm) the volumes were smoothed with first; nil: none.
        let smoothingFwhm: Double?
    }

    /// Bytes of matrices kept at most per image.
    static let maximumBytes = 32 << 20

    private let entries = Mutex<[(key: Key, signals: MaskedSignals)]>([])

    /// The signals under `key`, computed by `compute` the first time.
    func signals(_ key: Key, _ compute: () throws -> MaskedSignals) rethrows -> MaskedSignals {
        if let known = entries.withLock({ list in list.first { $0.key == key }?.signals }) { return known }
        let signals = try compute()
        guard signals.byteCount <= Self.maximumBytes else { return signals }
        entries.withLock { list in
            list.removeAll { $0.key == key }
            list.append((key, signals))
            var total = list.reduce(0) { $0 + $1.signals.byteCount }
            while total > Self.maximumBytes, let oldest = list.first {
                total -= oldest.signals.byteCount
                list.removeFirst()
            }
        }
        return signals
    }
}

extension NiftiImage {
    /// `compute()`, remembered under `key` when this image is picked volumes of a file (each
    /// pass over them inflates the file again); computed each time for other images.
    func maskedSignals(_ key: MaskedSignalsMemo.Key, _ compute: () throws -> MaskedSignals) rethrows -> MaskedSignals {
        guard case let .picked(p) = storage else { return try compute() }
        return try p.memo.signals(key, compute)
    }
}
