import Foundation
@testable import Decoding

/// Synthetic images for the plotting tests: sphere ROIs and signed blobs on the seed tutorial's
/// functional grid (the anatomy they are drawn over is TestSupport's `TestVolumes`).
enum PlotTestVolumes {
    /// The Haxby functional grid: 40×64×64 voxels of 3.5×3.75×3.75 mm, x flipped.
    static let seedAffine = Affine(rows: [
        [-3.5, 0, 0, 68.25], [0, 3.75, 0, -118.125], [0, 0, 3.75, -118.125], [0, 0, 0, 1],
    ])
    static let seedDimensions = SIMD3(40, 64, 64)

    /// 1 inside the sphere of `radius` mm around `centre`, 0 elsewhere.
    static func sphere(centre: SIMD3<Double>, radius: Double, dims: SIMD3<Int> = seedDimensions,
                       affine: Affine = seedAffine, value: Float = 1) -> Volume {
        fill(dims, affine) { p in
            squaredDistance(p, centre) <= radius * radius ? value : 0
        }
    }

    /// A positive Gaussian blob at `positive` and a negative one at `negative` (peak ±`peak`,
    /// σ = 8 mm), cut to 0 beyond 2σ.
    static func signedBlobs(positive: SIMD3<Double>, negative: SIMD3<Double>, peak: Float = 0.05,
                            dims: SIMD3<Int> = seedDimensions, affine: Affine = seedAffine) -> Volume {
        fill(dims, affine) { p in
            func blob(_ c: SIMD3<Double>) -> Float {
                let d2 = squaredDistance(p, c)
                return d2 > 256 ? 0 : Float(exp(-d2 / 128))
            }
            return peak * (blob(positive) - blob(negative))
        }
    }

    /// All zeros on the seed grid: a black background that keeps the whole grid in view.
    static func blank(dims: SIMD3<Int> = seedDimensions, affine: Affine = seedAffine) -> Volume {
        Volume(dimensions: dims, affine: affine, values: [Float](repeating: 0, count: dims.x * dims.y * dims.z))
    }

    /// The colour of the pixel at fractional position (x, y); nil outside the figure.
    static func color(_ figure: Figure, _ x: Double, _ y: Double) -> RGBA? {
        let px = Int(x.rounded(.down)), py = Int(y.rounded(.down))
        guard px >= 0, py >= 0, px < figure.width, py < figure.height else { return nil }
        return figure.canvas[px, py]
    }

    /// Tests are compiled unoptimized, where SIMD arithmetic goes through generic code: the
    /// closures filling volumes (100k-700k voxels each) use these scalar forms instead, which
    /// add in the same order as `(d * d).sum()` and so give the same bits.
    static func fill(_ dims: SIMD3<Int>, _ affine: Affine, _ value: (SIMD3<Double>) -> Float) -> Volume {
        Volume(dimensions: dims, affine: affine, sampling: value)
    }

    /// x² + y² + z², added left to right like `SIMD3.sum()`.
    @inline(__always)
    static func squaredLength(_ x: Double, _ y: Double, _ z: Double) -> Double { x * x + y * y + z * z }

    /// |p − c|².
    @inline(__always)
    static func squaredDistance(_ p: SIMD3<Double>, _ c: SIMD3<Double>) -> Double {
        squaredLength(p.x - c.x, p.y - c.y, p.z - c.z)
    }
}
