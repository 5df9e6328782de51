import FileSupport
import Foundation
import Synchronization

/// Volumes of a NIfTI file picked by ``indexImg(_:_:)-(_,[Int])``, read from the file whenever
/// they are asked for, like nibabel's array proxy, instead of copied into memory: the Haxby
/// tutorials keep 216 or 864 of the bold's 1452 volumes (70 or 283 MB of int16) only to mask
/// them, which needs one volume at a time. Each pass inflates the file again, so the
/// matrices masked from the volumes are remembered (``MaskedSignalsMemo``) for the decoders
/// fitted again and again on the same image and mask, and the volumes' range (the header's
/// `cal_min`/`cal_max`) is found only when the header is read, not when they are picked.
struct PickedVolumes: Sendable {
    let dataPath: String
    let offset: Int
    let compressed: Bool
    /// The file's volume behind each volume of the image, in non-decreasing order, so that a
    /// pass reads the file forward once (a repeated volume is read once and handed out again).
    let volumes: [Int]
    /// Bytes of data the file holds (what a truncation error reports as expected).
    let fileDataBytes: Int
    /// The file as it was when picked: a later change is refused rather than read.
    let identity: FileIdentity
    /// What has been masked from these volumes, shared by the image's copies.
    let memo: MaskedSignalsMemo
    /// The volumes' smallest and largest voxel once something asked, shared by the image's copies.
    let range = LazyValueRange()

    /// `header` with `cal_min`/`cal_max` set to the range of `image`'s voxels (these volumes),
    /// nan when they cannot be read.
    func calibrated(_ header: NiftiHeader, of image: NiftiImage) -> NiftiHeader {
        let r = (try? range.value { try image.streamedValueRange() }) ?? (.nan, .nan)
        var h = header
        h.calMin = Float(r.min)
        h.calMax = Float(r.max)
        return h
    }

    /// Throws when the file is no longer the one the volumes were picked from.
    func checkUnchanged() throws(NiftiError) {
        guard FileIdentity(path: dataPath) == identity else {
            throw .changedSinceIndexed(file: dataPath)
        }
    }
}

extension NiftiImage {
    /// The volumes `indices` (resolved, non-decreasing) of this file-backed, unscaled 4-D image
    /// as an image that reads them when asked; nil when the image cannot be read that way (in
    /// memory, scaled, or the indices out of order), and the caller copies the volumes instead.
    /// The header is ``withHeader(copiedFrom:)``'s; its `cal_min`/`cal_max`, the volumes'
    /// range, cost a pass over the file, made the first time the header is read: picking reads
    /// nothing, and a file too short for the volumes is reported by the first read.
    func picking(_ indices: [Int]) throws -> NiftiImage? {
        guard scaling == nil, zip(indices, indices.dropFirst()).allSatisfy({ $0 <= $1 }) else { return nil }
        guard let file = try fileVolumes(indices), let identity = FileIdentity(path: file.dataPath) else { return nil }
        let picked = PickedVolumes(dataPath: file.dataPath, offset: file.offset, compressed: file.compressed,
                                   volumes: file.volumes, fileDataBytes: file.fileDataBytes, identity: identity,
                                   memo: MaskedSignalsMemo(copyBytes: file.volumes.count * volumeBytes))
        var h = storedHeader
        let newShape = Shape(Array(shape.dimensions.prefix(3)) + [indices.count])
        h.dim = [4] + newShape.map { Int16(clamping: $0) } + [1, 1, 1]
        let image = NiftiImage(header: h, shape: newShape, path: nil, storage: .picked(picked))
        // The range given is a placeholder: `header` puts the volumes' own in when read.
        return image.withHeader(copiedFrom: self, range: (0, 0))
    }

    /// Finds the range of picked volumes now, so that the error of a file that cannot be read
    /// is thrown (what `header` cannot do) before the header is written out.
    func findPickedRange() throws {
        guard case let .picked(p) = storage else { return }
        _ = try p.range.value { try streamedValueRange() }
    }

    /// Smallest and largest voxel, read volume by volume (NaN, NaN if any voxel is NaN).
    func streamedValueRange() throws -> (min: Double, max: Double) {
        guard shape.elementCount > 0 else { return (0, 0) }
        let n = voxelsPerVolume, decoder = self.decoder
        var low = Double.infinity, high = -Double.infinity
        let values = UnsafeMutablePointer<Double>.allocate(capacity: n)
        defer { values.deallocate() }
        try forEachRawVolume { _, raw in
            guard !low.isNaN else { return }
            decoder.decode(raw, count: n, into: values)
            for i in 0..<n {
                let v = values[i]
                if v.isNaN { (low, high) = (.nan, .nan); return }
                low = Swift.min(low, v)
                high = Swift.max(high, v)
            }
        }
        return (low, high)
    }

    /// Where `volumes` (non-decreasing) lie in the data stream: runs of consecutive volumes merged.
    static func byteRanges(of volumes: ArraySlice<Int>, volumeBytes: Int, offset: Int) -> [Range<Int>] {
        var ranges = [Range<Int>]()
        for v in volumes {
            let r = (offset + v * volumeBytes)..<(offset + (v + 1) * volumeBytes)
            if let last = ranges.last, last.upperBound >= r.lowerBound {
                ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                ranges.append(r)
            }
        }
        return ranges
    }

    /// `forEachRawVolume` over picked volumes: one forward pass over the file, which inflates
    /// only the parts of a compressed file that hold them (when the file has a gzip index).
    func forEachPickedVolume(
        _ p: PickedVolumes, from first: Int, to last: Int, _ body: (Int, UnsafeRawPointer) throws -> Void
    ) throws {
        guard first < last else { return }
        let stream = try openData(atVolume: first)
        let bytes = volumeBytes
        stream.willRead(Self.byteRanges(of: p.volumes[first..<last], volumeBytes: bytes, offset: p.offset))
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes, 1), alignment: 16)
        defer { buffer.deallocate() }
        var loaded = -1
        for t in first..<last {
            let v = p.volumes[t]
            if v != loaded {
                if loaded >= 0, v > loaded + 1 {
                    _ = try NiftiError.io { () throws(ByteStreamError) in try stream.skip((v - loaded - 1) * bytes) }
                }
                let got = try NiftiError.io { () throws(ByteStreamError) in try stream.read(into: buffer) }
                if got < buffer.count {
                    throw NiftiError.truncatedData(file: p.dataPath, expected: p.fileDataBytes, got: v * bytes + got)
                }
                loaded = v
            }
            try body(t, UnsafeRawPointer(buffer.baseAddress!))
        }
    }
}

/// A value range computed once, when first asked for, by whichever thread asks first (the
/// others wait for it); a failed computation is not remembered, so the next ask tries again.
final class LazyValueRange: Sendable {
    private let known = Mutex<(min: Double, max: Double)?>(nil)

    /// Whether the range has been computed (what tests check to see that nothing read the file).
    var isKnown: Bool { known.withLock { $0 != nil } }

    func value(_ compute: () throws -> (min: Double, max: Double)) throws -> (min: Double, max: Double) {
        try known.withLock { range in
            if let range { return range }
            let computed = try compute()
            range = computed
            return computed
        }
    }
}
