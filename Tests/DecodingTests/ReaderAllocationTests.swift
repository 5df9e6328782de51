import Foundation
import Testing
import TestSupport

@testable import Decoding

/// Inputs found by, or written for, the fuzz targets (Fuzz/): each claims far more data than it
/// holds, and must be refused with an error before anything of the claimed size is allocated.
@Suite final class ReaderAllocationTests {
    let dir: String

    init() throws { dir = try NiftiFixtures.temporaryDirectory() }
    deinit { try? FileManager.default.removeItem(atPath: dir) }

    /// A 352-byte NIfTI-1 single-file header (little-endian) with `dims` of `datatype`.
    func header(dims: [Int16], datatype: Int16, bitpix: Int16) -> [UInt8] {
        var h = [UInt8](repeating: 0, count: 352)
        func put<T: FixedWidthInteger>(_ v: T, at offset: Int) {
            withUnsafeBytes(of: v.littleEndian) { h.replaceSubrange(offset..<(offset + $0.count), with: $0) }
        }
        put(Int32(348), at: 0)
        put(Int16(dims.count), at: 40)
        for (i, d) in dims.enumerated() { put(d, at: 42 + 2 * i) }
        put(datatype, at: 70)
        put(bitpix, at: 72)
        put(Float(352).bitPattern, at: 108)
        h.replaceSubrange(344..<348, with: Array("n+1\0".utf8))
        return h
    }

    func write(_ bytes: [UInt8], _ name: String) throws -> String {
        let path = dir + "/" + name
        if name.hasSuffix(".gz") {
            let sink = try GzipSink(destination: path)
            try bytes.withUnsafeBytes { try sink.write($0) }
            try sink.finish()
        } else {
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        }
        return path
    }

    /// 32767⁴ int16 voxels (2.3 EB) from 352 bytes: an error naming the file, not an allocation.
    @Test(arguments: ["huge.nii", "huge.nii.gz"])
    func headerClaimingHugeDimensions(name: String) throws {
        let bytes = header(dims: [32767, 32767, 32767, 32767], datatype: 4, bitpix: 16)
        expectEqual(bytes.count, 352)
        let path = try write(bytes, name)
        #expect { try NiftiImage.load(path) } throws: { error in
            let text = "\(error)"
            return text.contains(name) && text.contains("refused before allocating")
        }
    }

    /// 1 GiB of uint8 claimed by a 352-byte header in a gzip file of a few hundred bytes: under
    /// every size limit, yet more than deflate could ever expand that file to, so it is refused
    /// at load instead of `fdata` allocating 8 GiB of doubles before finding the data missing.
    @Test func gzipTooSmallForItsHeader() throws {
        let path = try write(header(dims: [1024, 1024, 1024], datatype: 2, bitpix: 8), "small.nii.gz")
        #expect { try NiftiImage.load(path) } throws: { error in
            let text = "\(error)"
            return text.contains("small.nii.gz") && text.contains("1073741824 bytes") && text.contains("1032:1")
        }
    }

    /// One 512-byte tar header with `name`, a raw 12-byte size field and a type flag.
    func tarHeader(name: String, size: [UInt8], type: UInt8) -> [UInt8] {
        var h = [UInt8](repeating: 0, count: 512)
        h.replaceSubrange(0..<name.utf8.count, with: Array(name.utf8))
        h.replaceSubrange(124..<136, with: size)
        h[156] = type
        h.replaceSubrange(257..<263, with: Array("ustar\0".utf8))
        h.replaceSubrange(148..<156, with: [UInt8](repeating: 32, count: 8))
        let sum = h.reduce(0) { $0 + Int($1) }
        h.replaceSubrange(148..<156, with: Array(String(format: "%06o\0 ", sum).utf8))
        return h
    }

    func extract(_ bytes: [UInt8]) throws {
        let archive = try write(bytes, "bad.tar")
        try TarReader(archive: archive).extract(to: dir + "/out")
    }

    /// A GNU long-name entry claiming 4 GiB (its name is read into memory): refused, not allocated.
    @Test func tarLongNameClaimingGigabytes() throws {
        let size = Array((String(1 << 32, radix: 8) + "\0").utf8)
        expectEqual(size.count, 12)
        let bytes = tarHeader(name: "././@LongLink", size: size, type: UInt8(ascii: "L")) + [UInt8](repeating: 0, count: 1024)
        #expect { try self.extract(bytes) } throws: { "\($0)".contains("bad.tar") && "\($0)".contains("4294967296 bytes") }
    }

    /// A base-256 size field past Int64 used to overflow the block arithmetic (a trap).
    @Test func tarBase256SizeOverflow() throws {
        let size: [UInt8] = [0x80] + [UInt8](repeating: 0xff, count: 11)
        let bytes = tarHeader(name: "big", size: size, type: UInt8(ascii: "0")) + [UInt8](repeating: 0, count: 1024)
        #expect { try self.extract(bytes) } throws: { "\($0)".contains("bad.tar") && "\($0)".contains("\"big\"") }
    }
}
