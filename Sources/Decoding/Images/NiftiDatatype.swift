/// The NIfTI-1 voxel types this library reads and writes, with the header codes and the
/// names nibabel prints (`datatype        : int16`).
public enum NiftiDatatype: Int16, Sendable, CaseIterable, CustomStringConvertible {
    /// Unsigned 8-bit (`DT_UINT8`, code 2): masks and labels.
    case uint8 = 2
    /// Signed 16-bit (`DT_INT16`, code 4): most scanners' raw BOLD, Haxby's among them.
    case int16 = 4
    /// Signed 32-bit (`DT_INT32`, code 8).
    case int32 = 8
    /// 32-bit float (`DT_FLOAT32`, code 16): statistical maps.
    case float32 = 16
    /// 64-bit float (`DT_FLOAT64`, code 64): what nibabel's `get_fdata` returns.
    case float64 = 64
    /// Signed 8-bit (`DT_INT8`, code 256).
    case int8 = 256
    /// Unsigned 16-bit (`DT_UINT16`, code 512).
    case uint16 = 512
    /// Unsigned 32-bit (`DT_UINT32`, code 768).
    case uint32 = 768
    /// Signed 64-bit (`DT_INT64`, code 1024).
    case int64 = 1024

    /// The header's `bitpix` for this type: bits per voxel.
    public var bitpix: Int16 { Int16(byteCount * 8) }

    /// Bytes per voxel on disk.
    public var byteCount: Int {
        switch self {
        case .uint8, .int8: 1
        case .int16, .uint16: 2
        case .int32, .uint32, .float32: 4
        case .float64, .int64: 8
        }
    }

    /// The numpy dtype name (`int16`, `float32`…), as nibabel prints the header's `datatype`.
    public var description: String {
        switch self {
        case .uint8: "uint8"
        case .int16: "int16"
        case .int32: "int32"
        case .float32: "float32"
        case .float64: "float64"
        case .int8: "int8"
        case .uint16: "uint16"
        case .uint32: "uint32"
        case .int64: "int64"
        }
    }

    static func named(_ name: String) -> NiftiDatatype? { allCases.first { $0.description == name } }

    /// nibabel's label for any NIfTI-1 datatype code, supported or not.
    static func label(forCode code: Int16) -> String {
        if let known = NiftiDatatype(rawValue: code) { return known.description }
        switch code {
        case 0: return "none"
        case 1: return "binary"
        case 32: return "complex64"
        case 128: return "RGB"
        case 255: return "all"
        case 1280: return "uint64"
        case 1536: return "float128"
        case 1792: return "complex128"
        case 2048: return "complex256"
        case 2304: return "RGBA"
        default: return "<unknown code \(code)>"
        }
    }
}

/// Scalars that can be stored as NIfTI voxels, so in-memory images keep their exact type.
public protocol NiftiScalar: Sendable {
    /// The on-disk type an image of this scalar is written as.
    static var niftiDatatype: NiftiDatatype { get }
}
extension UInt8: NiftiScalar { public static var niftiDatatype: NiftiDatatype { .uint8 } }
extension Int8: NiftiScalar { public static var niftiDatatype: NiftiDatatype { .int8 } }
extension Int16: NiftiScalar { public static var niftiDatatype: NiftiDatatype { .int16 } }
extension UInt16: NiftiScalar { public static var niftiDatatype: NiftiDatatype { .uint16 } }
extension Int32: NiftiScalar { public static var niftiDatatype: NiftiDatatype { .int32 } }
extension UInt32: NiftiScalar { public static var niftiDatatype: NiftiDatatype { .uint32 } }
extension Int64: NiftiScalar { public static var niftiDatatype: NiftiDatatype { .int64 } }
extension Float: NiftiScalar { public static var niftiDatatype: NiftiDatatype { .float32 } }
extension Double: NiftiScalar { public static var niftiDatatype: NiftiDatatype { .float64 } }
