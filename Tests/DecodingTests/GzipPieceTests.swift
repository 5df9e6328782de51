import FileSupport
import Foundation
import Synchronization
import Testing
import TestSupport

@testable import Decoding

/// What the indexed reader costs in memory and in wasted work: pieces are inflated in a few
/// reused slots (input read a chunk at a time), a piece nobody will read stops early, and an
/// index is read from disk once per process.
@Suite final class GzipPieceTests {
    let dir: String
    let memo = GzipIndexMemo()

    init() throws { dir = try NiftiFixtures.temporaryDirectory() }
    deinit { try? FileManager.default.removeItem(atPath: dir) }

    func store(spacing: UInt64) -> GzipIndexStore {
        GzipIndexStore(folder: dir + "/index", minimumFileSize: 0, spacing: spacing, memo: memo)
    }

    /// `count` bytes of 6 bits of noise each: about 0.75 compressed, so a 1 MiB piece spans
    /// several of a job's input chunks. Compressed by gzip(1), as nibabel's files are.
    func noisyFile(_ name: String, count: Int) throws -> (path: String, raw: [UInt8]) {
        let raw = GzipStreamTests.xorshiftBytes(count, state: 0x9E37_79B9_7F4A_7C15) { _, state in UInt8(truncatingIfNeeded: state &>> 58) }
        let path = dir + "/" + name
        try Data(raw).write(to: URL(fileURLWithPath: path + ".raw"))
        #expect(Process.runSilently("gzip -6 -n -c \"\(path).raw\" > \"\(path)\""))
        return (path, raw)
    }

    /// A noisy file read once through a store of `spacing` (which builds its index), and that index.
    func indexed(_ name: String, count: Int, spacing: UInt64) throws -> (GzipIndexStore, String, [UInt8], GzipIndex) {
        let store = store(spacing: spacing)
        let (path, raw) = try noisyFile(name, count: count)
        _ = try readAll(path, store)
        return (store, path, raw, try #require(store.load(for: path, identity: FileIdentity(path: path)!)))
    }

    /// Reads `path` through `store` (building its index the first time).
    func readAll(_ path: String, _ store: GzipIndexStore) throws -> [UInt8] {
        try readAll(try GzipReader.open(path: path, store: store))
    }

    func readAll(_ stream: ByteStream) throws -> [UInt8] {
        var out = [UInt8]()
        while true {
            let part = try stream.readBytes(100_003)
            if part.isEmpty { return out }
            out += part
        }
    }

    @Test func aReadHoldsNoMoreSlotsThanPiecesInFlight() throws {
        let (store, path, raw, index) = try indexed("many.gz", count: 3 << 20, spacing: 64 << 10)
        #expect(index.points.count >= 12, "many more pieces than slots")
        let stream = try IndexedGzipByteStream(path: path, index: index, store: store, workers: 2)
        #expect(try readAll(stream) == raw)
        #expect(stream.slotsMade <= 3, "two pieces ahead and the one being read, whatever the file's length")
        expectEqual(store.load(for: path, identity: FileIdentity(path: path)!), index, "no piece failed its check")
    }

    @Test func aPieceLongerThanAnInputChunkIsReadChunkByChunk() throws {
        let (store, path, raw, index) = try indexed("long.gz", count: 4 << 20, spacing: 1 << 20)
        let compressed = Int(index.points[2].bit / 8 - index.points[1].bit / 8)
        #expect(compressed > 2 * GzipPieceSlot.inputChunk)
        #expect(try readAll(path, store) == raw)
        expectEqual(store.load(for: path, identity: FileIdentity(path: path)!), index, "no piece failed its check")
    }

    @Test func aCancelledJobStopsAtItsNextStep() throws {
        let (_, path, _, index) = try indexed("cancel.gz", count: 4 << 20, spacing: 1 << 20)
        let file = try FileDescriptor(reading: path)
        let buffers = GzipPieceBuffers(capacity: 2 << 20, keep: 2)

        let early = GzipPieceJob(piece: 1, index: index, file: file, buffers: buffers)
        early.cancel()
        early.start()
        early.wait()
        expectEqual(early.failure, "cancelled")
        expectEqual(early.inflated, 0)
        early.release()

        let stepped = DispatchSemaphore(value: 0), resume = DispatchSemaphore(value: 0)
        let midway = GzipPieceJob(piece: 1, index: index, file: file, buffers: buffers, step: 64 << 10)
        let once = Mutex(false)
        midway.afterStep = {
            guard once.withLock({ first in defer { first = true }; return !first }) else { return }
            stepped.signal()
            resume.wait()
        }
        midway.start()
        stepped.wait()
        midway.cancel()
        resume.signal()
        midway.wait()
        expectEqual(midway.failure, "cancelled")
        expectEqual(midway.inflated, 64 << 10, "stopped after its first step of \(index.pieceLength(1)) bytes")
        midway.release()

        let whole = GzipPieceJob(piece: 1, index: index, file: file, buffers: buffers, step: 64 << 10)
        whole.start()
        whole.wait()
        #expect(whole.failure == nil)
        expectEqual(whole.inflated, index.pieceLength(1))
        whole.release()
        expectEqual(buffers.made, 1, "each job took the slot the one before gave back")
    }

    @Test func anIndexIsReadFromDiskOnceWhileItsEntryIsUnchanged() throws {
        let store = store(spacing: 256 << 10)
        let (path, raw) = try noisyFile("memo.gz", count: 2 << 20)
        _ = try readAll(path, store)
        let identity = FileIdentity(path: path)!
        let index = try #require(store.load(for: path, identity: identity), "saved, then kept in memory")
        expectEqual(memo.hits, 1)
        #expect(try readAll(path, store) == raw)
        expectEqual(memo.hits, 2)

        let entry = try #require(store.entryPath(for: path))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: entry))
        try FileManager.default.removeItem(atPath: entry)
        try bytes.write(to: URL(fileURLWithPath: entry))  // the same index, another entry file
        expectEqual(store.load(for: path, identity: identity), index)
        expectEqual(memo.hits, 2, "a rewritten entry is read again")
        expectEqual(store.load(for: path, identity: identity), index)
        expectEqual(memo.hits, 3)

        try FileManager.default.removeItem(atPath: entry)
        #expect(store.load(for: path, identity: identity) == nil, "no entry, no index")
        _ = try readAll(path, store)
        store.remove(for: path)
        #expect(store.load(for: path, identity: identity) == nil, "a removed index is forgotten")
    }
}
