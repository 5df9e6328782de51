import Foundation
import Testing
import TestSupport

@testable import Decoding

/// The one gzip reader (ISA-L streaming inflate) and the writer (ISA-L deflate): files written
/// are one standard member that gzip(1) opens; files read may have one member or many, and a
/// damaged file is refused with an I/O error naming it and saying what is wrong.
@Suite final class GzipStreamTests {
    let dir: String

    init() throws { dir = try NiftiFixtures.temporaryDirectory() }
    deinit { try? FileManager.default.removeItem(atPath: dir) }

    /// Bytes that compress somewhat, like image data: slow ramps with a little noise.
    static func sample(_ count: Int, seed: UInt64 = 1) -> [UInt8] {
        xorshiftBytes(count, state: seed &* 0x9E37_79B9_7F4A_7C15 | 1) { i, state in
            UInt8(truncatingIfNeeded: i / 97 &+ Int(truncatingIfNeeded: state &>> 61))
        }
    }

    /// `count` bytes, byte `i` made from `i` and the i-th step of a xorshift64 from `state`.
    /// Written into the array's buffer with wrapping operators: tests are compiled unoptimized,
    /// where a `map` over the range took 2.5 s per 3 MiB (this loop about 0.2 s, the same bytes).
    static func xorshiftBytes(_ count: Int, state: UInt64, _ byte: (Int, UInt64) -> UInt8) -> [UInt8] {
        var state = state
        return [UInt8](unsafeUninitializedCapacity: count) { bytes, initialized in
            var i = 0
            while i < count {
                state ^= state &<< 13
                state ^= state &>> 7
                state ^= state &<< 17
                bytes[i] = byte(i, state)
                i &+= 1
            }
            initialized = count
        }
    }

    func written(_ bytes: [UInt8], _ name: String, level: Int = GzipSink.defaultLevel) throws -> String {
        let path = dir + "/" + name
        let sink = try GzipSink(destination: path, level: level)
        try bytes.withUnsafeBytes { try sink.write($0) }
        try sink.finish()
        return path
    }

    /// Everything the stream gives, read in pieces of `piece` bytes.
    func readAll(_ path: String, piece: Int = 999_983) throws -> [UInt8] {
        let stream = try GzipByteStream(path: path)
        var out = [UInt8]()
        while true {
            let part = try stream.readBytes(piece)
            if part.isEmpty { return out }
            out += part
        }
    }

    func bytes(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))) }
    func save(_ bytes: [UInt8], _ name: String) throws -> String {
        let path = dir + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// gzip(1)'s output for `path`, or nil when gzip refuses it.
    func gunzip(_ path: String) throws -> [UInt8]? {
        guard Process.runSilently("gzip -dc \"\(path)\" > \"\(path).out\"") else { return nil }
        return try bytes(path + ".out")
    }

    @Test(arguments: GzipSink.levels)
    func writtenFilesAreOneStandardMemberAtEveryLevel(level: Int) throws {
        let raw = Self.sample(3 << 20)
        let path = try written(raw, "level\(level).gz", level: level)
        let gz = try bytes(path)
        if level > 0 { #expect(gz.count < raw.count) }  // level 0's static Huffman codes may not pay
        expectEqual(Array(gz.prefix(3)), [0x1f, 0x8b, 0x08])
        // One member: the trailer's length field is the whole input (mod 2^32).
        let isize = gz.suffix(4).reversed().reduce(0) { $0 << 8 | Int($1) }
        expectEqual(isize, raw.count)
        #expect(try gunzip(path) == raw, "gzip(1) reads it")
        #expect(try readAll(path) == raw)
    }

    @Test func manyMembersOfAnySizeReadAsOneStream() throws {
        // Members written by us and by gzip(1), empty and tiny ones included, joined.
        let parts = [Self.sample(5 << 20, seed: 2), [], Self.sample(1, seed: 3), Self.sample(70_000, seed: 4)]
        var joined = [UInt8]()
        for (n, part) in parts.enumerated() { joined += try bytes(try written(part, "part\(n).gz")) }
        let plain = try save(Self.sample(300_001, seed: 5), "plain")
        #expect(Process.runSilently("gzip -9 -k -n \"\(plain)\""))
        joined += try bytes(plain + ".gz")
        let path = try save(joined, "joined.gz")
        let expected = parts.flatMap { $0 } + Self.sample(300_001, seed: 5)
        for piece in [1 << 20, 4093, 999_983] {
            #expect(try readAll(path, piece: piece) == expected, "read in pieces of \(piece)")
        }
    }

    @Test func trailingZeroPaddingIsIgnoredAsGzipDoes() throws {
        let raw = Self.sample(10_000)
        let path = try save(try bytes(try written(raw, "a.gz")) + [UInt8](repeating: 0, count: 512), "padded.gz")
        #expect(try readAll(path) == raw)
    }

    @Test func truncatedFilesAreReportedAsTruncatedWhereverTheyAreCut() throws {
        let gz = try bytes(try written(Self.sample(2 << 20), "whole.gz"))
        // Inside the header, inside the deflate data, inside the CRC/length trailer.
        for keep in [0, 5, gz.count / 3, gz.count - 6, gz.count - 1] {
            let path = try save(Array(gz.prefix(keep)), "cut\(keep).gz")
            #expect(throws: ByteStreamError.truncatedGzip(file: path)) { _ = try self.readAll(path) }
        }
    }

    @Test func corruptFilesSayWhatIsWrong() throws {
        let raw = Self.sample(1 << 20)
        let gz = try bytes(try written(raw, "good.gz"))
        func failure(_ damaged: [UInt8], _ name: String) throws -> String {
            let path = try save(damaged, name)
            do {
                _ = try readAll(path)
                return "no error"
            } catch let error as ByteStreamError {
                expectEqual(error.file, path)
                return error.description
            }
        }
        var crc = gz
        crc[gz.count - 8] ^= 0xff
        #expect(try failure(crc, "crc.gz").contains("CRC-32"))
        var length = gz
        length[gz.count - 2] ^= 0x01
        #expect(try failure(length, "length.gz").contains("length mismatch"))
        var data = gz
        for i in stride(from: 100, to: 400, by: 3) { data[i] ^= 0x5a }
        #expect(try failure(data, "data.gz").contains("corrupt gzip stream"))
        #expect(try failure(Array("plain text, not gzip".utf8), "text.gz").contains("magic bytes"))
    }

    @Test func niftiLayerNamesTheFileInItsOwnTerms() throws {
        let path = try save(Array(try bytes(NiftiFixtures.path("nibabel_example4d.nii.gz")).prefix(4000)), "short.nii.gz")
        #expect {
            _ = try NiftiImage.load(path).fdata()
        } throws: { error in
            guard let error = error as? NiftiError, case .corruptGzip(let file, let reason) = error else { return false }
            return file == path && reason.contains("truncated")
        }
    }
}

extension Process {
    /// Runs a shell command, discarding its output; true when it exits with 0.
    static func runSilently(_ command: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
