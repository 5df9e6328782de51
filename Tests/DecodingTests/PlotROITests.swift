import Testing
import TestSupport
@testable import Decoding

@Suite struct PlotROITests {
    static let centre = SIMD3<Double>(22, -20, -40)

    /// Colour of the figure's pixel showing world point `p` in panel `index`.
    static func color(_ figure: Figure, panel index: Int, at p: SIMD3<Double>) -> RGBA? {
        let (x, y) = figure.panels[index].pixel(of: p)
        return PlotTestVolumes.color(figure, x, y)
    }

    static func close(_ a: RGBA?, _ b: RGBA, tolerance: Float = 2.5 / 255) -> Bool {
        guard let a else { return false }
        return abs(a.red - b.red) <= tolerance && abs(a.green - b.green) <= tolerance && abs(a.blue - b.blue) <= tolerance
    }

    @Test func roiAppearsAtItsPlaceInPairedFirstColour() throws {
        let roi = PlotTestVolumes.sphere(centre: Self.centre, radius: 10)
        let figure = try Plotting.plotROI(roi, bgImg: PlotTestVolumes.blank(), cutCoords: [22, -20, -40],
                                          annotate: false, drawCross: false)
        expectEqual(figure.panels.map(\.axis), [0, 1, 2])
        // Paired's light blue at alpha 0.7 over the black background.
        let paired = Colormap.paired[0]
        let expected = RGBA(paired.red * 0.7, paired.green * 0.7, paired.blue * 0.7)
        for panel in 0..<3 {
            let inside = Self.color(figure, panel: panel, at: Self.centre)
            #expect(Self.close(inside, expected), "panel \(panel): \(String(describing: inside))")
            // 20 mm away along each in-plane axis: background.
            let (h, v) = SliceScene.planeAxes(figure.panels[panel].axis)
            for axis in [h, v] {
                var away = Self.centre
                away[axis] += 20
                #expect(Self.close(Self.color(figure, panel: panel, at: away), .black))
            }
        }
    }

    @Test func automaticCutsGoThroughTheROIsCentre() throws {
        let roi = PlotTestVolumes.sphere(centre: Self.centre, radius: 10)
        let figure = try Plotting.plotROI(roi)
        let voxel = PlotTestVolumes.seedAffine.voxelSizes
        for (panel, expected) in zip(figure.panels, [Self.centre.x, Self.centre.y, Self.centre.z]) {
            #expect(abs(panel.coordinate - expected) <= voxel[panel.axis] / 2)
        }
    }

    /// The seed grid stores x flipped (i grows to the left); the figure must still show the
    /// right hemisphere (x > 0) on the right of coronal and axial cuts, as nilearn does.
    @Test func rightHemisphereIsOnTheRight() throws {
        let roi = PlotTestVolumes.sphere(centre: SIMD3(40, 0, 0), radius: 8)
        let bg = TestVolumes.anatomy(voxel: 4)
        let figure = try Plotting.plotROI(roi, bgImg: bg, displayMode: .yz, cutCoords: [0, 0], annotate: false,
                                          drawCross: false)
        for panel in figure.panels {
            let (x, _) = panel.pixel(of: SIMD3(40, 0, 0))
            #expect(x > (panel.x0 + panel.x1) / 2)
            let index = try #require(figure.panels.firstIndex(of: panel))
            let right = try #require(Self.color(figure, panel: index, at: SIMD3(40, 0, 0)))
            #expect(Self.close(right, Colormap.paired(0).fading(0.7), tolerance: 0.2))
            #expect(!Self.close(Self.color(figure, panel: index, at: SIMD3(-40, 0, 0)), right))
        }
    }

    @Test func labelImagesSpanTheColormapAndGetAColorbar() throws {
        var roi = PlotTestVolumes.sphere(centre: SIMD3(-30, 0, 0), radius: 8, value: 1)
        let second = PlotTestVolumes.sphere(centre: SIMD3(30, 0, 0), radius: 8, value: 3)
        roi.values = zip(roi.values, second.values).map { max($0, $1) }
        let figure = try Plotting.plotROI(roi, bgImg: PlotTestVolumes.blank(), displayMode: .z, cutCoords: [0], alpha: 1,
                                          annotate: false)
        #expect(Self.close(Self.color(figure, panel: 0, at: SIMD3(-30, 0, 0)), Colormap.paired(0)))
        #expect(Self.close(Self.color(figure, panel: 0, at: SIMD3(30, 0, 0)), Colormap.paired(1)))
        let bar = SliceScene.colorbarFrame(width: figure.width, height: figure.height, panelCount: 1)
        let top = figure.canvas[Int((bar.x0 + bar.x1) / 2), Int(bar.y0) + 3]
        #expect(Self.close(top, Colormap.paired(1)))
    }

    @Test func overlayOutsideTheBackgroundIsAnError() throws {
        let bg = TestVolumes.anatomy(voxel: 4)
        var far = PlotTestVolumes.seedAffine
        far[0, 3] += 1000
        let roi = PlotTestVolumes.sphere(centre: SIMD3(1000, 0, 0), radius: 10, affine: far)
        let error = try #require(throws: PlottingError.self) { try Plotting.plotROI(roi, bgImg: bg) }
        #expect(error.description.contains("does not overlap"))
    }

    @Test func wrongCutCoordsCountIsAnError() throws {
        let roi = PlotTestVolumes.sphere(centre: Self.centre, radius: 10)
        #expect(throws: PlottingError.cutCoordsCount(displayMode: "yx", expected: 2, got: 1)) {
            try Plotting.plotROI(roi, displayMode: .yx, cutCoords: [1])
        }
    }

    @Test func figuresReachTheCaptureHook() throws {
        let roi = PlotTestVolumes.sphere(centre: Self.centre, radius: 10)
        let title = "capture-\(Int.random(in: 0..<1_000_000))"
        FigureCapture.isEnabled = true
        defer { FigureCapture.isEnabled = false }
        _ = try Plotting.plotROI(roi, displayMode: .z, cutCoords: [-40], title: title)
        let drained = FigureCapture.drain()
        #expect(drained.contains { $0.altText == "plot_roi: \(title)" })
    }
}
