import Foundation

/// A box of voxels within a volume grid: its lower corner (inclusive) and its extents.
struct GridBox: Equatable, Sendable {
    var lower: SIMD3<Int>
    var size: SIMD3<Int>

    var count: Int { size.x * size.y * size.z }

    /// The whole grid of `dimensions`.
    init(dimensions: SIMD3<Int>) { lower = .zero; size = dimensions }

    init(lower: SIMD3<Int>, size: SIMD3<Int>) { self.lower = lower; self.size = size }

    /// The smallest box holding every voxel at NIfTI offsets `offsets` of a grid of `dimensions`.
    init(enclosing offsets: [Int], dimensions d: SIMD3<Int>) {
        var low = d, high = SIMD3<Int>(repeating: -1)
        for o in offsets {
            let p = SIMD3(o % d.x, (o / d.x) % d.y, o / (d.x * d.y))
            low = pointwiseMin(low, p)
            high = pointwiseMax(high, p)
        }
        if offsets.isEmpty { low = .zero; high = SIMD3(repeating: -1) }
        lower = low
        size = high &- low &+ 1
    }

    /// The offset within this box (x fastest) of the grid voxel at NIfTI offset `o`.
    func local(_ o: Int, dimensions d: SIMD3<Int>) -> Int {
        let p = SIMD3(o % d.x, (o / d.x) % d.y, o / (d.x * d.y)) &- lower
        return p.x + size.x * (p.y + size.y * p.z)
    }
}

/// How to smooth one volume as nilearn's `smooth_img` does (a Gaussian pass per axis, x then y
/// then z), computing only what a box of interest needs: each pass works on the box the next
/// ones need, dilated by its kernel's radius along its axis (clipped to the grid, where the
/// reflection at the edges stays inside it). Smoothing before masking thus costs the mask's
/// bounding box, not the grid, and gives the very values a whole-grid pass gives there.
struct SmoothingPlan: VolumeSmoothing {
    let dimensions: SIMD3<Int>
    let passes: [(axis: Int, filter: GaussianFilter)]
    /// boxes[0]: the input box; boxes[s + 1]: what pass s computes; the last is the target.
    let boxes: [GridBox]

    /// Passes for σ (in voxels) per axis, nil for an axis left alone.
    init(dimensions: SIMD3<Int>, sigmas: [Double?], target: GridBox) {
        self.dimensions = dimensions
        passes = sigmas.enumerated().compactMap { axis, sigma in sigma.map { (axis, GaussianFilter(sigma: $0)) } }
        var boxes = [target]
        for (axis, filter) in passes.reversed() {
            var box = boxes[0]
            let n = dimensions[axis], r = filter.radius
            let low = box.lower[axis] - r, high = box.lower[axis] + box.size[axis] + r
            // A line no longer than the radius reflects more than once: take all of it.
            let (from, to) = n <= r ? (0, n) : (max(0, low), min(n, high))
            box.lower[axis] = from
            box.size[axis] = to - from
            boxes.insert(box, at: 0)
        }
        self.boxes = boxes
    }

    var input: GridBox { boxes[0] }
    var target: GridBox { boxes[boxes.count - 1] }
    /// Doubles each scratch buffer of ``smooth(_:scratch:line:single:)`` needs.
    var scratchCount: Int { boxes.map(\.count).max() ?? 0 }
    var lineCount: Int { (passes.map { dimensions[$0.axis] + 2 * $0.filter.radius }.max() ?? 0) }

    /// Runs the passes on `volume` (the input box, as `load` fills it), ping-ponging with
    /// `scratch` (both ``scratchCount`` long); returns whichever holds the target box.
    func smooth(
        _ volume: UnsafeMutablePointer<Double>, scratch: UnsafeMutablePointer<Double>,
        line: UnsafeMutablePointer<Double>, single: Bool
    ) -> UnsafeMutablePointer<Double> {
        var (current, next) = (volume, scratch)
        for (s, pass) in passes.enumerated() {
            pass.filter.apply(axis: pass.axis, length: dimensions[pass.axis], from: current, box: boxes[s],
                              to: next, box: boxes[s + 1], single: single, line: line)
            swap(&current, &next)
        }
        return current
    }
}

/// σ per axis in voxels for nilearn's `fwhm` in millimetres (nil: that axis is not filtered):
/// σ = fwhm / (√(8 ln 2) · voxel size), voxel sizes from the affine's columns.
func smoothingSigmas(_ fwhm: FWHM?, affine: Affine) throws(ImageFunctionError) -> [Double?] {
    guard let fwhm else { return [nil, nil, nil] }
    guard case .millimetres(let values) = fwhm else { throw .invalidFWHM("'fast' has no Gaussian width (FastSmoothing applies it)") }
    let perAxis: [Double?] = values.count == 1 ? [values[0], values[0], values[0]] : values
    guard perAxis.count == 3 else { throw .invalidFWHM("\(values.count) values") }
    let ratio = (8 * log(2.0)).squareRoot()
    let voxels = affine.voxelSizes
    return try perAxis.enumerated().map { axis, value throws(ImageFunctionError) -> Double? in
        guard let value else { return nil }
        guard value.isFinite, value >= 0 else { throw .invalidFWHM("\(value) for axis \(axis)") }
        let sigma = value / (ratio * voxels[axis])
        return sigma > 0 ? sigma : nil
    }
}
