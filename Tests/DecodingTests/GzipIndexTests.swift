import FileSupport
import Foundation
import Synchronization
import Testing
import TestSupport

@testable import Decoding

/// The gzip index (a cache of access points) and the parallel reader it enables: a full read
/// builds it, later reads inflate pieces in parallel and give the same bytes; a missing, stale,
/// damaged or wrong index is ignored or falls back to the serial read, never gives wrong data,
/// and damaged gzip files keep their errors.
@Suite final class GzipIndexTests {
    let dir: String
    let store: GzipIndexStore

    init() throws {
        dir = try NiftiFixtures.temporaryDirectory()
        store = GzipIndexStore(folder: dir + "/index", minimumFileSize: 0, spacing: 256 << 10)
    }

    deinit { try? FileManager.default.removeItem(atPath: dir) }

    /// Each seed's sample and gzip(1)'s output for it, made once: most tests read the same
    /// file, and making the sample (unoptimized) and compressing it cost 0.35 CPU s a time.
    static let made = Mutex<[UInt64: (raw: [UInt8], gz: Data)]>([:])

    /// 3 MiB like image data, compressed by gzip(1) (zlib's block sizes, as nibabel writes)
    /// or by our writer (ISA-L's).
    func file(_ name: String, gzip: Bool = true, seed: UInt64 = 7) throws -> (path: String, raw: [UInt8]) {
        let path = dir + "/" + name
        if gzip, let made = Self.made.withLock({ $0[seed] }) {
            try made.gz.write(to: URL(fileURLWithPath: path))
            return (path, made.raw)
        }
        let raw = GzipStreamTests.sample(3 << 20, seed: seed)
        if gzip {
            try Data(raw).write(to: URL(fileURLWithPath: dir + "/" + name + ".raw"))
            #expect(Process.runSilently("gzip -6 -n -c \"\(dir)/\(name).raw\" > \"\(path)\""))
            let gz = try Data(contentsOf: URL(fileURLWithPath: path))
            Self.made.withLock { $0[seed] = (raw, gz) }
        } else {
            let sink = try GzipSink(destination: path)
            try raw.withUnsafeBytes { try sink.write($0) }
            try sink.finish()
        }
        return (path, raw)
    }

    /// Everything `stream` gives, read `piece` bytes at a time straight into one buffer:
    /// tests are compiled unoptimized, where an array per piece and `+=` made the byte-at-a-time
    /// reads of 3 MiB cost seconds.
    func readAll(_ stream: ByteStream, piece: Int = 100_003) throws -> [UInt8] {
        var buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(4 << 20, piece), alignment: 16)
        defer { buffer.deallocate() }
        var count = 0
        while true {
            if count + piece > buffer.count {
                let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: 2 * buffer.count + piece, alignment: 16)
                larger.copyMemory(from: UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
                buffer.deallocate()
                buffer = larger
            }
            let n = try stream.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[count..<count + piece]))
            if n == 0 { return Array(buffer[0..<count]) }
            count += n
        }
    }

    /// Reads `path` through the store once (building the index) and returns the index.
    func indexed(_ path: String) throws -> GzipIndex? {
        _ = try readAll(try GzipReader.open(path: path, store: store))
        return store.load(for: path, identity: FileIdentity(path: path)!)
    }

    @Test(arguments: [true, false])
    func aFullReadBuildsAnIndexAndLaterReadsUseIt(gzip: Bool) throws {
        let (path, raw) = try file("a.gz", gzip: gzip)
        #expect(try GzipReader.open(path: path, store: store) is GzipByteStream)
        let index = try #require(try indexed(path))
        #expect(try readAll(try GzipReader.open(path: path, store: store)) == raw)
        expectEqual(store.load(for: path, identity: FileIdentity(path: path)!), index, "no piece failed its check")
        // zlib's blocks are short, ISA-L's long (a point is the first block start past 256 KiB).
        #expect(index.points.count >= (gzip ? 8 : 4), "a point about every 256 KiB of 3 MiB")
        expectEqual(index.length, UInt64(raw.count))
        #expect(index.points.dropFirst().allSatisfy { $0.window.count == GzipIndex.windowSize })
        let stream = try GzipReader.open(path: path, store: store)
        #expect(stream is IndexedGzipByteStream)
        for piece in [1, 65_536, 1 << 20, 4 << 20] {
            #expect(try readAll(try GzipReader.open(path: path, store: store), piece: piece) == raw)
        }
    }

    /// Our writer records the index as it writes: full flushes at the points, so no window.
    @Test func theEnvironmentSwitchesIndexingOrNamesAFolder() {
        let standard = GzipIndexStore.configured(by: [:]).folder
        expectEqual(standard?.hasSuffix("decoding/gzip-index"), true)
        for word in ["on", "ON", "1", "true", "yes", ""] {
            expectEqual(GzipIndexStore.configured(by: ["DECODING_GZIP_INDEX": word]).folder, standard)
        }
        for word in ["off", "Off", "0", "false", "no"] {
            #expect(GzipIndexStore.configured(by: ["DECODING_GZIP_INDEX": word]).folder == nil)
        }
        expectEqual(GzipIndexStore.configured(by: ["DECODING_GZIP_INDEX": "/tmp/On"]).folder, "/tmp/On")
    }

    @Test func filesWeWriteAreIndexedAtWriteTime() throws {
        let raw = GzipStreamTests.sample(3 << 20, seed: 11)
        let path = dir + "/written.gz"
        let sink = try GzipSink(destination: path, indexInto: store)
        try raw.withUnsafeBytes { try sink.write(UnsafeRawBufferPointer(rebasing: $0[0..<1_000_001])); try sink.write(UnsafeRawBufferPointer(rebasing: $0[1_000_001...])) }
        try sink.finish()
        let index = try #require(store.load(for: path, identity: FileIdentity(path: path)!))
        expectEqual(index.points.count, 12, "a point every 256 KiB of 3 MiB, none at the very end")
        #expect(index.points.allSatisfy { $0.window.isEmpty && $0.bit % 8 == 0 })
        #expect(try GzipReader.open(path: path, store: store) is IndexedGzipByteStream)
        #expect(try readAll(try GzipReader.open(path: path, store: store)) == raw)
        expectEqual(store.load(for: path, identity: FileIdentity(path: path)!), index, "no piece failed its check")
        #expect(try GzipStreamTests().gunzip(path) == raw, "still one standard gzip file")
    }

    /// The masker reads exactly the voxels and stops: the trailer is still checked and the
    /// index kept. A reader that stops early leaves no index; one that stops with at most an
    /// eighth of the file left (a pick of volumes that ends near the last) has the rest read
    /// for it, and the index kept.
    @Test func aReadOfExactlyTheDataKeepsTheIndexAnEarlyStopDoesNot() throws {
        let (path, raw) = try file("e.gz")
        do {
            let stream = try GzipReader.open(path: path, store: store)
            #expect(try stream.readBytes(raw.count / 2).count == raw.count / 2)
        }
        #expect(store.load(for: path, identity: FileIdentity(path: path)!) == nil)
        do {
            let stream = try GzipReader.open(path: path, store: store)
            #expect(try stream.readBytes(raw.count / 16 * 15) == Array(raw.prefix(raw.count / 16 * 15)))
        }
        #expect(store.load(for: path, identity: FileIdentity(path: path)!) != nil)
        unlink(try #require(store.entryPath(for: path)))
        do {
            let stream = try GzipReader.open(path: path, store: store)
            #expect(try stream.readBytes(raw.count) == raw)
        }
        #expect(store.load(for: path, identity: FileIdentity(path: path)!) != nil)
    }

    @Test func skippingSeeksToThePieceThatHoldsTheTarget() throws {
        let (path, raw) = try file("s.gz")
        _ = try #require(try indexed(path))
        for target in [0, 1, 262_143, 262_144, 1_000_000, raw.count - 5, raw.count] {
            let stream = try GzipReader.open(path: path, store: store)
            #expect(try stream.skip(target) == target)
            #expect(try readAll(stream) == Array(raw[target...]))
        }
        let stream = try GzipReader.open(path: path, store: store)
        #expect(try stream.skip(raw.count + 10) == raw.count)
        #expect(try stream.readBytes(10).isEmpty)
    }

    @Test func theIndexRoundTripsAndADamagedEntryIsIgnoredAndRemoved() throws {
        let (path, raw) = try file("d.gz")
        let index = try #require(try indexed(path))
        expectEqual(GzipIndex(decoding: index.encoded()), index)
        let entry = try #require(store.entryPath(for: path))
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: entry)))
        bytes[bytes.count / 2] ^= 0x40
        try Data(bytes).write(to: URL(fileURLWithPath: entry))
        #expect(store.load(for: path, identity: FileIdentity(path: path)!) == nil)
        #expect(!FileManager.default.fileExists(atPath: entry))
        try Data(bytes.prefix(100)).write(to: URL(fileURLWithPath: entry))  // cut short
        #expect(store.load(for: path, identity: FileIdentity(path: path)!) == nil)
        #expect(try readAll(try GzipReader.open(path: path, store: store)) == raw, "read serially, and indexed again")
        #expect(store.load(for: path, identity: FileIdentity(path: path)!) != nil)
    }

    @Test func aChangedFileMakesTheIndexStale() throws {
        let (path, _) = try file("c.gz")
        _ = try #require(try indexed(path))
        let (other, raw) = try file("other.gz", seed: 8)
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.moveItem(atPath: other, toPath: path)
        #expect(try GzipReader.open(path: path, store: store) is GzipByteStream)
        #expect(try readAll(try GzipReader.open(path: path, store: store)) == raw)
    }

    /// An index whose envelope is intact but whose points are wrong (what a bug, or another
    /// file with the same size and time, would give): the data still comes out right.
    @Test(arguments: ["bit", "window", "crc", "other file"])
    func aWrongIndexFallsBackToTheSerialRead(fault: String) throws {
        let (path, raw) = try file("w.gz")
        var index = try #require(try indexed(path))
        switch fault {
        case "bit": index.points[3].bit += 1
        case "window": index.points[2].window = index.points[2].window.map { $0 ^ 1 }
        case "crc": index.points[4].crc ^= 1
        default:
            let (other, _) = try file("x.gz", seed: 9)
            index = try #require(try indexed(other))
            index.fileSize = UInt64(FileIdentity(path: path)!.size)
            index.trailerOffset = index.fileSize - 8
            index.crc = GzipIndexTests.trailerCRC(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        let identity = FileIdentity(path: path)!
        index.fileSize = UInt64(identity.size)
        index.fileModified = identity.modified
        store.save(index, for: path, identity: identity)
        #expect(try readAll(try GzipReader.open(path: path, store: store)) == raw)
        #expect(store.load(for: path, identity: identity) != index, "the wrong index was dropped")
    }

    static func trailerCRC(_ gz: Data) -> UInt32 {
        gz.suffix(8).prefix(4).reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    }

    /// A file damaged in place after it was indexed (same size and time): the error is the
    /// serial reader's, naming the file.
    @Test func aCorruptFileKeepsItsErrorWithAnIndex() throws {
        let (path, _) = try file("k.gz")
        _ = try #require(try indexed(path))
        let identity = FileIdentity(path: path)!
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        for i in stride(from: bytes.count / 2, to: bytes.count / 2 + 64, by: 1) { bytes[i] ^= 0x55 }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.write(contentsOf: Data(bytes))
        try handle.close()
        let mtime = timespec(tv_sec: Int(identity.modified / 1_000_000_000), tv_nsec: Int(identity.modified % 1_000_000_000))
        var times = [mtime, mtime]
        expectEqual(utimensat(AT_FDCWD, path, &times, 0), 0)
        #expect(try GzipReader.open(path: path, store: store) is IndexedGzipByteStream)
        #expect {
            _ = try self.readAll(try GzipReader.open(path: path, store: self.store))
        } throws: { error in
            guard let e = error as? ByteStreamError, case .corruptGzip(let file, _) = e else { return false }
            return file == path
        }
    }

    @Test func truncatedFilesAndSeveralMembersGetNoIndex() throws {
        let (path, _) = try file("t.gz")
        let gz = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let cut = dir + "/cut.gz"
        try Data(gz.prefix(gz.count - 1000)).write(to: URL(fileURLWithPath: cut))
        #expect(throws: ByteStreamError.truncatedGzip(file: cut)) { _ = try self.readAll(try GzipReader.open(path: cut, store: self.store)) }
        #expect(store.load(for: cut, identity: FileIdentity(path: cut)!) == nil)
        let twice = dir + "/twice.gz"
        try Data(gz + gz).write(to: URL(fileURLWithPath: twice))
        _ = try readAll(try GzipReader.open(path: twice, store: store))
        #expect(store.load(for: twice, identity: FileIdentity(path: twice)!) == nil)
    }
}
