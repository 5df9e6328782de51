/// Everything that can be wrong with a NIfTI file or an in-memory image, each case naming the
/// file (or `<memory>`) and the header field or byte range at fault, so a user can tell a
/// damaged download from an unsupported-but-valid file.
public enum NiftiError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file could not be opened or read at all (missing, permission, directory).
    case unreadable(file: String, reason: String)
    /// Fewer than 348 header bytes.
    case truncatedHeader(file: String, bytes: Int)
    /// `sizeof_hdr` is neither 348 (NIfTI-1) nor 540 (NIfTI-2) in either byte order.
    case badSizeofHdr(file: String, value: Int32)
    /// A NIfTI-2 header (`sizeof_hdr` 540); only NIfTI-1 is read.
    case nifti2(file: String)
    /// `magic` is not `n+1` (single file) or `ni1` (.hdr/.img pair).
    case badMagic(file: String, magic: String)
    /// `dim[0]` outside 1…7.
    case badDimensionCount(file: String, value: Int)
    /// `dim[axis]` (1-based as in the header) is zero or negative.
    case badDimension(file: String, axis: Int, value: Int)
    /// The element count or byte size overflows, or passes `limit` bytes.
    case tooLarge(file: String, bytes: String, limit: Int)
    /// `datatype` code not supported (complex, RGB, float128…), with its nibabel name.
    case unsupportedDatatype(file: String, code: Int16, name: String)
    /// `bitpix` disagrees with `datatype`.
    case badBitpix(file: String, bitpix: Int16, datatype: String)
    /// `vox_offset` is negative, inside the header, or past the end of the file.
    case badVoxOffset(file: String, voxOffset: Double, fileSize: Int)
    /// The data stops before `expected` bytes (`got` were present).
    case truncatedData(file: String, expected: Int, got: Int)
    /// A gzip file too small to hold the data its header claims, even at deflate's best ratio.
    case compressedTooSmall(file: String, expected: Int, compressedBytes: Int)
    /// The gzip stream is damaged (what is wrong, in words) or ends early.
    case corruptGzip(file: String, reason: String)
    /// A `.hdr` whose `.img` is missing (or the reverse).
    case missingPair(file: String, expected: String)
    /// `scl_slope` valid but `scl_inter` not finite (nibabel refuses this too).
    case badScaling(file: String, slope: Float, inter: Float)
    /// Writing failed (I/O error, unsupported extension).
    case writeFailed(file: String, reason: String)
    /// In-memory image construction with data that does not fit the shape.
    case shapeMismatch(expected: Int, got: Int)
    /// A volume index past the 4th dimension.
    case volumeOutOfRange(file: String, index: Int, count: Int)
    /// The file behind an image of picked volumes (``indexImg(_:_:)-(_,[Int])``) was changed
    /// or replaced after they were picked.
    case changedSinceIndexed(file: String)

    /// The file first, then the header field or data at fault, its value and what NIfTI-1 expects.
    public var description: String {
        switch self {
        case let .unreadable(f, r): "\(f): cannot read file: \(r)"
        case let .truncatedHeader(f, n): "\(f): truncated header: \(n) bytes, a NIfTI-1 header needs 348"
        case let .badSizeofHdr(f, v): "\(f): field sizeof_hdr is \(v), expected 348 (NIfTI-1); not a NIfTI file"
        case let .nifti2(f): "\(f): this is a NIfTI-2 file (sizeof_hdr 540); only NIfTI-1 is supported"
        case let .badMagic(f, m): "\(f): field magic is \(m.debugDescription), expected \"n+1\" or \"ni1\""
        case let .badDimensionCount(f, v): "\(f): field dim[0] is \(v), must be between 1 and 7"
        case let .badDimension(f, a, v): "\(f): field dim[\(a)] is \(v), dimensions must be positive"
        case let .tooLarge(f, b, l): "\(f): field dim describes \(b) bytes of data, over the limit of \(l) bytes; refused before allocating"
        case let .unsupportedDatatype(f, c, n): "\(f): field datatype \(c) (\(n)) is not supported; supported: uint8, int8, int16, uint16, int32, uint32, int64, float32, float64"
        case let .badBitpix(f, b, d): "\(f): field bitpix is \(b), but datatype \(d) needs \(NiftiDatatype.named(d)?.bitpix ?? 0)"
        case let .badVoxOffset(f, v, s): "\(f): field vox_offset \(v) is invalid for a file of \(s) bytes"
        case let .truncatedData(f, e, g): "\(f): truncated data: expected \(e) bytes after vox_offset, found \(g)"
        case let .compressedTooSmall(f, e, c):
            "\(f): truncated data: the header claims \(e) bytes after vox_offset, more than \(c) compressed bytes can hold (deflate expands at most \(NiftiImage.deflateMaximumRatio):1)"
        case let .corruptGzip(f, r): "\(f): corrupt or truncated gzip stream: \(r)"
        case let .missingPair(f, e): "\(f): the paired file \(e) is missing"
        case let .badScaling(f, s, i): "\(f): field scl_slope is \(s) but scl_inter is \(i) (not finite)"
        case let .writeFailed(f, r): "\(f): cannot write: \(r)"
        case let .shapeMismatch(e, g): "image data holds \(g) values, the shape needs \(e)"
        case let .volumeOutOfRange(f, i, c): "\(f): volume \(i) requested, the image has \(c)"
        case let .changedSinceIndexed(f): "\(f): the file changed after indexImg picked volumes from it; pick them again"
        }
    }
}

extension NiftiError {
    /// An I/O failure in NIfTI's terms; both name the file.
    init(_ error: ByteStreamError) {
        switch error {
        case let .unreadable(f, r): self = .unreadable(file: f, reason: r)
        case let .corruptGzip(f, r): self = .corruptGzip(file: f, reason: r)
        case let .truncatedGzip(f): self = .corruptGzip(file: f, reason: "the compressed data ends early (truncated file)")
        case let .writeFailed(f, r): self = .writeFailed(file: f, reason: r)
        }
    }

    /// Runs I/O code, reporting its failures as `NiftiError`s.
    static func io<T>(_ body: () throws(ByteStreamError) -> T) throws(NiftiError) -> T {
        do { return try body() } catch { throw NiftiError(error) }
    }
}
