import Foundation
import Testing

@testable import Decoding

/// Damaged and unsupported files are refused with an error naming the file and the field.
@Suite final class NiftiErrorTests {
    let dir: String
    let good: [UInt8]

    deinit { try? FileManager.default.removeItem(atPath: dir) }

    init() throws {
        dir = try NiftiFixtures.temporaryDirectory()
        good = Array(try Data(contentsOf: URL(fileURLWithPath: NiftiFixtures.path("u8_sform.nii"))))
    }

    /// Writes `bytes` as `name` in the scratch folder and tries to load and fully read it.
    func load(_ bytes: [UInt8], _ name: String = "bad.nii") throws -> NiftiImage {
        let path = dir + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let image = try NiftiImage.load(path)
        _ = try image.fdata()
        return image
    }

    func patched(_ offset: Int, _ values: [UInt8]) -> [UInt8] {
        var b = good
        for (i, v) in values.enumerated() { b[offset + i] = v }
        return b
    }

    func le16(_ v: Int16) -> [UInt8] { withUnsafeBytes(of: v.littleEndian) { Array($0) } }

    func expectError(_ bytes: [UInt8], _ name: String = "bad.nii", mentions words: [String]) {
        do {
            _ = try load(bytes, name)
            Issue.record("\(name) loaded although it is damaged (expected an error mentioning \(words))")
        } catch {
            let text = "\(error)"
            #expect(text.contains(name), "error does not name the file: \(text)")
            for w in words { #expect(text.contains(w), "error does not mention \(w): \(text)") }
        }
    }

    @Test func headerProblems() {
        expectError(Array(good.prefix(100)), mentions: ["truncated header", "100 bytes"])
        expectError(patched(344, Array("abc\0".utf8)), mentions: ["magic", "abc"])
        expectError(patched(0, [0, 0, 0, 0]), mentions: ["sizeof_hdr", "0"])
        expectError(patched(40, le16(9)), mentions: ["dim[0]", "9"])
        expectError(patched(42, le16(0)), mentions: ["dim[1]", "0"])
        expectError(patched(44, le16(-4)), mentions: ["dim[2]", "-4"])
        expectError(patched(70, le16(32)), mentions: ["datatype", "complex64"])
        expectError(patched(70, le16(2304)), mentions: ["datatype", "RGBA"])
    }

    @Test func sizeProblems() {
        // 7 dims of 32767 overflow Int64 bytes.
        var huge = patched(40, le16(7))
        for axis in 1...7 { huge.replaceSubrange((40 + 2 * axis)..<(42 + 2 * axis), with: le16(32767)) }
        expectError(huge, mentions: ["dim", "refused before allocating"])
        expectError(Array(good.dropLast(5)), mentions: ["truncated data", "expected 24 bytes", "found 19"])
        var offset = good
        withUnsafeBytes(of: Float(4000).bitPattern.littleEndian) { offset.replaceSubrange(108..<112, with: $0) }
        expectError(offset, mentions: ["vox_offset", "4000"])
    }

    @Test func memoryCapIsCheckedBeforeAllocating() throws {
        let image = try NiftiImage.load(NiftiFixtures.path("nibabel_example4d.nii.gz"))
        #expect(throws: NiftiError.self) { try image.fdata(memoryLimit: 1000) }
        do { _ = try image.fdata(memoryLimit: 1000) } catch { #expect("\(error)".contains("over the limit of 1000 bytes")) }
    }

    @Test func nifti2IsRecognised() throws {
        do {
            _ = try NiftiImage.load(NiftiFixtures.path("nibabel_example_nifti2.nii.gz"))
            Issue.record("a NIfTI-2 file loaded as NIfTI-1")
        } catch {
            #expect("\(error)".contains("NIfTI-2"))
        }
    }

    @Test func gzipProblems() throws {
        let gz = Array(try Data(contentsOf: URL(fileURLWithPath: NiftiFixtures.path("nibabel_example4d.nii.gz"))))
        expectError(Array(gz.prefix(gz.count / 2)), "half.nii.gz", mentions: ["gzip", "truncated"])
        var corrupt = gz
        for i in stride(from: 2000, to: 2400, by: 7) { corrupt[i] ^= 0x5a }
        expectError(corrupt, "corrupt.nii.gz", mentions: ["corrupt"])
    }

    @Test func missingImgOfAPair() throws {
        let hdr = try Data(contentsOf: URL(fileURLWithPath: NiftiFixtures.path("pair.hdr")))
        try hdr.write(to: URL(fileURLWithPath: dir + "/lonely.hdr"))
        #expect { try NiftiImage.load(dir + "/lonely.hdr") } throws: { "\($0)".contains("lonely.img") }
    }

    @Test func missingFile() {
        #expect { try NiftiImage.load(dir + "/nothing.nii") } throws: { "\($0)".contains("nothing.nii") }
    }
}
