import FileSupport
import Foundation
import Synchronization

/// Volumes decoded from files, kept for the rest of the process while their file is unchanged,
/// with what has been computed from them.
///
/// Figures are drawn over the same anatomy again and again (the seed tutorial draws two over a
/// 124×256×256 one): without this each figure inflates and decodes the file (16 MB of int16,
/// 32 MB of floats) and scans it for its range, border and non-empty box. An entry is found by
/// the file's path, volume index and `stat` identity (device, inode, size, modification and
/// change times to the nanosecond), so a file written again — in place or renamed over — is
/// read again. Entries are evicted oldest first past ``maximumBytes``.
///
/// Volumes are values: a cached one is shared copy-on-write, so a caller changing its copy
/// changes neither the cache nor another caller's. Backgrounds are kept as ``VoxelGrid``s with
/// their ``VolumeSummary`` (``grid(of:at:)``), apart from the float volumes of the same file.
enum VolumeCache {
    /// Bytes the cache keeps at most: two real-size anatomies as floats.
    static let maximumBytes = 80 << 20

    /// The data file and its version, and what the header says about the voxels (a `.hdr`
    /// can change without its `.img`).
    struct Key: Hashable {
        let path: String
        let offset: Int
        let volume: Int
        let file: FileIdentity
        let shape: [Int]
        let affine: Affine
        let encoding: String
        /// A ``VoxelGrid`` and its summary rather than a ``Volume``.
        let grid: Bool
    }

    /// What an entry holds.
    enum Payload: Sendable {
        case volume(Volume)
        case grid(VoxelGrid, VolumeSummary)
    }

    /// A cached volume and the named results computed from it (see ``memo(_:_:_:)``).
    final class Entry: Sendable {
        let key: Key
        let payload: Payload
        let results = Mutex<[String: any Sendable]>([:])

        init(key: Key, payload: Payload) {
            self.key = key
            self.payload = payload
        }

        var volume: Volume? {
            if case .volume(let volume) = payload { volume } else { nil }
        }

        var bytes: Int {
            switch payload {
            case .volume(let volume): volume.values.count * MemoryLayout<Float>.size
            case .grid(let grid, _): grid.bytes
            }
        }
    }

    /// Most recently used last.
    private static let entries = Mutex<[Entry]>([])

    /// Volume `t` of a file-backed `image` (or of its picked volumes, keyed by the file's
    /// volume), decoded once while the file is unchanged; images built in memory are decoded
    /// each time (they have no file identity to key them).
    static func volume(of image: NiftiImage, at t: Int) throws -> Volume {
        let payload = try cached(image, at: t, grid: false) { .volume(try image.volume(at: t)) }
        guard case .volume(let volume) = payload else { preconditionFailure("a volume entry holds a volume") }
        return volume
    }

    /// Volume `t` of `image` as figures draw a background, with its summary: decoded once
    /// while the file is unchanged, as ``volume(of:at:)``.
    static func grid(of image: NiftiImage, at t: Int) throws -> (VoxelGrid, VolumeSummary) {
        let payload = try cached(image, at: t, grid: true) {
            let (grid, summary) = try image.voxelGrid(at: t)
            return .grid(grid, summary)
        }
        guard case let .grid(grid, summary) = payload else { preconditionFailure("a grid entry holds a grid") }
        return (grid, summary)
    }

    private static func cached(_ image: NiftiImage, at t: Int, grid: Bool, decode: () throws -> Payload) throws -> Payload {
        guard let file = try image.fileVolumes([t]), let identity = FileIdentity(path: file.dataPath) else {
            return try decode()
        }
        let decoder = image.decoder, d = image.spatialDimensions
        let key = Key(path: file.dataPath, offset: file.offset, volume: file.volumes[0], file: identity, shape: [d.x, d.y, d.z],
                      affine: image.affine,
                      encoding: "\(decoder.datatype) \(decoder.bigEndian) \(String(describing: decoder.scaling))",
                      grid: grid)
        if let hit = entries.withLock({ list -> Entry? in
            guard let index = list.firstIndex(where: { $0.key == key }) else { return nil }
            let entry = list.remove(at: index)
            list.append(entry)
            return entry
        }) {
            return hit.payload
        }
        let entry = Entry(key: key, payload: try decode())
        guard entry.bytes <= maximumBytes else { return entry.payload }
        entries.withLock { list in
            list.removeAll { $0.key == key }
            list.append(entry)
            var total = list.reduce(0) { $0 + $1.bytes }
            while total > maximumBytes, let oldest = list.first {
                total -= oldest.bytes
                list.removeFirst()
            }
        }
        return entry.payload
    }

    /// `compute(volume)`, remembered under `name` when `volume` is a cached one (the same
    /// storage: the cache holds it, so its address cannot be reused by another array, and a
    /// caller's change would have copied it first); computed each time otherwise.
    static func memo<T: Sendable>(_ volume: Volume, _ name: String, _ compute: (Volume) -> T) -> T {
        guard let entry = entry(sharing: volume) else { return compute(volume) }
        if let known = entry.results.withLock({ $0[name] }) as? Memo<T> { return known.value }
        let value = compute(volume)
        entry.results.withLock { $0[name] = Memo(value: value) }
        return value
    }

    /// Drops every entry (tests; a caller that wants the memory back).
    static func removeAll() {
        entries.withLock { $0.removeAll() }
    }

    private struct Memo<T: Sendable>: Sendable {
        let value: T
    }

    private static func entry(sharing volume: Volume) -> Entry? {
        let address = volume.values.withUnsafeBufferPointer { $0.baseAddress }
        guard let address else { return nil }
        return entries.withLock { list in
            list.last { entry in
                guard let cached = entry.volume else { return false }
                return cached.values.count == volume.values.count
                    && cached.values.withUnsafeBufferPointer { $0.baseAddress } == address
                    && cached.dimensions == volume.dimensions && cached.affine == volume.affine
            }
        }
    }
}
