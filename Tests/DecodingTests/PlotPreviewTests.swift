import Foundation
import Testing
import TestSupport
@testable import Decoding

/// Draws the two seed figures on synthetic data. With `PLOT_PREVIEW_DIR` set, writes them there
/// to look at beside nilearn's reference renders.
@Suite struct PlotPreviewTests {
    @Test func seedFiguresHaveNilearnSizes() throws {
        let anat = TestVolumes.anatomy(voxel: 2)
        let roi = PlotTestVolumes.sphere(centre: SIMD3(22, -20, -40), radius: 9)
        let stat = PlotTestVolumes.signedBlobs(positive: SIMD3(24, -18, -40), negative: SIMD3(16, -26, -36))
        let roiFigure = try Plotting.plotROI(roi, bgImg: anat, cmap: .paired)
        let statFigure = try Plotting.plotStatMap(stat, bgImg: anat, title: "SVM weights", displayMode: .yx)
        #expect((roiFigure.width, roiFigure.height) == (730, 350))
        #expect((statFigure.width, statFigure.height) == (510, 350))
        if let dir = ProcessInfo.processInfo.environment["PLOT_PREVIEW_DIR"] {
            try roiFigure.save(to: dir + "/plot_roi.png")
            try statFigure.save(to: dir + "/plot_stat_map.png")
            try Plotting.plotStatMap(stat, bgImg: anat, title: "cold_hot", cmap: .coldHot).save(to: dir + "/plot_stat_map_ortho.png")
            try Plotting.plotAnat(anat, title: "anat", displayMode: .z).save(to: dir + "/plot_anat_z.png")
            try Plotting.plotStatMap(stat, bgImg: anat, title: "thresholded", threshold: 0.02, cmap: .coldHot)
                .save(to: dir + "/plot_stat_map_threshold.png")
            var labels = roi
            let second = PlotTestVolumes.sphere(centre: SIMD3(-30, 10, 0), radius: 12, value: 4)
            labels.values = zip(roi.values, second.values).map { max($0, $1) }
            try Plotting.plotROI(labels, bgImg: anat, cmap: .set1, displayMode: .xz, title: "labels")
                .save(to: dir + "/plot_roi_labels.png")
            try Plotting.plotStatMap(stat, bgImg: anat, title: "mosaic", displayMode: .mosaic, cutCoords: 4)
                .save(to: dir + "/plot_stat_map_mosaic.png")
        }
    }

    /// nilearn's searchlight figures (scripts/golden/plot_searchlight_reference.py draws the same
    /// images with nilearn): plot_img with inferno, vmin/vmax, threshold, black_bg, a colorbar
    /// and one axial cut over a mean EPI; plot_stat_map of F-scores over the same background.
    @Test func searchlightFiguresTakeNilearnsOptions() throws {
        let affine = Affine(rows: [[-3.5, 0, 0, 68.25], [0, 3.75, 0, -118.125], [0, 0, 3.75, -118.125], [0, 0, 0, 1]])
        func radius(_ p: SIMD3<Double>) -> Double {
            PlotTestVolumes.squaredLength(p.x / 65, (p.y + 15) / 85, p.z / 70).squareRoot()
        }
        let dims = SIMD3(40, 64, 64)
        let meanEPI = Volume(dimensions: dims, affine: affine) { p in
            let r = radius(p)
            return r > 1 ? 0 : Float(600 + 250 * cos(r * 3 * .pi) + 150 * r)
        }
        let scores = Volume(dimensions: dims, affine: affine) { p in
            radius(p) > 1 ? 0 : Float(0.5 + 0.35 * sin(0.15 * p.x) * cos(0.1 * p.y))
        }
        let fScores = Volume(dimensions: dims, affine: affine) { p in
            radius(p) > 1 ? 0 : Float(min(10, 12 * exp(-PlotTestVolumes.squaredDistance(p, SIMD3(20, -30, -9)) / 300)))
        }
        let scoresFigure = try Plotting.plotImg(
            scores, bgImg: meanEPI, title: "Searchlight scores image", displayMode: .z, cutCoords: [-9],
            cmap: .inferno, threshold: 0.2, vmin: 0.2, vmax: 0.9, colorbar: true, blackBg: true)
        let fFigure = try Plotting.plotStatMap(fScores, bgImg: meanEPI, title: "F-scores", displayMode: .z,
                                               cutCoords: [-9], cmap: .inferno)
        // nilearn's sizes for one axial cut with a colorbar: (2.2 + 0.7) in × 3.2 in.
        #expect((scoresFigure.width, scoresFigure.height) == (290, 320))
        let corner = (scoresFigure.width - 2, scoresFigure.height - 2)
        #expect(scoresFigure.canvas[corner.0, corner.1] == .black && fFigure.canvas[corner.0, corner.1] == .black)
        let white = try Plotting.plotImg(scores, bgImg: meanEPI, displayMode: .z, cutCoords: [-9], cmap: .inferno)
        expectEqual(white.canvas[corner.0, corner.1], .white)
        // A one-signed map spans the whole colormap: the F-score peak (10) is inferno's top.
        let peak = fFigure.panels[0].pixel(of: SIMD3(20, -30, -9))
        let peakColor = fFigure.canvas[Int(peak.x), Int(peak.y)], hot = Colormap.inferno(1)
        #expect(abs(peakColor.red - hot.red) < 0.05 && abs(peakColor.blue - hot.blue) < 0.1)
        // A score of 0.9 or more takes inferno's top colour; the colorbar shows it at its top.
        let top = Colormap.inferno(1)
        let bar = SliceScene.colorbarFrame(width: scoresFigure.width, height: scoresFigure.height, panelCount: 1)
        let near = scoresFigure.canvas[Int((bar.x0 + bar.x1) / 2), Int(bar.y0) + 1]
        #expect(abs(near.red - top.red) < 0.02 && abs(near.green - top.green) < 0.02 && abs(near.blue - top.blue) < 0.02)
        if let dir = ProcessInfo.processInfo.environment["PLOT_PREVIEW_DIR"] {
            try scoresFigure.save(to: dir + "/searchlight_scores.png")
            try fFigure.save(to: dir + "/searchlight_fscores.png")
        }
    }
}
