import Foundation

extension NiftiImage {
    /// Reads the header of a `.nii`, `.nii.gz`, `.hdr`/`.img` (or `.img` given) file and checks it
    /// against the file's size; voxels are read later, on demand.
    /// - Throws: `NiftiError` naming the file and the faulty field.
    public static func load(_ path: String) throws(NiftiError) -> NiftiImage {
        let lower = path.lowercased()
        let gz = lower.hasSuffix(".gz")
        let stem = gz ? String(lower.dropLast(3)) : lower
        var headerPath = path
        var dataPath = path
        if stem.hasSuffix(".hdr") || stem.hasSuffix(".img") {
            let base = String(path.dropLast((gz ? 3 : 0) + 4))
            let ext = gz ? ".gz" : ""
            let upper = path.dropLast(gz ? 3 : 0).hasSuffix(".HDR") || path.dropLast(gz ? 3 : 0).hasSuffix(".IMG")
            headerPath = base + (upper ? ".HDR" : ".hdr") + ext
            dataPath = base + (upper ? ".IMG" : ".img") + ext
            for p in [headerPath, dataPath] where !FileManager.default.fileExists(atPath: p) {
                throw .missingPair(file: path, expected: p)
            }
        }
        let headerBytes = try NiftiError.io { () throws(ByteStreamError) in
            let stream: ByteStream = gz ? try GzipByteStream(path: headerPath) : try FileByteStream(path: headerPath)
            return try stream.readBytes(NiftiHeader.size)
        }
        var header = try NiftiHeader(bytes: headerBytes, file: headerPath)
        let single = header.magicString == "n+1"
        let shape = try validatedShape(header, file: headerPath)
        let count = shape.elementCount * NiftiDatatype(rawValue: header.datatype)!.byteCount
        var offset = Int(exactly: header.voxOffset.rounded(.down)) ?? -1
        if single && headerPath == dataPath {
            if offset == 0 { offset = 352 }  // nibabel's fix for a zero offset in a single file
            if offset < NiftiHeader.size || !header.voxOffset.isFinite {
                throw .badVoxOffset(file: headerPath, voxOffset: Double(header.voxOffset), fileSize: FileDescriptor.size(of: headerPath))
            }
        } else if offset < 0 || !header.voxOffset.isFinite {
            throw .badVoxOffset(file: dataPath, voxOffset: Double(header.voxOffset), fileSize: FileDescriptor.size(of: dataPath))
        }
        let size = FileDescriptor.size(of: dataPath)
        if !gz {
            if offset > size { throw .badVoxOffset(file: dataPath, voxOffset: Double(header.voxOffset), fileSize: size) }
            if size - offset < count { throw .truncatedData(file: dataPath, expected: count, got: size - offset) }
        } else if Double(offset) + Double(count) > Double(size) * Double(deflateMaximumRatio) {
            // Refused before inflating or allocating anything: memory stays in proportion to the file.
            throw .compressedTooSmall(file: dataPath, expected: count, compressedBytes: size)
        }
        header.voxOffset = 0  // as nibabel's img.header: the offset belongs to the file, not the image
        return NiftiImage(header: header, shape: shape, path: path,
                          storage: .file(dataPath: dataPath, offset: offset, compressed: gz))
    }

    /// Deflate's largest expansion (a 258-byte match per 2-bit code): a gzip file of n bytes
    /// never inflates to more than this many times n.
    static let deflateMaximumRatio = 1032

    /// Loads from a file URL.
    public static func load(_ url: URL) throws(NiftiError) -> NiftiImage { try load(url.path) }

    /// Checks `dim`, `datatype`, `bitpix` and the scaling fields; returns the shape.
    static func validatedShape(_ h: NiftiHeader, file: String) throws(NiftiError) -> Shape {
        let n = Int(h.dim[0])
        guard (1...7).contains(n) else { throw .badDimensionCount(file: file, value: n) }
        var dims = [Int]()
        for axis in 1...n {
            let d = Int(h.dim[axis])
            guard d > 0 else { throw .badDimension(file: file, axis: axis, value: d) }
            dims.append(d)
        }
        guard let datatype = NiftiDatatype(rawValue: h.datatype) else {
            throw .unsupportedDatatype(file: file, code: h.datatype, name: NiftiDatatype.label(forCode: h.datatype))
        }
        // Exact product in floating point first: no overflow trap, no allocation.
        let bytes = dims.reduce(Double(datatype.byteCount)) { $0 * Double($1) }
        guard bytes <= Double(maximumDataBytes) else {
            throw .tooLarge(file: file, bytes: String(format: "%.0f", bytes), limit: maximumDataBytes)
        }
        if h.bitpix != 0 && h.bitpix != datatype.bitpix {
            throw .badBitpix(file: file, bitpix: h.bitpix, datatype: datatype.description)
        }
        if h.sclSlope != 0 && h.sclSlope.isFinite && !h.sclInter.isFinite {
            throw .badScaling(file: file, slope: h.sclSlope, inter: h.sclInter)
        }
        return Shape(dims)
    }
}
