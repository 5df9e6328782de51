import Foundation
import Testing
@testable import Decoding

/// Draws the two seed figures on synthetic data. With `PLOT_PREVIEW_DIR` set, writes them there
/// to look at beside nilearn's reference renders.
@Suite struct PlotPreviewTests {
    @Test func seedFiguresHaveNilearnSizes() throws {
        let anat = PlotTestVolumes.anatomy(voxel: 2)
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
}
