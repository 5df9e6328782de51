import Foundation
import Testing
import TestSupport
import Decoding

/// Figures over a file share one decoded volume (`VolumeCache`) while the file is unchanged.
@Suite struct VolumeCacheTests {
    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("volume-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func volume(_ value: Float) -> Volume {
        Volume(dimensions: SIMD3(4, 5, 6), affine: .identity) { p in p.x == 1 ? value : 0 }
    }

    @Test func aFileIsDecodedOnce() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("anat.nii.gz").path
        try NiftiImage(volume: Self.volume(7)).write(to: path)
        let first = try path.plottedVolume(), second = try path.plottedVolume()
        expectEqual(first, Self.volume(7))
        // The same storage, shared: the second read decoded nothing.
        expectEqual(first.values.withUnsafeBufferPointer { $0.baseAddress }, second.values.withUnsafeBufferPointer { $0.baseAddress })
    }

    @Test func aFileWrittenAgainIsReadAgain() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("map.nii").path
        try NiftiImage(volume: Self.volume(1)).write(to: path)
        #expect(try path.plottedVolume() == Self.volume(1))
        try NiftiImage(volume: Self.volume(2)).write(to: path)  // renamed over: a new inode
        #expect(try path.plottedVolume() == Self.volume(2))
    }

    @Test func callersChangingTheirCopyDoNotChangeTheCache() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("map.nii.gz").path
        try NiftiImage(volume: Self.volume(3)).write(to: path)
        var mine = try path.plottedVolume()
        mine.values[0] = 99
        #expect(try path.plottedVolume() == Self.volume(3))
        // Figures over the changed copy draw the change, not what the cache remembers of the file.
        let changed = try Plotting.plotAnat(mine), cached = try Plotting.plotAnat(path)
        #expect(changed.canvas != cached.canvas)
    }
}
