import FileSupport
import Foundation
import Testing
import TestSupport

@testable import Decoding

/// The simulated Haxby subject: design, geometry and files; `fetchHaxby`'s source order.
@Suite struct HaxbyTests {
    @Test func designMatchesTheRealLayout() {
        let design = HaxbyDesign(seed: 42)
        expectEqual(design.labels.count, 1452)
        expectEqual(design.labels.filter { $0 == "face" }.count, 108)
        expectEqual(design.labels.filter { $0 == "cat" }.count, 108)
        for category in HaxbyDesign.categories { expectEqual(design.labels.filter { $0 == category }.count, 108) }
        // Typed parts: written as one #expect, the concatenations took 0.7 s to type-check.
        let rest: [String] = Array(repeating: "rest", count: 6), scissors: [String] = Array(repeating: "scissors", count: 9)
        let head: [String] = rest + scissors + ["rest"], tail: [String] = ["scissors"] + rest
        expectEqual(Array(design.labels.prefix(16)), head)
        expectEqual(Array(design.labels.suffix(7)), tail)
        #expect((0..<12).allSatisfy { run in design.chunks.filter { $0 == run }.count == 121 })
        #expect(design.labelsText.hasPrefix("labels chunks\nrest 0\n"))
        // Every block is 9 volumes long.
        var runs = [Int](), current = 1
        for (a, b) in zip(design.labels, design.labels.dropFirst()) {
            if a == b { current += 1 } else { if a != "rest" { runs.append(current) }; current = 1 }
        }
        #expect(runs.allSatisfy { $0 == 9 } && runs.count == 96)
        expectEqual(HaxbyDesign(seed: 42).labels, design.labels)
        #expect(HaxbyDesign(seed: 43).labels != design.labels)
    }

    @Test func hrfRegressorsRiseAfterBlocks() {
        let design = HaxbyDesign(seed: 1)
        let face = design.regressors[0]
        let first = design.labels.firstIndex(of: "face")!
        #expect(face[first] < face[first + 4])
        let area: Double = HaxbyDesign.hrf.reduce(0, +)  // typed: inside #expect it took 1.3 s to type-check
        #expect(abs(area - 1) < 1e-12)
    }

    @Test func realGeometryHasExactly464VentralTemporalVoxels() {
        let g = HaxbyGeometry()
        expectEqual(g.ventralTemporal.count, 464)
        #expect(g.ventralTemporal.allSatisfy { g.brain[$0] })
        let vt = Set(g.ventralTemporal)
        #expect(g.face.allSatisfy(vt.contains) && g.house.allSatisfy(vt.contains))
        #expect(g.face.count == HaxbyGeometry.faceVoxels && g.house.count == HaxbyGeometry.houseVoxels)
        // Both hemispheres.
        let xs = g.ventralTemporal.map { HaxbyGeometry.world($0, g.dimensions, g.affine).x }
        #expect(xs.contains { $0 > 20 } && xs.contains { $0 < -20 })
        let brainFraction = Double(g.brain.filter { $0 }.count) / Double(g.brain.count)
        #expect(brainFraction > 0.12 && brainFraction < 0.6)
    }

    static let coarseAffine = Affine(rows: [[-14, 0, 0, 63], [0, 15, 0, -112.5], [0, 0, 15, -112.5], [0, 0, 0, 1]])

    /// A coarse subject (same field of view, 14–15 mm voxels), quick even in debug builds.
    static func coarseSimulation() -> HaxbySimulation {
        var simulation = HaxbySimulation(subject: 2, geometry: HaxbyGeometry(dimensions: SIMD3(10, 16, 16), affine: coarseAffine, ventralTemporalVoxels: 12))
        simulation.anatomy.dimensions = SIMD3(28, 48, 48)
        simulation.anatomy.affine = Affine(rows: [[-5, 0, 0, 67.5], [0, 5, 0, -117.5], [0, 0, 5, -117.5], [0, 0, 0, 1]])
        return simulation
    }

    @Test func smallSimulationWritesReadableFiles() throws {
        let dir = try NiftiFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let affine = Self.coarseAffine
        let simulation = Self.coarseSimulation()
        try simulation.write(to: dir)
        let bold = try NiftiImage.load(dir + "/bold.nii.gz")
        expectEqual(bold.shape, [10, 16, 16, 1452])
        expectEqual(bold.datatype, .int16)
        expectEqual(bold.affine, affine)
        expectEqual(bold.header.pixdim[4], 2.5)
        var masker = NiftiMasker(maskImg: dir + "/mask4_vt.nii.gz", standardize: false)
        let x = try masker.fitTransform(bold)
        expectEqual(x.shape, [1452, 12])
        #expect(x.storage.allSatisfy { $0 > 300 && $0 < 1500 })
        let anat = try NiftiImage.load(dir + "/anat.nii.gz")
        expectEqual(anat.shape, [28, 48, 48])
        #expect(try anat.fdata().max()! > 700)
        let labels = try String(contentsOfFile: dir + "/labels.txt", encoding: .utf8)
        expectEqual(labels.split(separator: "\n").count, 1453)
        // Deterministic: a second run writes the same bold.
        let again = dir + "/again"
        try FileManager.default.createDirectory(atPath: again, withIntermediateDirectories: true)
        try simulation.write(to: again)
        #expect(try NiftiImage.load(again + "/bold.nii.gz").volume(at: 700) == bold.volume(at: 700))
    }

    @Test func simulatedFolderIsCachedAndVersioned() throws {
        let dir = try NiftiFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let folder = dir + "/subj2"
        try HaxbyCache.simulate(subject: 2, into: folder, root: dir, simulation: Self.coarseSimulation())
        let marker = folder + "/" + HaxbyCache.markerName
        #expect(try String(contentsOfFile: marker, encoding: .utf8) == HaxbyCache.generatorVersion)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["subj2"])
        let bold = folder + "/bold.nii.gz"
        let written = try FileManager.default.attributesOfItem(atPath: bold)[.modificationDate] as! Date
        try HaxbyCache.simulate(subject: 2, into: folder, root: dir, simulation: Self.coarseSimulation())
        #expect(try FileManager.default.attributesOfItem(atPath: bold)[.modificationDate] as! Date == written)
        // Another generator version's folder is regenerated in place.
        try "haxby-simulation 0".write(toFile: marker, atomically: true, encoding: .utf8)
        try HaxbyCache.simulate(subject: 2, into: folder, root: dir, simulation: Self.coarseSimulation())
        #expect(try String(contentsOfFile: marker, encoding: .utf8) == HaxbyCache.generatorVersion)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["subj2"])
    }

    /// The full-size subject through `fetchHaxby` (about 20 s in a debug build): run with
    /// DECODING_FULL_SIMULATION=1.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["DECODING_FULL_SIMULATION"] == "1"))
    func fullSizeSimulatedSubject() throws {
        let dir = try NiftiFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let haxby = try Datasets.fetchHaxby(dataDirectory: dir)
        #expect(haxby.isSimulated)
        let bold = try NiftiImage.load(haxby.func[0])
        #expect(bold.shape == [40, 64, 64, 1452] && bold.datatype == .int16)
        expectEqual(bold.affine, HaxbyGeometry.affine)
        var masker = NiftiMasker(maskImg: haxby.maskVT[0], standardize: true)
        #expect(try masker.fitTransform(haxby.func[0]).shape == [1452, 464])
        let anat = try NiftiImage.load(haxby.anat[0])
        expectEqual(anat.shape, [140, 240, 240])
        let again = try Datasets.fetchHaxby(dataDirectory: dir)
        #expect(again.isSimulated && again.folder == haxby.folder)
    }

    @Test func fetchUsesRealFilesWhenPresent() throws {
        let dir = try NiftiFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let folder = dir + "/haxby2001/subj3"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in HaxbyDataset.fileNames { #expect(FileManager.default.createFile(atPath: folder + "/" + name, contents: Data())) }
        let haxby = try Datasets.fetchHaxby(subject: 3, dataDirectory: dir)
        #expect(!haxby.isSimulated)
        expectEqual(haxby.func[0], folder + "/bold.nii.gz")
        expectEqual(haxby.maskVT[0], folder + "/mask4_vt.nii.gz")
        #expect(haxby.sessionTarget[0].hasSuffix("subj3/labels.txt"))
        #expect { try Datasets.fetchHaxby(subject: 3, dataDirectory: dir, simulated: true) } throws: {
            "\($0)".contains("real Haxby data")
        }
        #expect { try Datasets.fetchHaxby(subject: 4, dataDirectory: dir, simulated: false) } throws: {
            "\($0)".contains("subj4")
        }
        #expect(!FileManager.default.fileExists(atPath: dir + "/haxby2001/subj4"))
    }

    @Test func dataDirectoryFallsBackToHome() {
        expectEqual(Datasets.dataDirectory("/x/y"), "/x/y")
        if ProcessInfo.processInfo.environment["DECODING_DATA"] == nil {
            #expect(Datasets.dataDirectory().hasSuffix("/decoding_data"))
        }
    }
}

/// What the runner's result cache keys on: the real data present, by name and size.
struct DataInventoryTests {
    @Test func listsRealSubjectsAndMaskButNotSimulatedOrPartialData() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("inventory-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let fm = FileManager.default
        func write(_ path: String, _ text: String) throws {
            let url = URL(fileURLWithPath: root + "/" + path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        expectEqual(HaxbyFiles.realDataInventory(dataDirectory: root), [])
        for name in HaxbyDataset.fileNames { try write("haxby2001/subj1/\(name)", "real \(name)") }
        for name in HaxbyDataset.fileNames { try write("haxby2001/subj2/\(name)", "simulated") }
        try write("haxby2001/subj2/.simulated", "haxby-simulation 3")
        try write("haxby2001/subj3/bold.nii.gz", "incomplete download")
        try write("haxby2001/0123abcd/archive.tar.gz", "download in progress")
        try write("haxby2001/mask.nii.gz", "simulated mask")
        try write("haxby2001/.mask-simulated", "1")
        let listed = HaxbyFiles.realDataInventory(dataDirectory: root)
        expectEqual(listed.count, HaxbyDataset.fileNames.count)
        #expect(listed.contains("haxby2001/subj1/bold.nii.gz:\("real bold.nii.gz".utf8.count)"))
        try fm.removeItem(atPath: root + "/haxby2001/.mask-simulated")
        #expect(HaxbyFiles.realDataInventory(dataDirectory: root).contains("haxby2001/mask.nii.gz:14"))
    }
}
