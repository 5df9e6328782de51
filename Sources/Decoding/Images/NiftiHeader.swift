/// Every field of a NIfTI-1 header, with nibabel's names, as stored on disk (no interpretation
/// beyond byte order). `NiftiImage` derives the shape, affine and scaling from it.
public struct NiftiHeader: Sendable, Equatable {
    public var sizeofHdr: Int32 = 348
    /// The unused ANALYZE fields, kept as raw bytes (NUL-trimmed when printed).
    public var dataType = [UInt8](repeating: 0, count: 10)
    public var dbName = [UInt8](repeating: 0, count: 18)
    public var extents: Int32 = 0
    public var sessionError: Int16 = 0
    public var regular: UInt8 = 0
    public var dimInfo: UInt8 = 0
    /// `dim[0]` is the number of dimensions, `dim[1...]` the extents.
    public var dim: [Int16] = [0, 1, 1, 1, 1, 1, 1, 1]
    public var intentP1: Float = 0
    public var intentP2: Float = 0
    public var intentP3: Float = 0
    public var intentCode: Int16 = 0
    public var datatype: Int16 = 0
    public var bitpix: Int16 = 0
    public var sliceStart: Int16 = 0
    /// `pixdim[0]` is qfac (±1), `pixdim[1...]` the voxel sizes.
    public var pixdim: [Float] = [1, 1, 1, 1, 1, 1, 1, 1]
    public var voxOffset: Float = 0
    public var sclSlope: Float = .nan
    public var sclInter: Float = .nan
    public var sliceEnd: Int16 = 0
    public var sliceCode: UInt8 = 0
    public var xyztUnits: UInt8 = 0
    public var calMax: Float = 0
    public var calMin: Float = 0
    public var sliceDuration: Float = 0
    public var toffset: Float = 0
    public var glmax: Int32 = 0
    public var glmin: Int32 = 0
    public var descrip = [UInt8](repeating: 0, count: 80)
    public var auxFile = [UInt8](repeating: 0, count: 24)
    public var qformCode: Int16 = 0
    public var sformCode: Int16 = 0
    public var quaternB: Float = 0
    public var quaternC: Float = 0
    public var quaternD: Float = 0
    public var qoffsetX: Float = 0
    public var qoffsetY: Float = 0
    public var qoffsetZ: Float = 0
    public var srowX: [Float] = [0, 0, 0, 0]
    public var srowY: [Float] = [0, 0, 0, 0]
    public var srowZ: [Float] = [0, 0, 0, 0]
    public var intentName = [UInt8](repeating: 0, count: 16)
    public var magic: [UInt8] = Array("n+1\0".utf8)
    /// Whether the file was big-endian; headers are written little-endian.
    public var isBigEndian = false

    public init() {}

    /// The number of header bytes.
    public static let size = 348

    /// Parses 348 bytes, detecting the byte order from `sizeof_hdr`.
    /// - Throws: `NiftiError` for a short buffer, a foreign `sizeof_hdr` (NIfTI-2 named) or a bad magic.
    public init(bytes: [UInt8], file: String) throws(NiftiError) {
        guard bytes.count >= 4 else { throw .truncatedHeader(file: file, bytes: bytes.count) }
        let little = BinaryFields(bytes: bytes, bigEndian: false)
        let big = BinaryFields(bytes: bytes, bigEndian: true)
        let r: BinaryFields
        switch (little.int32(0), big.int32(0)) {
        case (348, _): r = little
        case (_, 348): r = big
        case (540, _), (_, 540): throw .nifti2(file: file)
        default: throw .badSizeofHdr(file: file, value: little.int32(0))
        }
        guard bytes.count >= Self.size else { throw .truncatedHeader(file: file, bytes: bytes.count) }
        isBigEndian = r.bigEndian
        sizeofHdr = 348
        dataType = r.bytes(4, 10); dbName = r.bytes(14, 18)
        extents = r.int32(32); sessionError = r.int16(36)
        regular = bytes[38]; dimInfo = bytes[39]
        dim = (0..<8).map { r.int16(40 + 2 * $0) }
        intentP1 = r.float(56); intentP2 = r.float(60); intentP3 = r.float(64)
        intentCode = r.int16(68); datatype = r.int16(70); bitpix = r.int16(72); sliceStart = r.int16(74)
        pixdim = (0..<8).map { r.float(76 + 4 * $0) }
        voxOffset = r.float(108); sclSlope = r.float(112); sclInter = r.float(116)
        sliceEnd = r.int16(120); sliceCode = bytes[122]; xyztUnits = bytes[123]
        calMax = r.float(124); calMin = r.float(128); sliceDuration = r.float(132); toffset = r.float(136)
        glmax = r.int32(140); glmin = r.int32(144)
        descrip = r.bytes(148, 80); auxFile = r.bytes(228, 24)
        qformCode = r.int16(252); sformCode = r.int16(254)
        quaternB = r.float(256); quaternC = r.float(260); quaternD = r.float(264)
        qoffsetX = r.float(268); qoffsetY = r.float(272); qoffsetZ = r.float(276)
        srowX = (0..<4).map { r.float(280 + 4 * $0) }
        srowY = (0..<4).map { r.float(296 + 4 * $0) }
        srowZ = (0..<4).map { r.float(312 + 4 * $0) }
        intentName = r.bytes(328, 16); magic = r.bytes(344, 4)
        let m = magicString
        guard m == "n+1" || m == "ni1" else { throw .badMagic(file: file, magic: m) }
    }

    /// The magic without its NUL terminator.
    public var magicString: String {
        String(decoding: magic.prefix { $0 != 0 }, as: UTF8.self)
    }

    /// Field-by-field equality on bit patterns, so `nan` slopes compare equal.
    public static func == (lhs: NiftiHeader, rhs: NiftiHeader) -> Bool {
        lhs.isBigEndian == rhs.isBigEndian && lhs.serialized() == rhs.serialized()
    }

    /// The 348 little-endian header bytes.
    public func serialized() -> [UInt8] {
        var w = BinaryFieldWriter(count: Self.size)
        w.int32(0, sizeofHdr); w.bytes(4, dataType, 10); w.bytes(14, dbName, 18)
        w.int32(32, extents); w.int16(36, sessionError); w.byte(38, regular); w.byte(39, dimInfo)
        for (n, v) in dim.prefix(8).enumerated() { w.int16(40 + 2 * n, v) }
        w.float(56, intentP1); w.float(60, intentP2); w.float(64, intentP3)
        w.int16(68, intentCode); w.int16(70, datatype); w.int16(72, bitpix); w.int16(74, sliceStart)
        for (n, v) in pixdim.prefix(8).enumerated() { w.float(76 + 4 * n, v) }
        w.float(108, voxOffset); w.float(112, sclSlope); w.float(116, sclInter)
        w.int16(120, sliceEnd); w.byte(122, sliceCode); w.byte(123, xyztUnits)
        w.float(124, calMax); w.float(128, calMin); w.float(132, sliceDuration); w.float(136, toffset)
        w.int32(140, glmax); w.int32(144, glmin); w.bytes(148, descrip, 80); w.bytes(228, auxFile, 24)
        w.int16(252, qformCode); w.int16(254, sformCode)
        w.float(256, quaternB); w.float(260, quaternC); w.float(264, quaternD)
        w.float(268, qoffsetX); w.float(272, qoffsetY); w.float(276, qoffsetZ)
        for n in 0..<4 { w.float(280 + 4 * n, srowX[n]); w.float(296 + 4 * n, srowY[n]); w.float(312 + 4 * n, srowZ[n]) }
        w.bytes(328, intentName, 16); w.bytes(344, magic, 4)
        return w.buffer
    }
}
