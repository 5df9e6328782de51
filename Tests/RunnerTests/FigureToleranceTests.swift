import Decoding
import Foundation
import Testing
import TestSupport
@testable import TutorKit

/// The measurements behind `FigureChecker.defaultTolerance`: the seed tutorial's two kinds of
/// brain figure (plot_roi of a mask, plot_stat_map of weights in `yx` mode, over an anatomy)
/// drawn in-process on volumes of the seed's grids, then changed the way antialiasing noise
/// changes a figure and the way real regressions do. Each RMS is printed, so a run shows
/// the margin on both sides of the tolerance.
@Suite struct FigureToleranceTests {
    static let functional = Affine(rows: [[-3.5, 0, 0, 68.25], [0, 3.75, 0, -118.125], [0, 0, 3.75, -118.125], [0, 0, 0, 1]])
    static let anatomy = TestVolumes.anatomy()
    static let mask = Volume(dimensions: SIMD3(40, 64, 64), affine: functional) { p in inEllipsoid(p) ? 1 : 0 }
    static let weights = Volume(dimensions: SIMD3(40, 64, 64), affine: functional) { p in
        guard inEllipsoid(p) else { return 0 }
        return Float(0.05 * sin(0.9 * p.x + 0.35 * p.y) * cos(0.5 * p.z - 0.2 * p.x))
    }

    /// Inside the ellipsoid of semi-axes 10, √300, √150 mm around (22, −20, −40). These volumes
    /// are filled with scalar arithmetic: tests are compiled unoptimized, where SIMD3's is
    /// generic code per voxel (the same products, added in the same order, give the same bits).
    static func inEllipsoid(_ p: SIMD3<Double>) -> Bool {
        let (x, y, z) = (p.x - 22, p.y + 20, p.z + 40)
        return x * x / 100 + y * y / 300 + z * z / 150 <= 1
    }

    static func image(_ figure: Figure) -> ComparableImage {
        ComparableImage(rgba: figure.canvas.pixels, width: figure.width, height: figure.height)
    }

    static func rms(_ a: Figure, _ b: Figure) -> Double { ImageComparison.rms(image(a), image(b)) }

    static func roi(_ mask: Volume = mask, cmap: Colormap = .paired, cut: CutCoords = [22, -20, -40]) throws -> Figure {
        try Plotting.plotROI(mask, bgImg: anatomy, cmap: cmap, cutCoords: cut)
    }

    static func stat(cmap: Colormap = .rdBuR, cut: CutCoords = [22, -20], threshold: Double = 1e-6) throws -> Figure {
        try Plotting.plotStatMap(weights, bgImg: anatomy, title: "SVM weights", displayMode: .yx, cutCoords: cut, threshold: threshold, cmap: cmap)
    }

    /// Antialiasing noise: what a different rasteriser, font hinting or rounding does to a
    /// figure — `levels` added to (alternately subtracted from) every channel of every pixel
    /// on a boundary (differing by more than 48 levels from its right or lower neighbour:
    /// the edges of cuts, contours, lines and glyphs), or of every pixel when `everywhere`.
    static func noise(_ image: ComparableImage, levels: Int, everywhere: Bool = false) -> (ComparableImage, fraction: Double) {
        // Loops over the buffers: unoptimized, a closure and bounds checks per pixel cost a
        // second per figure.
        var noisy = image
        let (w, h, c) = (image.shape.width, image.shape.height, image.shape.channels)
        var changed = 0
        image.samples.withUnsafeBufferPointer { samples in
            noisy.samples.withUnsafeMutableBufferPointer { out in
                for y in 0..<(h - 1) {
                    var x = 0, p = y * w * c
                    while x < w - 1 {
                        let right = p + c, below = p + w * c
                        var edge = everywhere, k = 0
                        while !edge && k < 3 {
                            let v = Int(samples[p + k])
                            edge = abs(v - Int(samples[right + k])) > 48 || abs(v - Int(samples[below + k])) > 48
                            k += 1
                        }
                        if edge {
                            changed += 1
                            let delta = (x + y) % 2 == 0 ? levels : -levels
                            for k in 0..<3 { out[p + k] = UInt8(max(0, min(255, Int(samples[p + k]) + delta))) }
                        }
                        x += 1
                        p += c
                    }
                }
            }
        }
        return (noisy, Double(changed) / Double(w * h))
    }

    @Test func antialiasingNoisePassesTheDefaultTolerance() throws {
        let tolerance = FigureChecker.defaultTolerance
        for (name, figure) in [("plot_roi", try Self.roi()), ("plot_stat_map", try Self.stat())] {
            let original = Self.image(figure)
            // One pixel turned from its colour to its opposite in every channel.
            var onePixel = original
            let p = (figure.height / 2 * figure.width + figure.width / 2) * 3
            for k in 0..<3 { onePixel.samples[p + k] = 255 &- onePixel.samples[p + k] }
            let one = ImageComparison.rms(original, onePixel)
            print("\(name): one pixel inverted: RMS \(one)")
            #expect(ImageComparison.compare(expected: original, actual: onePixel, tolerance: tolerance).isMatch)
            for levels in [4, 8] {
                let (noisy, fraction) = Self.noise(original, levels: levels)
                let rms = ImageComparison.rms(original, noisy)
                print("\(name): every boundary pixel (\(String(format: "%.1f", fraction * 100))% of the figure) off by \(levels) levels: RMS \(rms)")
                #expect(ImageComparison.compare(expected: original, actual: noisy, tolerance: tolerance).isMatch)
            }
            let (rounded, _) = Self.noise(original, levels: 1, everywhere: true)
            let rms = ImageComparison.rms(original, rounded)
            print("\(name): every pixel off by 1 level: RMS \(rms)")
            #expect(ImageComparison.compare(expected: original, actual: rounded, tolerance: tolerance).isMatch)
        }
    }

    @Test func realChangesFailTheDefaultTolerance() throws {
        let tolerance = FigureChecker.defaultTolerance
        let stat = try Self.stat(), roi = try Self.roi()
        let changes: [(String, Figure, Figure)] = [
            ("plot_stat_map: cmap RdBu_r → cold_hot", stat, try Self.stat(cmap: .coldHot)),
            ("plot_roi: cmap Paired → Set1", roi, try Self.roi(cmap: .set1)),
            ("plot_stat_map: cut moved 4 mm (about a voxel)", stat, try Self.stat(cut: [26, -20])),
            ("plot_roi: cut moved 4 mm", roi, try Self.roi(cut: [22, -16, -40])),
            ("plot_stat_map: overlay emptied (threshold above every weight)", stat, try Self.stat(threshold: 1)),
            ("plot_roi: overlay emptied (mask of zeros)", roi, try Self.roi(Volume(dimensions: Self.mask.dimensions, affine: Self.functional, values: [Float](repeating: 0, count: Self.mask.values.count)))),
        ]
        for (name, before, after) in changes {
            let rms = Self.rms(before, after)
            print("\(name): RMS \(rms)")
            #expect(rms > 1.4 * tolerance, "\(name)")
        }
    }

    @Test func rmsIsMatplotlibs() {
        // calculate_rms on a 2×1 RGB pair: differences (3, 0, 4) and (0, 0, 0) → sqrt(25 / 6).
        let a = ComparableImage(shape: ImageShape(width: 2, height: 1, channels: 3), samples: [10, 10, 10, 0, 0, 0])
        let b = ComparableImage(shape: ImageShape(width: 2, height: 1, channels: 3), samples: [13, 10, 6, 0, 0, 0])
        #expect(abs(ImageComparison.rms(a, b) - (25.0 / 6).squareRoot()) < 1e-12)
        expectEqual(ImageComparison.compare(expected: a, actual: b, tolerance: 2.05), .matched(rms: ImageComparison.rms(a, b)))
        expectEqual(ImageComparison.compare(expected: a, actual: b, tolerance: 2), .differs(rms: ImageComparison.rms(a, b)))
        expectEqual(ImageComparison.compare(expected: a, actual: a, tolerance: 0), .matched(rms: 0))
        expectEqual(ImageComparison.compare(expected: a, actual: b, tolerance: 0), .differs(rms: ImageComparison.rms(a, b)))
        // Diff: |d| × 10, clipped, opaque.
        expectEqual(ImageComparison.difference(a, b), [30, 0, 40, 255, 0, 0, 0, 255])
    }

    @Test func opaqueImagesCompareAsRGBAndTransparentOnesAsRGBA() {
        let opaque = ComparableImage(rgba: [1, 2, 3, 255, 4, 5, 6, 255], width: 2, height: 1)
        #expect(opaque.shape.channels == 3 && opaque.samples == [1, 2, 3, 4, 5, 6])
        let clear = ComparableImage(rgba: [1, 2, 3, 255, 4, 5, 6, 0], width: 2, height: 1)
        expectEqual(clear.shape.channels, 4)
        let verdict = ImageComparison.compare(expected: opaque, actual: clear, tolerance: 2)
        expectEqual(verdict, .shapeDiffers(baseline: opaque.shape, actual: clear.shape))
        let comparison = FigureComparison(baseline: "b.png", tolerance: 2, verdict: verdict)
        expectEqual(comparison.problem, "has transparent pixels but its baseline is opaque")
        let wider = FigureComparison(baseline: "b.png", tolerance: 2, verdict: .shapeDiffers(
            baseline: ImageShape(width: 640, height: 300, channels: 3), actual: ImageShape(width: 800, height: 300, channels: 3)))
        expectEqual(wider.problem, "is 800×300 pixels but its baseline is 640×300")
    }

    @Test func messagesTellRMSAndToleranceApart() {
        expectEqual(FigureComparison(baseline: "b", tolerance: 2, verdict: .differs(rms: 12.34)).problem, "differs from its baseline (RMS 12.3 > 2.0)")
        expectEqual(FigureComparison(baseline: "b", tolerance: 2, verdict: .differs(rms: 2.04)).problem, "differs from its baseline (RMS 2.04 > 2.00)")
    }
}

extension FigureComparison.Verdict {
    var isMatch: Bool { if case .matched = self { true } else { false } }
}
