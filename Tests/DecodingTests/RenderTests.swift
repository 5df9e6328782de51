import Testing
import TestSupport
@testable import Decoding

/// World-space slicing: what a cut shows must not depend on the images' voxel grids.
@Suite struct RenderTests {
    /// A bright cube marking `point` in an otherwise dim anatomy.
    static func marked(_ point: SIMD3<Double>, voxel: Double, halfWidth: Double = 3) -> Volume {
        let (dims, affine) = TestVolumes.anatomyGrid(voxel: voxel)
        return PlotTestVolumes.fill(dims, affine) { p in
            abs(p.x - point.x) <= halfWidth && abs(p.y - point.y) <= halfWidth && abs(p.z - point.z) <= halfWidth ? 1000 : 100
        }
    }

    @Test func theCutThroughAPointShowsThatPoint() throws {
        let point = SIMD3<Double>(-31, 17, 25)
        let anat = Self.marked(point, voxel: 2)
        let figure = try Plotting.plotAnat(anat, cutCoords: [point.x, point.y, point.z], annotate: false, drawCross: false)
        for (index, panel) in figure.panels.enumerated() {
            let (x, y) = panel.pixel(of: point)
            let bright = figure.canvas[Int(x), Int(y)]
            var beside = point
            beside[SliceScene.planeAxes(panel.axis).horizontal] += 12
            let (bx, by) = panel.pixel(of: beside)
            let dim = figure.canvas[Int(bx), Int(by)]
            #expect(bright.red > 0.6 && dim.red < 0.2, "panel \(index): \(bright) vs \(dim)")
        }
        // Cutting 12 mm off the marker misses it.
        let off = try Plotting.plotAnat(anat, displayMode: .z, cutCoords: [point.z + 12], annotate: false)
        let (x, y) = off.panels[0].pixel(of: point)
        #expect(off.canvas[Int(x), Int(y)].red < 0.2)
    }

    /// An ROI voxel on the seed's 3.5×3.75×3.75 mm, x-flipped grid over a 1 mm anatomy with a
    /// 8 mm bright cube around the same world point: the ROI covers the cube's middle, the cube
    /// shows around it, and beyond the cube the anatomy is dim — in every cut.
    @Test func overlayAndBackgroundLineUpAcrossGrids() throws {
        // Voxel (13, 25, 20) of the seed grid.
        let point = PlotTestVolumes.seedAffine.apply(SIMD3(13, 25, 20))
        let anat = Self.marked(point, voxel: 1, halfWidth: 4)
        let roi = PlotTestVolumes.sphere(centre: point, radius: 1)
        expectEqual(roi.values.filter { $0 > 0 }.count, 1)
        let figure = try Plotting.plotROI(roi, bgImg: anat, cutCoords: [point.x, point.y, point.z], alpha: 1,
                                          annotate: false, drawCross: false)
        for (index, panel) in figure.panels.enumerated() {
            #expect(PlotROITests.close(PlotROITests.color(figure, panel: index, at: point), Colormap.paired(0)))
            let (h, v) = SliceScene.planeAxes(panel.axis)
            for axis in [h, v] {
                for sign in [-1.0, 1.0] {
                    var cube = point, outside = point
                    cube[axis] += sign * 2.75
                    outside[axis] += sign * 6.5
                    let c = try #require(PlotROITests.color(figure, panel: index, at: cube))
                    let o = try #require(PlotROITests.color(figure, panel: index, at: outside))
                    #expect(c.red == c.blue && c.red > 0.4, "panel \(index) axis \(axis) \(sign): \(c)")
                    #expect(o.red < 0.2)
                }
            }
        }
    }

    @Test func layoutFollowsNilearnsProportions() throws {
        let anat = TestVolumes.anatomy(voxel: 4)
        let figure = try Plotting.plotAnat(anat)
        #expect((figure.width, figure.height) == (660, 350))
        // Panel widths follow the world extents across each cut (y, x, x).
        let widths = figure.panels.map { $0.x1 - $0.x0 }
        let extents = figure.panels.map { $0.horizontal.upperBound - $0.horizontal.lowerBound }
        #expect(abs(widths[0] / widths[1] - extents[0] / extents[1]) < 0.02)
        // Equal aspect: mm per pixel is the same across and up.
        for p in figure.panels {
            let across = (p.horizontal.upperBound - p.horizontal.lowerBound) / (p.x1 - p.x0)
            let up = (p.vertical.upperBound - p.vertical.lowerBound) / (p.y1 - p.y0)
            #expect(abs(across - up) < 1e-9)
        }
    }

    @Test func stackedModesShowSevenParallelCuts() throws {
        let anat = TestVolumes.anatomy(voxel: 4)
        let figure = try Plotting.plotAnat(anat, displayMode: .x)
        expectEqual(figure.panels.count, 7)
        #expect(figure.panels.allSatisfy { $0.axis == 0 })
        let coords = figure.panels.map(\.coordinate)
        expectEqual(coords, coords.sorted())
    }
}

@Suite struct PlotCutCoordsLiteralTests {
    @Test func aCountSpreadsThatManyCuts() throws {
        let anat = TestVolumes.anatomy(voxel: 4)
        let figure = try Plotting.plotAnat(anat, displayMode: .z, cutCoords: 4)
        expectEqual(figure.panels.count, 4)
        #expect((figure.width, figure.height) == (880, 320))
        let given = try Plotting.plotAnat(anat, displayMode: .y, cutCoords: [-10, 5])
        expectEqual(given.panels.map(\.coordinate), [-10, 5])
        #expect(throws: PlottingError.self) { try Plotting.plotAnat(anat, displayMode: .ortho, cutCoords: 3) }
    }
}

@Suite struct PlotMosaicTests {
    @Test func mosaicStacksAxialCoronalSagittalRows() throws {
        let stat = PlotTestVolumes.signedBlobs(positive: SIMD3(24, -18, -40), negative: SIMD3(-24, -18, -40))
        let figure = try Plotting.plotStatMap(stat, bgImg: TestVolumes.anatomy(voxel: 4), displayMode: .mosaic,
                                              cutCoords: 3)
        #expect((figure.width, figure.height) == (1270, 500))
        expectEqual(figure.panels.map(\.axis), [2, 2, 2, 1, 1, 1, 0, 0, 0])
        let rowTop = { (axis: Int) in figure.panels.filter { $0.axis == axis }.map(\.y0).min()! }
        #expect(rowTop(2) < rowTop(1) && rowTop(1) < rowTop(0))
        #expect(throws: PlottingError.self) { try Plotting.plotStatMap(stat, displayMode: .mosaic, cutCoords: [1, 2, 3]) }
    }
}
