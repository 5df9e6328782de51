import Foundation

extension NiftiImage {
    var decoder: VoxelDecoder {
        VoxelDecoder(datatype: datatype, bigEndian: header.isBigEndian, scaling: scaling)
    }

    /// Bytes of one 3-D volume.
    var volumeBytes: Int { voxelsPerVolume * datatype.byteCount }

    /// Opens the data positioned at volume `first`.
    func openData(atVolume first: Int = 0) throws(NiftiError) -> ByteStream {
        guard case let .file(dataPath, offset, compressed) = storage else {
            preconditionFailure("openData is for file-backed images")
        }
        let start = offset + first * volumeBytes
        if compressed {
            let stream = try NiftiError.io { () throws(ByteStreamError) in try GzipByteStream(path: dataPath) }
            let skipped = try NiftiError.io { () throws(ByteStreamError) in try stream.skip(start) }
            if skipped < offset {
                throw .badVoxOffset(file: dataPath, voxOffset: Double(header.voxOffset), fileSize: skipped)
            }
            if skipped < start {
                throw .truncatedData(file: dataPath, expected: shape.elementCount * datatype.byteCount, got: skipped - offset)
            }
            return stream
        }
        return try NiftiError.io { () throws(ByteStreamError) in try FileByteStream(path: dataPath, offset: start) }
    }

    /// Calls `body` with the raw bytes (file byte order) of each volume `first..<end` in turn,
    /// reusing one volume-sized buffer: the memory cost of a pass is one volume.
    func forEachRawVolume(
        from first: Int = 0, to end: Int? = nil,
        _ body: (Int, UnsafeRawPointer) throws -> Void
    ) throws {
        let last = end ?? volumeCount
        switch storage {
        case let .memory(bytes):
            try bytes.withUnsafeBytes { buf in
                for t in first..<last { try body(t, buf.baseAddress! + t * volumeBytes) }
            }
        case .file:
            let stream = try openData(atVolume: first)
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(volumeBytes, 1), alignment: 16)
            defer { buffer.deallocate() }
            let total = shape.elementCount * datatype.byteCount
            for t in first..<last {
                let n = try NiftiError.io { () throws(ByteStreamError) in try stream.read(into: buffer) }
                if n < buffer.count { throw NiftiError.truncatedData(file: fileName, expected: total, got: t * volumeBytes + n) }
                try body(t, UnsafeRawPointer(buffer.baseAddress!))
            }
        }
    }

    /// Volume `t` (of the 4th and higher axes flattened) as float32 with scaling applied,
    /// in world space with this image's affine. Reads only what precedes it in the file.
    public func volume(at t: Int = 0) throws -> Volume {
        guard t >= 0 && t < volumeCount else { throw NiftiError.volumeOutOfRange(file: fileName, index: t, count: volumeCount) }
        var values = [Float](repeating: 0, count: voxelsPerVolume)
        let decoder = self.decoder
        try forEachRawVolume(from: t, to: t + 1) { _, raw in
            values.withUnsafeMutableBufferPointer { decoder.decode(raw, count: $0.count, into: $0.baseAddress!) }
        }
        let dims = (0..<3).map { $0 < shape.count ? shape[$0] : 1 }
        return Volume(dimensions: SIMD3(dims[0], dims[1], dims[2]), affine: affine, values: values)
    }

    /// All voxels as float64 in NIfTI order (i fastest), scaled: nibabel's `get_fdata()`
    /// flattened in Fortran order. Refused before allocating past `memoryLimit` bytes.
    public func fdata(memoryLimit: Int = NiftiImage.defaultMemoryLimit) throws -> [Double] {
        let (bytes, overflow) = shape.elementCount.multipliedReportingOverflow(by: 8)
        guard !overflow, bytes <= memoryLimit else {
            throw NiftiError.tooLarge(file: fileName, bytes: overflow ? "more than \(Int.max)" : String(bytes), limit: memoryLimit)
        }
        var out = [Double](repeating: 0, count: shape.elementCount)
        let decoder = self.decoder
        let n = voxelsPerVolume
        try out.withUnsafeMutableBufferPointer { dst in
            try forEachRawVolume { t, raw in decoder.decode(raw, count: n, into: dst.baseAddress! + t * n) }
        }
        return out
    }

    /// Half the machine's memory: the most a full read may allocate by default.
    public static var defaultMemoryLimit: Int { Int(ProcessInfo.processInfo.physicalMemory / 2) }
}
