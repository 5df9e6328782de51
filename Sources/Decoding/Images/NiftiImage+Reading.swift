import Foundation

extension NiftiImage {
    var decoder: VoxelDecoder {
        VoxelDecoder(datatype: datatype, bigEndian: storedHeader.isBigEndian, scaling: scaling)
    }

    /// Bytes of one 3-D volume.
    var volumeBytes: Int { voxelsPerVolume * datatype.byteCount }

    /// Opens the data positioned at volume `first` (of this image: a picked image's volume
    /// `first` is the file's volume `volumes[first]`).
    func openData(atVolume first: Int = 0) throws(NiftiError) -> ByteStream {
        switch storage {
        case let .file(dataPath, offset, compressed):
            return try Self.openData(dataPath, offset: offset, compressed: compressed, skipping: first * volumeBytes,
                                     dataBytes: shape.elementCount * datatype.byteCount, voxOffset: storedHeader.voxOffset)
        case let .picked(p):
            try p.checkUnchanged()
            return try Self.openData(p.dataPath, offset: p.offset, compressed: p.compressed,
                                     skipping: p.volumes[first] * volumeBytes, dataBytes: p.fileDataBytes, voxOffset: 0)
        case .memory:
            preconditionFailure("openData is for file-backed images")
        }
    }

    private static func openData(
        _ dataPath: String, offset: Int, compressed: Bool, skipping: Int, dataBytes: Int, voxOffset: Float
    ) throws(NiftiError) -> ByteStream {
        let start = offset + skipping
        if compressed {
            let stream = try NiftiError.io { () throws(ByteStreamError) in try GzipReader.open(path: dataPath) }
            let skipped = try NiftiError.io { () throws(ByteStreamError) in try stream.skip(start) }
            if skipped < offset {
                throw .badVoxOffset(file: dataPath, voxOffset: Double(voxOffset), fileSize: skipped)
            }
            if skipped < start {
                throw .truncatedData(file: dataPath, expected: dataBytes, got: skipped - offset)
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
        case let .picked(p):
            try forEachPickedVolume(p, from: first, to: last, body)
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

    /// Calls `body` with consecutive pieces of volume `t`'s raw bytes (first voxel, bytes, voxel
    /// count), at most `pieceBytes` each and whole runs of `unit` voxels (rows, for a caller
    /// working row by row): decoding a volume then needs no second buffer the size of the
    /// volume (16 MB for a 124×256×256 int16 anatomy).
    func forEachRawPiece(
        ofVolume t: Int, pieceBytes: Int = 1 << 20, unit: Int = 1, _ body: (Int, UnsafeRawPointer, Int) throws -> Void
    ) throws {
        let n = voxelsPerVolume
        switch storage {
        case let .memory(bytes):
            try bytes.withUnsafeBytes { buf in try body(0, buf.baseAddress! + t * volumeBytes, n) }
        case .file, .picked:
            let perPiece = voxelsPerPiece(pieceBytes, unit: unit)
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: perPiece * datatype.byteCount, alignment: 16)
            defer { buffer.deallocate() }
            try readPieces(ofVolume: t, perPiece: perPiece, into: { _ in buffer.baseAddress! }) { first, count in
                try body(first, UnsafeRawPointer(buffer.baseAddress!), count)
            }
        }
    }

    /// Reads volume `t`'s raw bytes (file byte order) into `destination` (``volumeBytes``), in
    /// pieces as ``forEachRawPiece(ofVolume:pieceBytes:unit:_:)`` cuts them, calling `body`
    /// (first voxel, voxel count) as each piece arrives — while it is still in cache.
    func readRawVolume(
        _ t: Int, into destination: UnsafeMutableRawPointer, pieceBytes: Int = 1 << 20, unit: Int = 1,
        _ body: (Int, Int) throws -> Void
    ) throws {
        let perPiece = voxelsPerPiece(pieceBytes, unit: unit), width = datatype.byteCount
        switch storage {
        case let .memory(bytes):
            try bytes.withUnsafeBytes { buf in
                var done = 0
                while done < voxelsPerVolume {
                    let count = min(perPiece, voxelsPerVolume - done)
                    (destination + done * width).copyMemory(from: buf.baseAddress! + t * volumeBytes + done * width,
                                                            byteCount: count * width)
                    try body(done, count)
                    done += count
                }
            }
        case .file, .picked:
            try readPieces(ofVolume: t, perPiece: perPiece, into: { destination + $0 * width }, body)
        }
    }

    private func voxelsPerPiece(_ pieceBytes: Int, unit: Int) -> Int {
        let unit = max(unit, 1)
        return min(max(pieceBytes / datatype.byteCount / unit, 1) * unit, max(voxelsPerVolume, 1))
    }

    /// The file read of both: volume `t` `perPiece` voxels at a time into `target(first voxel)`,
    /// a short read being a truncated file.
    private func readPieces(
        ofVolume t: Int, perPiece: Int, into target: (Int) -> UnsafeMutableRawPointer, _ body: (Int, Int) throws -> Void
    ) throws {
        let n = voxelsPerVolume, width = datatype.byteCount
        let stream = try openData(atVolume: t)
        var done = 0
        while done < n {
            let count = min(perPiece, n - done)
            let piece = UnsafeMutableRawBufferPointer(start: target(done), count: count * width)
            let got = try NiftiError.io { () throws(ByteStreamError) in try stream.read(into: piece) }
            if got < piece.count {
                throw NiftiError.truncatedData(file: fileName, expected: shape.elementCount * width,
                                               got: t * volumeBytes + done * width + got)
            }
            try body(done, count)
            done += count
        }
    }

    /// Volume `t` (of the 4th and higher axes flattened) as float32 with scaling applied,
    /// in world space with this image's affine. Reads only what precedes it in the file.
    public func volume(at t: Int = 0) throws -> Volume {
        guard t >= 0 && t < volumeCount else { throw NiftiError.volumeOutOfRange(file: fileName, index: t, count: volumeCount) }
        let decoder = self.decoder
        // Decoded straight into uninitialised storage: zero-filling 32 MB of floats first (a
        // real-size anatomy) would cost as much as the decoding.
        let values = try [Float](unsafeUninitializedCapacity: voxelsPerVolume) { out, initialized in
            adviseHugePages(out)
            try forEachRawPiece(ofVolume: t) { first, raw, count in
                decoder.decode(raw, count: count, into: out.baseAddress! + first)
                initialized = first + count
            }
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
