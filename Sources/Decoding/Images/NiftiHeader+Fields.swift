extension NiftiHeader {
    /// One field of the 348 header bytes: nibabel's name, the property holding it, and how
    /// nibabel prints it. Reading, writing and printing all walk ``fields``, so a field is
    /// described once; offsets follow from the order, the header being packed.
    struct Field: Sendable {
        enum Storage: Sendable {
            case int32(WritableKeyPath<NiftiHeader, Int32> & Sendable)
            case int16(WritableKeyPath<NiftiHeader, Int16> & Sendable)
            case byte(WritableKeyPath<NiftiHeader, UInt8> & Sendable)
            case float(WritableKeyPath<NiftiHeader, Float> & Sendable)
            /// Raw bytes (text, NUL-padded), `count` of them.
            case bytes(WritableKeyPath<NiftiHeader, [UInt8]> & Sendable, count: Int)
            case int16s(WritableKeyPath<NiftiHeader, [Int16]> & Sendable, count: Int)
            case floats(WritableKeyPath<NiftiHeader, [Float]> & Sendable, count: Int)
        }

        var name: String
        var storage: Storage
        /// nibabel's label of a coded integer field (`intent_code`, `datatype`, …); nil
        /// prints the value as nibabel does for its type.
        var label: Label? = nil

        typealias Label = @Sendable (Int) -> String
        typealias Path<Value> = WritableKeyPath<NiftiHeader, Value> & Sendable

        static func int32(_ name: String, _ p: Path<Int32>, label: Label? = nil) -> Field { Field(name: name, storage: .int32(p), label: label) }
        static func int16(_ name: String, _ p: Path<Int16>, label: Label? = nil) -> Field { Field(name: name, storage: .int16(p), label: label) }
        static func byte(_ name: String, _ p: Path<UInt8>, label: Label? = nil) -> Field { Field(name: name, storage: .byte(p), label: label) }
        static func float(_ name: String, _ p: Path<Float>) -> Field { Field(name: name, storage: .float(p)) }
        static func bytes(_ name: String, _ p: Path<[UInt8]>, _ count: Int) -> Field { Field(name: name, storage: .bytes(p, count: count)) }
        static func int16s(_ name: String, _ p: Path<[Int16]>, _ count: Int) -> Field { Field(name: name, storage: .int16s(p, count: count)) }
        static func floats(_ name: String, _ p: Path<[Float]>, _ count: Int) -> Field { Field(name: name, storage: .floats(p, count: count)) }

        /// Bytes the field takes in the file.
        var size: Int {
            switch storage {
            case .int32, .float: 4
            case .int16: 2
            case .byte: 1
            case .bytes(_, let count): count
            case .int16s(_, let count): 2 * count
            case .floats(_, let count): 4 * count
            }
        }

        func read(_ r: BinaryFields, at offset: Int, into header: inout NiftiHeader) {
            switch storage {
            case .int32(let p): header[keyPath: p] = r.int32(offset)
            case .int16(let p): header[keyPath: p] = r.int16(offset)
            case .byte(let p): header[keyPath: p] = r.bytes(offset, 1)[0]
            case .float(let p): header[keyPath: p] = r.float(offset)
            case .bytes(let p, let count): header[keyPath: p] = r.bytes(offset, count)
            case .int16s(let p, let count): header[keyPath: p] = (0..<count).map { r.int16(offset + 2 * $0) }
            case .floats(let p, let count): header[keyPath: p] = (0..<count).map { r.float(offset + 4 * $0) }
            }
        }

        /// Writes the field; arrays shorter than the field leave the rest zero.
        func write(_ header: NiftiHeader, at offset: Int, into w: inout BinaryFieldWriter) {
            switch storage {
            case .int32(let p): w.int32(offset, header[keyPath: p])
            case .int16(let p): w.int16(offset, header[keyPath: p])
            case .byte(let p): w.byte(offset, header[keyPath: p])
            case .float(let p): w.float(offset, header[keyPath: p])
            case .bytes(let p, let count): w.bytes(offset, header[keyPath: p], count)
            case .int16s(let p, let count):
                for (n, v) in header[keyPath: p].prefix(count).enumerated() { w.int16(offset + 2 * n, v) }
            case .floats(let p, let count):
                for (n, v) in header[keyPath: p].prefix(count).enumerated() { w.float(offset + 4 * n, v) }
            }
        }

        /// The value as nibabel's `print(header)` shows it.
        func printed(_ header: NiftiHeader) -> String {
            typealias P = NiftiPrinting
            switch storage {
            case .int32(let p): return label?(Int(header[keyPath: p])) ?? "\(header[keyPath: p])"
            case .int16(let p): return label?(Int(header[keyPath: p])) ?? "\(header[keyPath: p])"
            case .byte(let p): return label?(Int(header[keyPath: p])) ?? "\(header[keyPath: p])"
            case .float(let p): return P.scalar(header[keyPath: p])
            case .bytes(let p, _): return P.bytes(header[keyPath: p])
            case .int16s(let p, _): return P.array(header[keyPath: p])
            case .floats(let p, _): return P.array(header[keyPath: p].map(Double.init), float32: true)
            }
        }
    }

    /// The NIfTI-1 header in file order (nibabel's `header_dtd`).
    static let fields: [Field] = [
        .int32("sizeof_hdr", \.sizeofHdr), .bytes("data_type", \.dataType, 10), .bytes("db_name", \.dbName, 18),
        .int32("extents", \.extents), .int16("session_error", \.sessionError),
        .byte("regular", \.regular) { NiftiPrinting.bytes([UInt8($0)]) }, .byte("dim_info", \.dimInfo),
        .int16s("dim", \.dim, 8),
        .float("intent_p1", \.intentP1), .float("intent_p2", \.intentP2), .float("intent_p3", \.intentP3),
        .int16("intent_code", \.intentCode) { intentLabel(Int16($0)) },
        .int16("datatype", \.datatype) { NiftiDatatype.label(forCode: Int16($0)) },
        .int16("bitpix", \.bitpix), .int16("slice_start", \.sliceStart), .floats("pixdim", \.pixdim, 8),
        .float("vox_offset", \.voxOffset), .float("scl_slope", \.sclSlope), .float("scl_inter", \.sclInter),
        .int16("slice_end", \.sliceEnd), .byte("slice_code", \.sliceCode) { sliceLabel(UInt8($0)) },
        .byte("xyzt_units", \.xyztUnits), .float("cal_max", \.calMax), .float("cal_min", \.calMin),
        .float("slice_duration", \.sliceDuration), .float("toffset", \.toffset),
        .int32("glmax", \.glmax), .int32("glmin", \.glmin),
        .bytes("descrip", \.descrip, 80), .bytes("aux_file", \.auxFile, 24),
        .int16("qform_code", \.qformCode) { xformLabel(Int16($0)) },
        .int16("sform_code", \.sformCode) { xformLabel(Int16($0)) },
        .float("quatern_b", \.quaternB), .float("quatern_c", \.quaternC), .float("quatern_d", \.quaternD),
        .float("qoffset_x", \.qoffsetX), .float("qoffset_y", \.qoffsetY), .float("qoffset_z", \.qoffsetZ),
        .floats("srow_x", \.srowX, 4), .floats("srow_y", \.srowY, 4), .floats("srow_z", \.srowZ, 4),
        .bytes("intent_name", \.intentName, 16), .bytes("magic", \.magic, 4),
    ]

    /// Each field with its byte offset.
    static let layout: [(field: Field, offset: Int)] = {
        var offset = 0
        return fields.map { field in
            defer { offset += field.size }
            return (field, offset)
        }
    }()
}
