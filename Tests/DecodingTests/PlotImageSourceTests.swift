import Foundation
import Testing
import TestSupport
@testable import Decoding

@Suite struct PlotImageSourceTests {
    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plot-nifti-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func plotsFromNiftiFilesMatchPlotsFromVolumes() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let anat = TestVolumes.anatomy(voxel: 4)
        let roi = PlotTestVolumes.sphere(centre: SIMD3(22, -20, -40), radius: 10)
        let anatPath = dir.appendingPathComponent("anat.nii.gz").path, roiPath = dir.appendingPathComponent("mask.nii").path
        try NiftiImage(volume: anat).write(to: anatPath)
        try NiftiImage(volume: roi).write(to: roiPath)
        let fromFiles = try Plotting.plotROI(roiPath, bgImg: anatPath, cmap: .paired)
        let fromVolumes = try Plotting.plotROI(roi, bgImg: anat, cmap: .paired)
        expectEqual(fromFiles.canvas, fromVolumes.canvas)
        let stat = try Plotting.plotStatMap(try NiftiImage.load(roiPath), bgImg: URL(fileURLWithPath: anatPath),
                                            title: "SVM weights", displayMode: .yx)
        #expect((stat.width, stat.height) == (510, 350))
    }

    /// Every option reaches the drawing whatever the image source (the path overload of
    /// `plotImg` used to drop `dim`).
    @Test func plotImgFromAPathHonoursDim() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let anat = TestVolumes.anatomy(voxel: 4), roi = PlotTestVolumes.sphere(centre: SIMD3(22, -20, -40), radius: 10)
        let anatPath = dir.appendingPathComponent("anat.nii.gz").path, roiPath = dir.appendingPathComponent("roi.nii").path
        try NiftiImage(volume: anat).write(to: anatPath)
        try NiftiImage(volume: roi).write(to: roiPath)
        let dimmed = try Plotting.plotImg(roiPath, bgImg: anatPath, cmap: .inferno, threshold: 0.5, dim: 0.8)
        let fromVolumes = try Plotting.plotImg(roi, bgImg: anat, cmap: .inferno, threshold: 0.5, dim: 0.8)
        let plain = try Plotting.plotImg(roiPath, bgImg: anatPath, cmap: .inferno, threshold: 0.5)
        expectEqual(dimmed.canvas, fromVolumes.canvas)
        #expect(dimmed.canvas != plain.canvas)
    }

    @Test func fourDImagesWithSeveralVolumesAreRefused() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("bold.nii").path
        let image = try NiftiImage(data: [Float](repeating: 1, count: 4 * 4 * 4 * 2), shape: [4, 4, 4, 2],
                                   affine: .identity)
        try image.write(to: path)
        #expect(throws: PlottingError.notSingleVolume(path: path, volumes: 2)) {
            try Plotting.plotStatMap(path)
        }
        let error = PlottingError.notSingleVolume(path: path, volumes: 2)
        #expect(error.description.contains("bold.nii") && error.description.contains("2 volumes"))
    }
}
