/// A NIfTI-1 image: its header, the affine nibabel would derive, its shape, and its voxels.
///
/// A loaded image keeps only the header in memory; voxels are decoded on request
/// (`volume(at:)`, `fdata()`, or streamed by the masker), like nibabel's array proxy, so a
/// 40×64×64×1452 bold is never decoded whole unless asked. An image built in memory holds its
/// voxels as little-endian bytes of its datatype. Voxels are in NIfTI order (i fastest).
public struct NiftiImage: Sendable {
    /// The header as read (or as made for an in-memory image); shape, affine and scaling derive
    /// from it. For volumes picked from a file (``indexImg(_:_:)-(_,[Int])``), `cal_min` and
    /// `cal_max` are the volumes' range, found by a pass over the file the first time they are
    /// read (nan, nan when the file can no longer be read: reading the voxels says why).
    public internal(set) var header: NiftiHeader {
        get {
            guard case let .picked(p) = storage else { return storedHeader }
            return p.calibrated(storedHeader, of: self)
        }
        set { storedHeader = newValue }
    }
    /// `header` without the picked volumes' range filled in: what the library reads for
    /// everything but `cal_min`/`cal_max`, so that no field costs a pass over the file.
    var storedHeader: NiftiHeader
    /// Voxel-to-world transform (nibabel's `img.affine`).
    public internal(set) var affine: Affine
    /// Extents from `dim[1...dim[0]]`, e.g. `(40, 64, 64, 1452)`.
    public internal(set) var shape: Shape
    /// Where the file was loaded from, nil for an image built in memory.
    public internal(set) var path: String?
    let storage: Storage

    enum Storage: Sendable {
        /// Data in `dataPath` starting at `offset` (after decompression when `compressed`).
        case file(dataPath: String, offset: Int, compressed: Bool)
        /// Little-endian bytes of `header.datatype`.
        case memory([UInt8])
        /// Some volumes of a file, read from it when asked (what ``indexImg(_:_:)-(_,[Int])`` gives).
        case picked(PickedVolumes)
    }

    /// Largest data size a loaded header may describe (1 TiB): anything larger is a damaged
    /// header, refused at load time before any allocation.
    public static let maximumDataBytes = 1 << 40

    /// The stored voxel type (`header.datatype`, validated when the image was made or loaded).
    public var datatype: NiftiDatatype { NiftiDatatype(rawValue: storedHeader.datatype)! }
    /// Number of voxels in one 3-D volume.
    public var voxelsPerVolume: Int { shape.prefix(3).reduce(1, *) }
    /// Number of 3-D volumes (the product of dims 4 and above; 1 for a 3-D image).
    public var volumeCount: Int { shape.dropFirst(3).reduce(1, *) }
    /// Name used in errors: the file the voxels come from, or `<memory>`.
    var fileName: String {
        if case let .picked(p) = storage { return path ?? p.dataPath }
        return path ?? "<memory>"
    }

    /// The file's `(scl_slope, scl_inter)` applied to raw voxels; nil means none. Like nibabel,
    /// a loaded image moves them out of `header` (which then shows `nan`) into the data reader.
    let scaling: (slope: Double, inter: Double)?

    /// nibabel's rule: no scaling when `scl_slope` is 0 or not finite.
    static func scaling(of header: NiftiHeader) -> (slope: Double, inter: Double)? {
        let s = header.sclSlope
        guard s != 0, s.isFinite else { return nil }
        let i = header.sclInter.isFinite ? Double(header.sclInter) : 0
        if s == 1 && i == 0 { return nil }
        return (Double(s), i)
    }

    /// An image with `data` (NIfTI order, i fastest) of `shape` (1 to 7 axes) and `affine`.
    /// The header is nibabel's default for a new image: sform from the affine with code
    /// `aligned`, qform parameters from the affine with code `unknown`, no scaling.
    public init<T: NiftiScalar>(data: [T], shape: Shape, affine: Affine) throws(NiftiError) {
        guard (1...7).contains(shape.count) else { throw .badDimensionCount(file: "<memory>", value: shape.count) }
        guard shape.elementCount == data.count else { throw .shapeMismatch(expected: shape.elementCount, got: data.count) }
        var bytes = [UInt8](repeating: 0, count: data.count * MemoryLayout<T>.size)
        bytes.withUnsafeMutableBytes { dst in data.withUnsafeBytes { src in dst.copyMemory(from: src) } }
        #if _endian(big)
        Self.swapBytes(&bytes, width: MemoryLayout<T>.size)
        #endif
        self.init(bytes: bytes, datatype: T.niftiDatatype, shape: shape, affine: affine)
    }

    /// A 3-D float32 image of a volume.
    public init(volume: Volume) {
        let d = volume.dimensions
        try! self.init(data: volume.values, shape: [d.x, d.y, d.z], affine: volume.affine)
    }

    init(bytes: [UInt8], datatype: NiftiDatatype, shape: Shape, affine: Affine) {
        var h = NiftiHeader()
        h.dim = [Int16(shape.count)] + shape.map { Int16(clamping: $0) } + Array(repeating: 1, count: 7 - shape.count)
        h.datatype = datatype.rawValue
        h.bitpix = datatype.bitpix
        h.setSform(affine, code: 2)
        h.setQform(affine, code: 0)
        storedHeader = h
        self.affine = affine
        self.shape = shape
        path = nil
        storage = .memory(bytes)
        scaling = nil
    }

    init(header: NiftiHeader, shape: Shape, path: String?, storage: Storage) {
        self.scaling = Self.scaling(of: header)
        var header = header
        header.sclSlope = .nan
        header.sclInter = .nan
        self.storedHeader = header
        self.affine = header.bestAffine
        self.shape = shape
        self.path = path
        self.storage = storage
    }

    static func swapBytes(_ bytes: inout [UInt8], width: Int) {
        guard width > 1 else { return }
        bytes.withUnsafeMutableBytes { buf in swapBytes(buf, width: width) }
    }

    static func swapBytes(_ buf: UnsafeMutableRawBufferPointer, width: Int) {
        guard width > 1 else { return }
        var o = 0
        while o + width <= buf.count {
            var a = o, b = o + width - 1
            while a < b { buf.swapAt(a, b); a += 1; b -= 1 }
            o += width
        }
    }
}

extension NiftiImage {
    /// An image whose voxels (NIfTI order) are stored as `datatype`: values are rounded and
    /// clamped for integer types, as numpy's `astype` after `round` would store them.
    public init(data: [Double], shape: Shape, affine: Affine, datatype: NiftiDatatype) throws(NiftiError) {
        func rounded<T: FixedWidthInteger & NiftiScalar>(_: T.Type) throws(NiftiError) -> NiftiImage {
            try NiftiImage(data: data.map { T(clamping: Int64(exactly: $0.rounded()) ?? ($0 > 0 ? Int64.max : Int64.min)) },
                           shape: shape, affine: affine)
        }
        switch datatype {
        case .uint8: self = try rounded(UInt8.self)
        case .int8: self = try rounded(Int8.self)
        case .int16: self = try rounded(Int16.self)
        case .uint16: self = try rounded(UInt16.self)
        case .int32: self = try rounded(Int32.self)
        case .uint32: self = try rounded(UInt32.self)
        case .int64: self = try rounded(Int64.self)
        case .float32: self = try NiftiImage(data: data.map { Float($0) }, shape: shape, affine: affine)
        case .float64: self = try NiftiImage(data: data, shape: shape, affine: affine)
        }
    }
}
