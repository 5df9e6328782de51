import Foundation
import Testing

@testable import Decoding

/// Written .nii.gz files are series of small gzip members, read back by libdeflate member by
/// member; single large members go through zlib. Both readers must give the same bytes.
@Suite struct NiftiGzipMemberTests {
    @Test func largeImageIsWrittenAsSeveralMembersAndReadBackExactly() throws {
        let dir = try NiftiFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let shape: Shape = [64, 64, 40, 8]  // 1.3 M float32 voxels: 5 MiB, two members
        let data = (0..<shape.elementCount).map { Float(($0 * 7919) % 1000) / 10 }
        let path = dir + "/big.nii.gz"
        try NiftiImage(data: data, shape: shape, affine: .identity).write(to: path, gzipLevel: 1)

        let raw = try Data(contentsOf: URL(fileURLWithPath: path))
        let members = gzipMemberCount(raw)
        #expect(members == 2, "expected two gzip members, found \(members)")

        let loaded = try NiftiImage.load(path)
        #expect(try loaded.fdata() == data.map(Double.init))
        #expect(try ChunkedGzipByteStream.open(path: path) is ChunkedGzipByteStream)

        let fast = try ChunkedGzipByteStream.open(path: path).readBytes(raw.count * 4)
        let zlib = try GzipByteStream(path: path).readBytes(raw.count * 4)
        #expect(fast == zlib)
    }

    @Test func truncatedChunkedFileIsStillReportedAsTruncated() throws {
        let dir = try NiftiFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/cut.nii.gz"
        let data = (0..<(1 << 21)).map { Float(($0 &* 2_654_435_761) % 10_007) }
        try NiftiImage(data: data, shape: [128, 128, 128], affine: .identity).write(to: path, gzipLevel: 1)
        let raw = try Data(contentsOf: URL(fileURLWithPath: path))
        // Cut inside the second member's compressed data.
        try raw.prefix(raw.count * 3 / 4).write(to: URL(fileURLWithPath: path))
        #expect(throws: NiftiError.self) { _ = try NiftiImage.load(path).fdata() }
    }

    @Test func aLargeMemberMidFileHandsOverToZlibAtTheRightPlace() throws {
        let dir = try NiftiFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/mixed.gz"
        let sink = try GzipSink(destination: path, level: 1, memberBytes: 1 << 20)
        let small = (0..<(1 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try small.withUnsafeBytes { try sink.write($0) }
        try sink.finish()
        // Then one member larger than ChunkedGzipByteStream.memberLimit.
        let bigPath = dir + "/big.gz"
        let big = try GzipSink(destination: bigPath, level: 1, memberBytes: Int.max)
        let large = (0..<(ChunkedGzipByteStream.memberLimit + (3 << 20))).map { UInt8(truncatingIfNeeded: $0 / 7) }
        try large.withUnsafeBytes { try big.write($0) }
        try big.finish()
        var joined = try Data(contentsOf: URL(fileURLWithPath: path))
        joined.append(try Data(contentsOf: URL(fileURLWithPath: bigPath)))
        try joined.write(to: URL(fileURLWithPath: path))

        let stream = try ChunkedGzipByteStream.open(path: path)
        #expect(stream is ChunkedGzipByteStream)
        var read: [UInt8] = []
        while true {  // odd-sized reads, across the member boundary and the handover
            let piece = try stream.readBytes(999_983)
            if piece.isEmpty { break }
            read += piece
        }
        #expect(read.count == small.count + large.count)
        #expect(read == small + large)
    }

    /// Members counted by walking the deflate streams with zlib (each ends where the next starts).
    private func gzipMemberCount(_ data: Data) -> Int {
        var count = 0
        var offset = 0
        while offset + 2 <= data.count, data[offset] == 0x1f, data[offset + 1] == 0x8b {
            count += 1
            guard let next = data[(offset + 1)...].firstRange(of: Data([0x1f, 0x8b, 0x08]))?.lowerBound else { break }
            offset = next
        }
        return count
    }
}
