import Foundation
import Testing
@testable import Decoding

/// Automatic cuts against nilearn's `find_xyz_cut_coords` on the same synthetic maps
/// (Fixtures/plot/cut_coords.json, from scripts/golden/plot_cut_coords.py).
@Suite struct PlotCutCoordsTests {
    struct Blob: Decodable { let centre: [Double]; let amplitude: Double; let width: Double }
    struct Case: Decodable { let secondScale: Double; let threshold: Double?; let xyz: [Double] }
    struct Slices: Decodable { let secondScale: Double; let axis: Int; let count: Int; let positions: [Double] }
    struct Golden: Decodable { let blobs: [Blob]; let cutoff: Double; let cases: [Case]; let slices: [Slices] }

    static func golden() throws -> Golden {
        try Fixture.decode("plot/cut_coords.json")
    }

    /// The script's map: a sum of Gaussian blobs (the second scaled), small values zeroed.
    static func map(_ golden: Golden, secondScale: Double) -> Volume {
        let blobs = golden.blobs.enumerated().map { n, blob in
            (centre: SIMD3(blob.centre[0], blob.centre[1], blob.centre[2]),
             amplitude: blob.amplitude * (n == 1 ? secondScale : 1), width: blob.width)
        }
        return PlotTestVolumes.fill(PlotTestVolumes.seedDimensions, PlotTestVolumes.seedAffine) { p in
            var value = 0.0
            for blob in blobs {
                value += blob.amplitude * exp(-PlotTestVolumes.squaredDistance(p, blob.centre) / blob.width)
            }
            return abs(value) < golden.cutoff ? 0 : Float(value)
        }
    }

    /// The golden file and the script's map at each of its scales, made once: the 14 cases use
    /// two scales, and a map is 164k voxels of unoptimized arithmetic.
    static let shared = Result { () throws -> (golden: Golden, maps: [Double: Volume]) in
        let file = try Self.golden()
        let scales = Set(file.cases.map(\.secondScale) + file.slices.map(\.secondScale))
        return (file, Dictionary(uniqueKeysWithValues: scales.map { ($0, Self.map(file, secondScale: $0)) }))
    }

    @Test func matchesNilearnsFindXYZCutCoords() throws {
        let (golden, maps) = try Self.shared.get()
        for c in golden.cases {
            let volume = try #require(maps[c.secondScale])
            let xyz = try #require(CutCoordinates.strongestCluster(of: volume, activationThreshold: c.threshold))
            for axis in 0..<3 {
                #expect(abs(xyz[axis] - c.xyz[axis]) < 1e-3,
                        "scale \(c.secondScale), threshold \(String(describing: c.threshold)): \(xyz) vs nilearn \(c.xyz)")
            }
        }
    }

    @Test func stackedCutsMatchNilearnsFindCutSlices() throws {
        let (golden, maps) = try Self.shared.get()
        #expect(!golden.slices.isEmpty)
        for c in golden.slices {
            let volume = try #require(maps[c.secondScale])
            let positions = try #require(CutSlices.find(c.count, axis: c.axis, of: volume))
            #expect(positions.count == c.positions.count
                        && zip(positions, c.positions).allSatisfy { abs($0 - $1) < 1e-6 },
                    "axis \(c.axis) × \(c.count): \(positions) vs nilearn \(c.positions)")
        }
    }

    @Test func allZeroVolumeHasNoCluster() {
        let zero = PlotTestVolumes.blank()
        #expect(CutCoordinates.strongestCluster(of: zero) == nil)
    }
}
