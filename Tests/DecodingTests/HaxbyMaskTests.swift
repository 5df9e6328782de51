import Foundation
import Testing
import TestSupport
@testable import Decoding

/// `haxby.mask`: the whole-brain mask at `haxby2001/mask.nii.gz`.
@Suite struct HaxbyMaskTests {
    /// The simulated mask is the simulated brain on the bold's grid, and holds the VT, face and house masks.
    @Test func simulatedMaskHoldsTheSimulatedRegions() throws {
        let dir = try NiftiFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let geometry = HaxbyGeometry()
        let path = try HaxbyBrainMask.provide(root: dir, simulatedSubject: true, url: nil, sha256: nil, geometry: geometry)
        expectEqual(path, dir + "/mask.nii.gz")
        let mask = try BinaryMask(path)
        #expect(mask.image.shape == [40, 64, 64] && mask.affine == HaxbyGeometry.affine)
        let inside = Set(mask.voxelOffsets)
        expectEqual(inside.count, geometry.brain.count { $0 })
        #expect((20_000...40_000).contains(inside.count), "a brain of \(inside.count) voxels of 49 mm³")
        #expect(geometry.ventralTemporal.allSatisfy(inside.contains))
        #expect(geometry.face.allSatisfy(inside.contains) && geometry.house.allSatisfy(inside.contains))
        // Kept on the next call (same generator version).
        let written = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as! Date
        try HaxbyBrainMask.provide(root: dir, simulatedSubject: true, url: nil, sha256: nil, geometry: geometry)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as! Date == written)
    }

    /// Real data never keeps a simulated mask, and a real mask is never replaced by a simulated one.
    @Test func realAndSimulatedMasksNeverMix() throws {
        let dir = try NiftiFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/mask.nii.gz", marker = dir + "/" + HaxbyBrainMask.markerName
        try HaxbyBrainMask.provide(root: dir, simulatedSubject: true, url: nil, sha256: nil)
        #expect(FileManager.default.fileExists(atPath: marker))
        try HaxbyBrainMask.provide(root: dir, simulatedSubject: false, url: nil, sha256: nil)
        #expect(!FileManager.default.fileExists(atPath: path) && !FileManager.default.fileExists(atPath: marker))
        _ = FileManager.default.createFile(atPath: path, contents: Data("real".utf8))
        try HaxbyBrainMask.provide(root: dir, simulatedSubject: true, url: nil, sha256: nil)
        expectEqual(FileManager.default.contents(atPath: path), Data("real".utf8))
    }

    @Test func datasetNamesTheMaskLikeNilearn() throws {
        let dir = try NiftiFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let folder = dir + "/haxby2001/subj3"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in HaxbyDataset.fileNames { _ = FileManager.default.createFile(atPath: folder + "/" + name, contents: Data()) }
        _ = FileManager.default.createFile(atPath: dir + "/haxby2001/mask.nii.gz", contents: Data())
        let haxby = try Datasets.fetchHaxby(subject: 3, dataDirectory: dir)
        expectEqual(haxby.mask, dir + "/haxby2001/mask.nii.gz")
    }
}
