import Foundation
import Testing
import TestSupport

@testable import Decoding

/// Every golden file written by scripts/golden/nifti_golden.py (and nibabel's own test files)
/// reads back with nibabel's shape, affine, datatype, voxels and printed form.
@Suite struct NiftiReadingTests {
    nonisolated(unsafe) static let golden = try! NiftiFixtures.json("expected.json")
    static let names = golden.keys.filter { !$0.hasPrefix("_") }.sorted()

    @Test(arguments: names)
    func matchesNibabel(name: String) throws {
        let expected = Self.golden[name] as! [String: Any]
        let image = try NiftiImage.load(NiftiFixtures.path(name))
        expectEqual(image.shape.dimensions, expected["shape"] as! [Int])
        expectEqual(image.datatype.description, expected["datatype"] as! String)
        let affine = NiftiFixtures.affineRows(expected["affine"])
        for (a, b) in zip(image.affine.matrix, affine) { #expect(abs(a - b) < 1e-6, "affine of \(name)") }
        let data = try image.fdata()
        expectEqual(data.count, expected["count"] as! Int)
        let golden = expected["data"] as! [Any]
        var worst = 0.0
        for (a, b) in zip(data, golden) {
            guard let b = b as? Double else { #expect(!a.isFinite); continue }
            worst = max(worst, abs(a - b) / max(1, abs(b)))
        }
        #expect(worst < 1e-12, "voxels of \(name) differ by \(worst)")
        let sum = data.filter { !$0.isNaN }.reduce(0, +)
        let expectedSum = expected["sum"] as! Double
        #expect(abs(sum - expectedSum) <= 1e-9 * max(1, abs(expectedSum)))
        // nibabel 5 prints "affine:"; the seed's (older) nibabel printed "affine: ", kept here.
        let printed = String(expected["printed"] as! String).replacingOccurrences(of: "\naffine:\n", with: "\naffine: \n").trimmingPrefix("\n").description
        expectEqual(image.description, printed, "\(firstDifference(image.description, printed))")
    }

    @Test func seedCoefImagePrintsLikeTheTutorial() throws {
        let seed = Affine(rows: [[-3.5, 0, 0, 68.25], [0, 3.75, 0, -118.125], [0, 0, 3.75, -118.125], [0, 0, 0, 1]])
        let image = try NiftiImage(data: [Double](repeating: 0, count: 40 * 64 * 64), shape: [40, 64, 64, 1], affine: seed)
        let printed = (Self.golden["_printed_seed_coef_img"] as! String)
            .replacingOccurrences(of: "\naffine:\n", with: "\naffine: \n").trimmingPrefix("\n").description
        expectEqual(image.description, printed, "\(firstDifference(image.description, printed))")
    }

    @Test func volumesStreamFromA4DFile() throws {
        let image = try NiftiImage.load(NiftiFixtures.path("f64_be_4d.nii.gz"))
        let all = try image.fdata()
        let n = image.voxelsPerVolume
        for t in [0, 3, 5] {
            let v = try image.volume(at: t)
            expectEqual(v.dimensions, SIMD3(3, 4, 5))
            expectEqual(v.values, all[(t * n)..<((t + 1) * n)].map { Float($0) })
        }
        #expect(throws: NiftiError.self) { try image.volume(at: 6) }
    }

    @Test func roundTripIsExact() throws {
        let dir = try NiftiFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for name in Self.names {
            let original = try NiftiImage.load(NiftiFixtures.path(name))
            for ext in [".nii", ".nii.gz"] {
                let out = dir + "/copy" + ext
                try original.write(to: out)
                let copy = try NiftiImage.load(out)
                var a = original.header, b = copy.header
                a.isBigEndian = false; b.isBigEndian = false
                a.magic = b.magic
                expectEqual(a, b, "header of \(name) through \(ext): \(firstDifference(a.description, b.description))")
                expectEqual(copy.affine, original.affine)
                #expect(try copy.fdata() == original.fdata(), "voxels of \(name) through \(ext)")
            }
        }
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: dir).contains { $0.hasSuffix(".part") }))
    }

    /// `cat a.gz b.gz` is a valid gzip file (several members); nibabel reads it, so do we.
    @Test func multiMemberGzipReads() throws {
        let dir = try NiftiFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let raw = Array(try Data(contentsOf: URL(fileURLWithPath: NiftiFixtures.path("u8_sform.nii"))))
        var joined = [UInt8]()
        for (n, part) in [raw[..<200], raw[200..<300], raw[300...]].enumerated() {
            let path = dir + "/part\(n).gz"
            let sink = try AnySink(destination: path)
            try sink.write(Array(part))
            try sink.finish()
            joined += try Data(contentsOf: URL(fileURLWithPath: path))
        }
        try Data(joined).write(to: URL(fileURLWithPath: dir + "/joined.nii.gz"))
        let image = try NiftiImage.load(dir + "/joined.nii.gz")
        #expect(try image.fdata() == NiftiImage.load(NiftiFixtures.path("u8_sform.nii")).fdata())
    }

    @Test func inMemoryImagesKeepTheirDatatype() throws {
        let dir = try NiftiFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let values: [Int16] = [1, -2, 3, -4, 5, -6, 7, -8]
        let image = try NiftiImage(data: values, shape: [2, 2, 2], affine: .identity)
        expectEqual(image.datatype, .int16)
        try image.toFilename(dir + "/small.nii.gz")
        let back = try NiftiImage.load(dir + "/small.nii.gz")
        expectEqual(back.datatype, .int16)
        #expect(try back.fdata() == values.map(Double.init))
        expectEqual(back.affine, .identity)
        #expect(throws: NiftiError.self) { try NiftiImage(data: values, shape: [3, 3], affine: .identity) }
        let converted = try NiftiImage(data: [-1.4, 2.6, 300, 7], shape: [2, 2], affine: .identity, datatype: .uint8)
        expectEqual(converted.datatype, .uint8)
        #expect(try converted.fdata() == [0, 3, 255, 7])
    }

    /// The field table packs the 348 bytes at the NIfTI-1 standard's offsets.
    @Test func headerFieldsSitAtTheStandardOffsets() {
        let offsets = Dictionary(uniqueKeysWithValues: NiftiHeader.layout.map { ($0.field.name, $0.offset) })
        #expect(offsets["dim"] == 40 && offsets["pixdim"] == 76 && offsets["vox_offset"] == 108)
        #expect(offsets["descrip"] == 148 && offsets["qform_code"] == 252 && offsets["srow_x"] == 280)
        expectEqual(offsets["magic"], 344)
        expectEqual(NiftiHeader.layout.last.map { $0.offset + $0.field.size }, NiftiHeader.size)
    }
}
