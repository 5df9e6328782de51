/// Every field of a NIfTI-1 header, with nibabel's names, as stored on disk (no interpretation
/// beyond byte order). `NiftiImage` derives the shape, affine and scaling from it.
public struct NiftiHeader: Sendable, Equatable {
    /// `sizeof_hdr`: 348 for NIfTI-1 (540 would be NIfTI-2, which is refused).
    public var sizeofHdr: Int32 = 348
    /// The unused ANALYZE fields, kept as raw bytes (NUL-trimmed when printed).
    public var dataType = [UInt8](repeating: 0, count: 10)
    /// ANALYZE's `db_name`, unused by NIfTI (raw bytes).
    public var dbName = [UInt8](repeating: 0, count: 18)
    /// ANALYZE's `extents`, unused by NIfTI.
    public var extents: Int32 = 0
    /// ANALYZE's `session_error`, unused by NIfTI.
    public var sessionError: Int16 = 0
    /// ANALYZE's `regular` flag, unused by NIfTI.
    public var regular: UInt8 = 0
    /// `dim_info`: which axes are the frequency, phase and slice encoding directions (2 bits each).
    public var dimInfo: UInt8 = 0
    /// `dim[0]` is the number of dimensions, `dim[1...]` the extents.
    public var dim: [Int16] = [0, 1, 1, 1, 1, 1, 1, 1]
    /// `intent_p1`: first parameter of the statistic named by `intentCode`.
    public var intentP1: Float = 0
    /// `intent_p2`: second parameter of the statistic named by `intentCode`.
    public var intentP2: Float = 0
    /// `intent_p3`: third parameter of the statistic named by `intentCode`.
    public var intentP3: Float = 0
    /// `intent_code`: what the voxel values mean (0: nothing in particular; NIFTI_INTENT_* codes).
    public var intentCode: Int16 = 0
    /// `datatype`: the NIfTI code of the stored voxel type (see ``NiftiDatatype``).
    public var datatype: Int16 = 0
    /// `bitpix`: bits per voxel; must agree with `datatype`.
    public var bitpix: Int16 = 0
    /// `slice_start`: first slice of the slice-timing pattern.
    public var sliceStart: Int16 = 0
    /// `pixdim[0]` is qfac (±1), `pixdim[1...]` the voxel sizes.
    public var pixdim: [Float] = [1, 1, 1, 1, 1, 1, 1, 1]
    /// `vox_offset`: where the voxel data starts in a `.nii` file (352 when there are no extensions).
    public var voxOffset: Float = 0
    /// `scl_slope`: values are `stored × sclSlope + sclInter`; 0 or NaN means no scaling.
    public var sclSlope: Float = .nan
    /// `scl_inter`: the offset of the scaling described at `sclSlope`.
    public var sclInter: Float = .nan
    /// `slice_end`: last slice of the slice-timing pattern.
    public var sliceEnd: Int16 = 0
    /// `slice_code`: the slice acquisition order (NIFTI_SLICE_* codes).
    public var sliceCode: UInt8 = 0
    /// `xyzt_units`: spatial units in bits 0–2 (2: mm) and temporal units in bits 3–5 (8: s).
    public var xyztUnits: UInt8 = 0
    /// `cal_max`: the display range's maximum (0 with `calMin` 0: unset).
    public var calMax: Float = 0
    /// `cal_min`: the display range's minimum.
    public var calMin: Float = 0
    /// `slice_duration`: seconds to acquire one slice.
    public var sliceDuration: Float = 0
    /// `toffset`: the time axis' shift.
    public var toffset: Float = 0
    /// ANALYZE's `glmax`, unused by NIfTI.
    public var glmax: Int32 = 0
    /// ANALYZE's `glmin`, unused by NIfTI.
    public var glmin: Int32 = 0
    /// `descrip`: free text, 80 bytes NUL-padded.
    public var descrip = [UInt8](repeating: 0, count: 80)
    /// `aux_file`: the name of an auxiliary file, 24 bytes NUL-padded.
    public var auxFile = [UInt8](repeating: 0, count: 24)
    /// `qform_code`: what space the quaternion affine maps to (0: unset, 1: scanner, …).
    public var qformCode: Int16 = 0
    /// `sform_code`: what space the `srow` affine maps to (0: unset); it takes precedence over the qform.
    public var sformCode: Int16 = 0
    /// `quatern_b`: the qform rotation quaternion's b (a is implied).
    public var quaternB: Float = 0
    /// `quatern_c`: the qform rotation quaternion's c.
    public var quaternC: Float = 0
    /// `quatern_d`: the qform rotation quaternion's d.
    public var quaternD: Float = 0
    /// `qoffset_x`: the qform's x translation (mm).
    public var qoffsetX: Float = 0
    /// `qoffset_y`: the qform's y translation (mm).
    public var qoffsetY: Float = 0
    /// `qoffset_z`: the qform's z translation (mm).
    public var qoffsetZ: Float = 0
    /// `srow_x`: first row of the sform affine (voxel to world x).
    public var srowX: [Float] = [0, 0, 0, 0]
    /// `srow_y`: second row of the sform affine (voxel to world y).
    public var srowY: [Float] = [0, 0, 0, 0]
    /// `srow_z`: third row of the sform affine (voxel to world z).
    public var srowZ: [Float] = [0, 0, 0, 0]
    /// `intent_name`: the name of the data's meaning, 16 bytes NUL-padded.
    public var intentName = [UInt8](repeating: 0, count: 16)
    /// `magic`: `n+1\0` for a single `.nii` file, `ni1\0` for a `.hdr`/`.img` pair.
    public var magic: [UInt8] = Array("n+1\0".utf8)
    /// Whether the file was big-endian; headers are written little-endian.
    public var isBigEndian = false

    /// An empty header (every field zero or its default), to fill in before writing.
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
        for (field, offset) in Self.layout { field.read(r, at: offset, into: &self) }
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
        for (field, offset) in Self.layout { field.write(self, at: offset, into: &w) }
        return w.buffer
    }
}
