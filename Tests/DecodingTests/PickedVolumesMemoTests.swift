import Foundation
import Testing
import TestSupport
@testable import Decoding

/// What picked volumes (``PickedVolumes``) avoid reading: their range until the header is
/// read, and a second pass when a smoothed masking already read them for the plain one.
/// (In `PickedVolumesTests`, whose bold file they share.)
extension PickedVolumesTests {
    func picked(_ image: NiftiImage) -> PickedVolumes? {
        if case let .picked(p) = image.storage { return p }
        return nil
    }

    @Test func theRangeIsFoundOnlyWhenTheHeaderIsRead() throws {
        let (dir, path, image) = try boldFile("bold.nii.gz")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let indices = [1, 2, 6]
        let lazy = try indexImg(path, indices), copy = try indexImg(image, indices)
        let p = try #require(picked(lazy))
        #expect(!p.range.isKnown)
        // Masking, shape, datatype and affine need no range.
        var masker = NiftiMasker(maskImg: try NiftiImage(data: [UInt8](repeating: 1, count: n), shape: [5, 4, 3],
                                                          affine: HaxbyGeometry.affine))
        _ = try masker.fitTransform(lazy)
        _ = (lazy.shape, lazy.datatype, lazy.affine, try smoothImg(lazy, fwhm: 4))
        #expect(!p.range.isKnown)
        #expect(lazy.header.calMin == copy.header.calMin && lazy.header.calMax == copy.header.calMax)
        #expect(p.range.isKnown)
        // Copies of the image share what was found.
        let again = lazy
        #expect(try #require(picked(again)).range.isKnown)
    }

    @Test func aTruncatedFileIsReportedWhenRead() throws {
        let (dir, path, _) = try boldFile("bold.nii")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let lazy = try indexImg(path, [0, 7])
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(352 + 7 * n * 2))
        try handle.close()
        // The file changed after picking: refused, whatever reads it.
        #expect(throws: NiftiError.changedSinceIndexed(file: path)) { try lazy.fdata() }
        #expect(lazy.header.calMin.isNaN && lazy.header.calMax.isNaN)
        // Written out: refused before anything is written.
        #expect(throws: NiftiError.changedSinceIndexed(file: path)) { try lazy.write(to: dir + "/out.nii") }
        #expect(!FileManager.default.fileExists(atPath: dir + "/out.nii"))
        // Loading the short file already says what is missing (an uncompressed file's size is known).
        #expect(throws: NiftiError.self) { try indexImg(path, [0, 7]) }
    }

    /// A smoothed masking keeps the plain matrix too: masking without smoothing then reads
    /// nothing (the file, changed meanwhile, would be refused) and equals the copy's.
    @Test func aSmoothedPassAlsoRemembersThePlainSignals() throws {
        let (dir, path, image) = try boldFile("bold.nii.gz")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let maskImage = try NiftiImage(data: (0..<n).map { UInt8($0 % 2) }, shape: [5, 4, 3], affine: HaxbyGeometry.affine)
        let indices = [0, 3, 4, 5]
        let lazy = try indexImg(path, indices), copy = try indexImg(image, indices)
        var smoothing = maskImage.embeddedMasker(standardize: true, smoothingFwhm: 5)
        var plain = maskImage.embeddedMasker(standardize: true, smoothingFwhm: nil)
        let expectedSmoothed = try smoothing.fitTransform(copy), expectedPlain = try plain.fitTransform(copy)
        #expect(try smoothing.transform(lazy) == expectedSmoothed)
        try indexImg(image, [7, 6, 5, 4, 3, 2, 1, 0]).write(to: path)
        #expect(try plain.transform(lazy) == expectedPlain)
        #expect(try smoothing.transform(lazy) == expectedSmoothed)
        // A plain masking first does not smooth speculatively.
        try image.write(to: dir + "/b.nii.gz")
        let fresh = try indexImg(dir + "/b.nii.gz", indices)
        _ = try plain.transform(fresh)
        let memo = try #require(fresh.maskedSignalsMemo)
        let voxels = try #require(plain.masker.mask).voxelOffsets
        #expect(memo[.init(voxels: voxels, smoothingFwhm: 5)] == nil)
        #expect(memo[.init(voxels: voxels, smoothingFwhm: nil)] != nil)
    }

    @Test func theMemoKeepsWhatFitsTheCopyItReplaces() {
        expectEqual(MaskedSignalsMemo(copyBytes: 1000).maximumBytes, 32 << 20)
        // 216 Haxby volumes of int16: both 27 MB whole-brain matrices fit.
        let haxby = MaskedSignalsMemo(copyBytes: 216 * 40 * 64 * 64 * 2)
        #expect(haxby.maximumBytes >= 2 * 216 * 31_650 * 4)
        let memo = MaskedSignalsMemo(maximumBytes: 100)
        let key = { (fwhm: Double?) in MaskedSignalsMemo.Key(voxels: [1, 2], smoothingFwhm: fwhm) }
        memo.remember(.single(Array(repeating: 1, count: 10)), as: key(nil))    // 40 bytes
        memo.remember(.double(Array(repeating: 2, count: 5)), as: key(4))       // 40 bytes
        #expect(memo[key(nil)] != nil && memo[key(4)] != nil)
        memo.remember(.single(Array(repeating: 3, count: 10)), as: key(6))     // the oldest goes
        #expect(memo[key(nil)] == nil && memo[key(4)] != nil && memo[key(6)] != nil)
        memo.remember(.single(Array(repeating: 4, count: 26)), as: key(8))      // too large: not kept
        #expect(memo[key(8)] == nil && memo[key(6)] != nil)
    }

    @Test func volumeRunsBecomeByteRanges() {
        let ranges = NiftiImage.byteRanges(of: [0, 1, 1, 3, 4, 9][...], volumeBytes: 10, offset: 352)
        expectEqual(ranges, [352..<372, 382..<402, 442..<452])
    }
}
