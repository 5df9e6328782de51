import Foundation
import Testing
import TestSupport
@testable import Decoding

@Suite struct PNGTests {
    @Test func encodeDecodeRoundTripsEveryPixel() throws {
        var canvas = Canvas(width: 37, height: 11, background: RGBA(0.2, 0.4, 0.6, 1))
        canvas.fill(x0: 3, y0: 2, x1: 20, y1: 9, RGBA(1, 0, 0, 0.5))
        canvas.blend(x: 36, y: 10, RGBA(0, 1, 0))
        let png = try PNGCodec.encode(width: canvas.width, height: canvas.height, rgba: canvas.pixels, dpi: 100)
        let decoded = try PNGCodec.decode(png)
        #expect(decoded.width == 37 && decoded.height == 11)
        expectEqual(decoded.rgba, canvas.pixels)
    }

    @Test func figureSavesADecodablePNGOfItsSize() throws {
        let roi = PlotTestVolumes.sphere(centre: SIMD3(0, 0, 0), radius: 10)
        let figure = try Plotting.plotROI(roi, displayMode: .z, cutCoords: [0], size: .pixels(width: 200, height: 150))
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("png-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("roi.png").path
        try figure.save(to: path)
        let decoded = try PNGCodec.decode([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        #expect(decoded.width == 200 && decoded.height == 150)
        expectEqual(decoded.rgba, figure.canvas.pixels)
        // Written through a temporary file: nothing else is left in the folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["roi.png"])
    }

    @Test func savingAtAnotherDPIRedrawsAtThatResolution() throws {
        let roi = PlotTestVolumes.sphere(centre: SIMD3(0, 0, 0), radius: 10)
        let figure = try Plotting.plotROI(roi)
        let big = try figure.rendered(dpi: 200)
        #expect((big.width, big.height) == (1460, 700))
    }

    @Test func emptyOrHugeSizesAreErrors() {
        let roi = PlotTestVolumes.sphere(centre: SIMD3(0, 0, 0), radius: 10)
        #expect(throws: PlottingError.self) { try Plotting.plotROI(roi, size: .pixels(width: 0, height: 10)) }
        #expect(throws: PlottingError.self) { try Plotting.plotROI(roi, size: .inches(width: 730, height: 350)) }
    }

    /// matplotlib refuses a colour range upside down; so do we, naming both ends.
    @Test func anInvertedColorRangeIsAnError() {
        let roi = PlotTestVolumes.sphere(centre: SIMD3(0, 0, 0), radius: 10)
        #expect(throws: PlottingError.invalidColorRange(vmin: 0.9, vmax: 0.2)) { try Plotting.plotImg(roi, vmin: 0.9, vmax: 0.2) }
        expectEqual(PlottingError.invalidColorRange(vmin: 0.9, vmax: 0.2).description, "vmin (0.9) must be a number less than or equal to vmax (0.2)")
    }

    @Test func unwritablePathIsReported() throws {
        let roi = PlotTestVolumes.sphere(centre: SIMD3(0, 0, 0), radius: 10)
        let figure = try Plotting.plotROI(roi, displayMode: .z, cutCoords: [0])
        let path = "/nonexistent-dir-\(UUID().uuidString)/roi.png"
        let error = try #require(throws: PlottingError.self) { try figure.save(to: path) }
        guard case .unwritablePath(let p, _) = error else { Issue.record("got \(error)"); return }
        expectEqual(p, path)
        #expect(error.description.contains(path))
    }
}
