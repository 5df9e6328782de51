import Testing
import TestSupport
@testable import Decoding

@Suite struct PlotStatMapTests {
    static let positive = SIMD3<Double>(24, -18, -40)
    static let negative = SIMD3<Double>(-24, -18, -40)

    @Test func colorbarEndsAreTheColormapEndsAtPlusMinusVmax() throws {
        let stat = PlotTestVolumes.signedBlobs(positive: Self.positive, negative: Self.negative)
        let figure = try Plotting.plotStatMap(stat, displayMode: .yx, vmax: 0.04, cmap: .coldHot)
        let bar = SliceScene.colorbarFrame(width: figure.width, height: figure.height, panelCount: 2)
        let x = Int((bar.x0 + bar.x1) / 2)
        // The first and last rows clear of the outline show the colormap's end entries.
        let top = figure.canvas[x, Int(bar.y0.rounded()) + 1], bottom = figure.canvas[x, Int(bar.y1.rounded()) - 2]
        let n = Colormap.coldHot.colors.count
        #expect([n - 1, n - 2].contains { PlotROITests.close(top, Colormap.coldHot[$0]) }, "top \(top)")
        #expect([0, 1].contains { PlotROITests.close(bottom, Colormap.coldHot[$0]) }, "bottom \(bottom)")
        // Without vmax the bar spans ± the largest |value| (0.05).
        let auto = try Plotting.plotStatMap(stat, displayMode: .yx)
        expectEqual(auto.altText, "plot_stat_map")
    }

    @Test func peaksTakeTheColoursOfTheirSign() throws {
        let stat = PlotTestVolumes.signedBlobs(positive: Self.positive, negative: Self.negative)
        let figure = try Plotting.plotStatMap(stat, bgImg: PlotTestVolumes.blank(), displayMode: .z, cutCoords: [-40],
                                              annotate: false, drawCross: false)
        let panel = figure.panels[0]
        func color(_ p: SIMD3<Double>) -> RGBA? {
            let (x, y) = panel.pixel(of: p)
            return PlotTestVolumes.color(figure, x, y)
        }
        // The peaks are ±vmax (the map's own extremes): RdBu_r's dark red and dark blue.
        #expect(PlotROITests.close(color(Self.positive), Colormap.rdBuR(1), tolerance: 12 / 255))
        #expect(PlotROITests.close(color(Self.negative), Colormap.rdBuR(0), tolerance: 12 / 255))
        // Zero voxels are transparent: the black background shows.
        #expect(PlotROITests.close(color(SIMD3(0, 60, -40)), .black))
    }

    /// A map symmetric under x → −x on a grid symmetric about x = 0 gives a mirror-symmetric
    /// axial cut.
    @Test func symmetricMapsGiveSymmetricImages() throws {
        let stat = PlotTestVolumes.fill(PlotTestVolumes.seedDimensions, PlotTestVolumes.seedAffine) { p in
            let a = SIMD3(30.0, -10, -20), b = SIMD3(-30.0, -10, -20), c = SIMD3(0.0, 30, -20)
            func g(_ q: SIMD3<Double>, _ s: Double) -> Float {
                let d = PlotTestVolumes.squaredDistance(p, q)
                return d > 400 ? 0 : Float(s * (1 - d / 400))
            }
            return g(a, 1) + g(b, 1) + g(c, -1)
        }
        let figure = try Plotting.plotStatMap(stat, displayMode: .z, cutCoords: [-20], annotate: false,
                                              drawCross: false, interpolation: .nearest)
        let panel = figure.panels[0]
        var compared = 0, mismatched = 0
        for y in Int(panel.y0.rounded(.up))..<Int(panel.y1) {
            for x in Int(panel.x0.rounded(.up))..<Int(panel.x1) {
                let mirror = panel.x0 + panel.x1 - (Double(x) + 0.5)
                compared += 1
                if !PlotROITests.close(PlotTestVolumes.color(figure, mirror, Double(y)), figure.canvas[x, y]) { mismatched += 1 }
            }
        }
        // Only pixels straddling a voxel edge may differ (the mirror falls < 1 px off).
        #expect(compared > 10_000)
        #expect(Double(mismatched) / Double(compared) < 0.03, "\(mismatched) of \(compared) differ")
        // And the map itself shows: both positive blobs are red.
        let left = panel.pixel(of: SIMD3(-30, -10, -20)), right = panel.pixel(of: SIMD3(30, -10, -20))
        let leftColor = try #require(PlotTestVolumes.color(figure, left.x, left.y))
        #expect(PlotROITests.close(leftColor, try #require(PlotTestVolumes.color(figure, right.x, right.y))))
        #expect(leftColor.red > 0.3 && leftColor.blue < leftColor.red)
    }

    @Test func thresholdedValuesAreTransparent() throws {
        let stat = PlotTestVolumes.signedBlobs(positive: Self.positive, negative: Self.negative)
        let figure = try Plotting.plotStatMap(stat, bgImg: PlotTestVolumes.blank(), displayMode: .z, cutCoords: [-40],
                                              threshold: 0.06 * 0.9, vmax: 0.06, annotate: false, drawCross: false)
        // Peak 0.05 < threshold 0.054: nothing of the map shows.
        let (x, y) = figure.panels[0].pixel(of: Self.positive)
        #expect(PlotROITests.close(PlotTestVolumes.color(figure, x, y), .black))
    }

    @Test func allZeroMapIsAnError() {
        let zero = Volume(dimensions: SIMD3(4, 4, 4), affine: .identity, values: [Float](repeating: 0, count: 64))
        #expect(throws: PlottingError.allZeroStatMap) { try Plotting.plotStatMap(zero) }
    }

    @Test func automaticCutFindsTheStrongestCluster() throws {
        // One big positive blob and a small weak one: cuts go through the big one.
        let big = PlotTestVolumes.signedBlobs(positive: SIMD3(30, 10, 0), negative: SIMD3(-40, -60, 40), peak: 1)
        var stat = big
        for i in stat.values.indices where stat.values[i] < 0 { stat.values[i] *= 0.1 }
        let figure = try Plotting.plotStatMap(stat)
        let coords = figure.panels.map(\.coordinate)
        #expect(abs(coords[0] - 30) < 4 && abs(coords[1] - 10) < 4 && abs(coords[2] - 0) < 4, "\(coords)")
    }
}
