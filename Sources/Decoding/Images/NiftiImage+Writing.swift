import Foundation

extension NiftiImage {
    /// The header as written: little-endian, single file (`n+1`), data at byte 352.
    var headerForWriting: NiftiHeader {
        var h = header
        h.sizeofHdr = 348
        h.isBigEndian = false
        h.magic = Array("n+1\0".utf8)
        h.voxOffset = 352
        h.bitpix = datatype.bitpix
        if let s = scaling {
            h.sclSlope = Float(s.slope)
            h.sclInter = Float(s.inter)
        }
        return h
    }

    /// Writes a `.nii` or `.nii.gz` file (chosen by extension): header, an empty extension
    /// block, then the voxels in their datatype, little-endian. Reading it back gives the same
    /// header fields, affine and voxels. The file appears complete or not at all.
    /// `gzipLevel` is ISA-L's deflate level, 0 (fastest) to 3 (smallest); the default, 1, gives
    /// files about the size nibabel writes.
    public func write(to path: String, gzipLevel: Int = 1) throws {
        let lower = path.lowercased()
        guard lower.hasSuffix(".nii") || lower.hasSuffix(".nii.gz") else {
            throw NiftiError.writeFailed(file: path, reason: "the name must end in .nii or .nii.gz")
        }
        try findPickedRange()
        let sink = try NiftiError.io { () throws(ByteStreamError) in try AnySink(destination: path, gzipLevel: gzipLevel) }
        try NiftiError.io { () throws(ByteStreamError) in try sink.write(headerForWriting.serialized() + [0, 0, 0, 0]) }
        let width = datatype.byteCount
        let swap = storedHeader.isBigEndian  // written little-endian
        let n = volumeBytes
        // A byte-swapped copy only for big-endian data; little-endian volumes go out as they are.
        let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: swap ? max(n, 1) : 1, alignment: 16)
        defer { scratch.deallocate() }
        try forEachRawVolume { _, raw in
            var bytes = UnsafeRawBufferPointer(start: raw, count: n)
            if swap {
                scratch.copyMemory(from: bytes)
                NiftiImage.swapBytes(scratch, width: width)
                bytes = UnsafeRawBufferPointer(rebasing: scratch[0..<n])
            }
            try NiftiError.io { () throws(ByteStreamError) in try sink.write(bytes) }
        }
        try NiftiError.io { () throws(ByteStreamError) in try sink.finish() }
    }

    /// The same as the path overload of `write(to:gzipLevel:)`, for a file URL.
    public func write(to url: URL, gzipLevel: Int = 1) throws { try write(to: url.path, gzipLevel: gzipLevel) }
}

extension NiftiImage {
    /// nibabel's name for `write(to:)`: `coefImg.toFilename("haxby_svc_weights.nii.gz")`.
    public func toFilename(_ path: String) throws { try write(to: path) }
}
