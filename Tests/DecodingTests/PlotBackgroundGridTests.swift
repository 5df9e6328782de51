import Foundation
import Testing
import TestSupport
@testable import Decoding

/// Backgrounds read from files stay in their stored int16 and are summarised while decoded
/// (`VoxelGrid`, `VolumeSummary`): the figures must not change for it.
@Suite struct PlotBackgroundGridTests {
    /// The summary as three separate passes compute it (the definitions).
    static func reference(_ volume: Volume) -> (range: (Double, Double), box: (SIMD3<Int>, SIMD3<Int>)?, dark: Bool) {
        let finite = volume.values.filter(\.isFinite)
        let lo = finite.min().map(Double.init) ?? 0, hi = finite.max().map(Double.init) ?? 0
        var boxLo = SIMD3(Int.max, Int.max, Int.max), boxHi = SIMD3(Int.min, Int.min, Int.min)
        let d = volume.dimensions
        var border: [Float] = []
        func faces(_ n: Int) -> Set<Int> { Set(Array(0..<min(2, n)) + Array(max(0, n - 2)..<n)) }
        for k in 0..<d.z {
            for j in 0..<d.y {
                for i in 0..<d.x {
                    let v = volume[i, j, k]
                    if abs(v) > 1e-6 {
                        boxLo = pointwiseMin(boxLo, SIMD3(i, j, k))
                        boxHi = pointwiseMax(boxHi, SIMD3(i, j, k))
                    }
                    // Once per face the voxel lies on.
                    for (index, n) in [(i, d.x), (j, d.y), (k, d.z)] where faces(n).contains(index) { border.append(v) }
                }
            }
        }
        let middle = Float(0.5 * (lo + hi))
        let above = border.filter { $0 > middle }.count
        return ((lo, hi), boxLo.x <= boxHi.x ? (boxLo, boxHi) : nil, 2 * above <= border.count)
    }

    static func check(_ volume: Volume) {
        let summary = VolumeSummary(volume), expected = reference(volume)
        #expect(summary.range.lo == expected.range.0 && summary.range.hi == expected.range.1)
        #expect(summary.nonEmpty?.lo == expected.box?.0 && summary.nonEmpty?.hi == expected.box?.1)
        expectEqual(summary.darkBorder, expected.dark)
    }

    @Test func theOnePassSummaryMatchesTheDefinitions() {
        let anatomy = TestVolumes.anatomy(voxel: 8)
        Self.check(anatomy)
        // Odd row lengths (SIMD tails), grids thinner than the border, infinities and NaNs.
        for dims in [SIMD3(1, 1, 1), SIMD3(3, 2, 5), SIMD3(9, 4, 3), SIMD3(17, 3, 4)] {
            var volume = Volume(dimensions: dims, affine: .identity) { p in Float(p.x * 3 - p.y + p.z * p.z - 4) }
            Self.check(volume)
            volume.values[volume.values.count / 2] = .infinity
            volume.values[0] = -.infinity
            volume.values[volume.values.count - 1] = .nan
            Self.check(volume)
        }
        let light = Volume(dimensions: SIMD3(6, 6, 6), affine: .identity) { p in p.x == 2 ? 0 : 9 }
        Self.check(light)
        #expect(!VolumeSummary(light).darkBorder)
        Self.check(PlotTestVolumes.blank(dims: SIMD3(5, 4, 3)))
        #expect(VolumeSummary(PlotTestVolumes.blank(dims: SIMD3(5, 4, 3))).nonEmpty == nil)
    }

    @Test func anInt16FileDrawsAsItsFloats() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("grid-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let anatomy = TestVolumes.anatomy(voxel: 3)
        let d = anatomy.dimensions
        let rounded = Volume(dimensions: d, affine: anatomy.affine, values: anatomy.values.map { $0.rounded() - 200 })
        let roi = PlotTestVolumes.sphere(centre: SIMD3(20, -30, 5), radius: 12)
        for name in ["anat.nii.gz", "anat.nii"] {
            let path = dir.appendingPathComponent(name).path
            try NiftiImage(data: rounded.values.map(Double.init), shape: [d.x, d.y, d.z], affine: rounded.affine,
                           datatype: .int16).write(to: path)
            let (grid, summary) = try Plotting.plottedGrid(path)
            guard case .int16 = grid.values else {
                Issue.record("an unscaled int16 file is kept as int16")
                return
            }
            expectEqual(grid.volume, rounded)
            #expect(summary.range == VolumeSummary(rounded).range)
            let fromFile = try Plotting.plotROI(roi, bgImg: path), fromMemory = try Plotting.plotROI(roi, bgImg: rounded)
            expectEqual(fromFile.canvas, fromMemory.canvas)
            let stat = PlotTestVolumes.signedBlobs(positive: SIMD3(30, -40, 10), negative: SIMD3(-30, -40, 10))
            #expect(try Plotting.plotStatMap(stat, bgImg: path, displayMode: .yx).canvas
                == Plotting.plotStatMap(stat, bgImg: rounded, displayMode: .yx).canvas)
            #expect(try Plotting.plotAnat(path, displayMode: .z, cutCoords: .count(3)).canvas
                == Plotting.plotAnat(rounded, displayMode: .z, cutCoords: .count(3)).canvas)
        }
    }
}
