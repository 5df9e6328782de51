/// Reads fixed-offset fields of either byte order from a byte buffer (header parsing).
struct BinaryFields {
    let bytes: [UInt8]
    let bigEndian: Bool

    private func raw<T: FixedWidthInteger>(_ offset: Int, _: T.Type) -> T {
        var v: T = 0
        withUnsafeMutableBytes(of: &v) { dst in
            for n in 0..<MemoryLayout<T>.size { dst[n] = bytes[offset + n] }
        }
        return bigEndian ? T(bigEndian: v) : T(littleEndian: v)
    }

    func int16(_ o: Int) -> Int16 { raw(o, Int16.self) }
    func int32(_ o: Int) -> Int32 { raw(o, Int32.self) }
    func float(_ o: Int) -> Float { Float(bitPattern: raw(o, UInt32.self)) }
    func bytes(_ o: Int, _ n: Int) -> [UInt8] { Array(bytes[o..<(o + n)]) }
}

/// Writes little-endian fixed-offset fields into a zeroed buffer (header writing).
struct BinaryFieldWriter {
    var buffer: [UInt8]

    init(count: Int) { buffer = [UInt8](repeating: 0, count: count) }

    private mutating func raw<T: FixedWidthInteger>(_ offset: Int, _ value: T) {
        withUnsafeBytes(of: value.littleEndian) { src in
            for n in 0..<src.count { buffer[offset + n] = src[n] }
        }
    }

    mutating func byte(_ o: Int, _ v: UInt8) { buffer[o] = v }
    mutating func int16(_ o: Int, _ v: Int16) { raw(o, v) }
    mutating func int32(_ o: Int, _ v: Int32) { raw(o, v) }
    mutating func float(_ o: Int, _ v: Float) { raw(o, v.bitPattern) }
    /// Copies at most `n` bytes of `v`, zero-padding the rest.
    mutating func bytes(_ o: Int, _ v: [UInt8], _ n: Int) {
        for (i, b) in v.prefix(n).enumerated() { buffer[o + i] = b }
    }
}
