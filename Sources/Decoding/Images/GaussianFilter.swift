import Foundation

/// scipy.ndimage's `gaussian_filter1d` (mode 'reflect', truncate 4) applied along the spatial
/// axes of volumes in NIfTI order, the separable filter behind nilearn's `smooth_img`.
///
/// Kept equal to scipy operation by operation: the kernel is `exp(-0.5 / σ² · x²)` over
/// x ∈ [−r, r], r = ⌊4σ + 0.5⌋, normalised by numpy's pairwise sum; each output is
/// `in[i]·w₀ + Σ (in[i−j] + in[i+j])·wⱼ` summed in double from the outermost pair inwards, as
/// scipy's symmetric-kernel loop does; the line is extended by reflection (d c b a | a b c d |
/// d c b a, repeated for lines shorter than the kernel); and float32 data is rounded to float32
/// after each axis, as scipy writes each pass into the float32 array.
struct GaussianFilter {
    /// Half the weights, w₀ (centre) … w_r.
    let weights: [Double]
    var radius: Int { weights.count - 1 }

    init(sigma: Double, truncate: Double = 4) {
        let radius = Int(truncate * sigma + 0.5)
        let factor = -0.5 / (sigma * sigma)
        let full = (-radius...radius).map { x in exp(factor * Double(x * x)) }
        let total = numpySum(full)
        weights = (0...radius).map { full[radius + $0] / total }
    }

    /// Filters `count` volumes of `dimensions` stored one after the other at `data`, along
    /// `axis` (0, 1 or 2), in place; `single` rounds every result to float32.
    func apply(_ data: UnsafeMutablePointer<Double>, dimensions d: SIMD3<Int>, axis: Int, single: Bool, parallel: Bool) {
        let length = d[axis]
        let inner = axis == 0 ? 1 : axis == 1 ? d.x : d.x * d.y
        let outer = d.x * d.y * d.z / (length * inner)
        // Tasks are (slab, chunk of its lines); lines are split so that every core has work even
        // for one volume, and tasks are batched so that each batch allocates its scratch once.
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let chunks = parallel ? max(1, min(inner / 64, (4 * cores + outer - 1) / outer)) : 1
        let chunkSize = (inner + chunks - 1) / chunks
        let tasks = outer * chunks
        let batches = parallel ? min(tasks, 4 * cores) : 1
        let base = SharedBuffer(pointer: data)
        let work: @Sendable (Int) -> Void = { batch in
            let padded = UnsafeMutablePointer<Double>.allocate(capacity: (length + 2 * self.radius) * chunkSize)
            let sum = UnsafeMutablePointer<Double>.allocate(capacity: chunkSize)
            defer { padded.deallocate(); sum.deallocate() }
            for task in (batch * tasks / batches)..<((batch + 1) * tasks / batches) {
                let o = task / chunks, first = (task % chunks) * chunkSize
                guard first < inner else { continue }
                self.filterSlab(base.pointer + o * length * inner, length: length, stride: inner,
                                lines: first..<min(inner, first + chunkSize), single: single, padded: padded, sum: sum)
            }
        }
        if batches > 1 {
            DispatchQueue.concurrentPerform(iterations: batches, execute: work)
        } else {
            work(0)
        }
    }

    /// Lines `lines` of a slab whose element l of line i is at `slab[l * stride + i]`.
    private func filterSlab(
        _ slab: UnsafeMutablePointer<Double>, length: Int, stride: Int, lines: Range<Int>, single: Bool,
        padded: UnsafeMutablePointer<Double>, sum: UnsafeMutablePointer<Double>
    ) {
        let r = radius, w = lines.count
        for p in 0..<(length + 2 * r) {
            let source = slab + Self.reflect(p - r, length) * stride + lines.lowerBound
            (padded + p * w).update(from: source, count: w)
        }
        let centre = weights[0]
        for l in 0..<length {
            let middle = padded + (l + r) * w
            for i in 0..<w { sum[i] = middle[i] * centre }
            var j = r
            while j >= 1 {
                let left = middle - j * w, right = middle + j * w, weight = weights[j]
                for i in 0..<w { sum[i] += (left[i] + right[i]) * weight }
                j -= 1
            }
            let out = slab + l * stride + lines.lowerBound
            if single {
                for i in 0..<w { out[i] = Double(Float(sum[i])) }
            } else {
                out.update(from: sum, count: w)
            }
        }
    }

    /// scipy's 'reflect' extension: index i of a line of `n` mapped into 0..<n.
    static func reflect(_ i: Int, _ n: Int) -> Int {
        let period = 2 * n
        var m = i % period
        if m < 0 { m += period }
        return m < n ? m : period - 1 - m
    }
}

/// numpy's `sum` of a float64 vector: the first element plus the pairwise sum of the rest
/// (8 accumulators below 128 elements, halves above), so the kernel's normalisation is the same double.
func numpySum(_ values: [Double]) -> Double {
    guard let first = values.first else { return 0 }
    return values.withUnsafeBufferPointer { first + pairwiseSum(UnsafeBufferPointer(rebasing: $0.dropFirst())) }
}

/// A pointer handed to worker threads that write disjoint parts of the memory it points to.
private struct SharedBuffer: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Double>
}
