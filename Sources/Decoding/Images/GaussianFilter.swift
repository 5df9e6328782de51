import Foundation

/// scipy.ndimage's `gaussian_filter1d` (mode 'reflect', truncate 4) along one spatial axis of
/// a volume in NIfTI order, the separable filter behind nilearn's `smooth_img`.
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

    /// One pass along `axis` of a volume whose grid extent on that axis is `length`: the values
    /// over box `output` are computed from those over box `input` (the same box dilated by the
    /// radius along `axis`, as ``SmoothingPlan`` makes it), both stored x fastest. `single`
    /// rounds every result to float32, as scipy writes each pass into a float32 array.
    func apply(
        axis: Int, length: Int, from source: UnsafePointer<Double>, box input: GridBox,
        to destination: UnsafeMutablePointer<Double>, box output: GridBox, single: Bool,
        line: UnsafeMutablePointer<Double>
    ) {
        let r = radius, centre = weights[0]
        let (ix, iy) = (input.size.x, input.size.y)
        let (ox, oy, oz) = (output.size.x, output.size.y, output.size.z)
        // Position p (grid coordinate) along `axis`, reflected into the grid, relative to the input box.
        @inline(__always) func local(_ p: Int) -> Int { Self.reflect(p, length) - input.lower[axis] }
        if axis == 0 {
            // Lines are contiguous: copy each with its reflected margins (where the line
            // leaves the grid: the same offsets for every line, worked out once), then filter
            // it a tap at a time over the whole line, which the compiler vectorizes — every
            // output still gets the centre term, then the pairs from the outermost inwards.
            let first = output.lower.x - r, span = ox + 2 * r
            let lower = min(max(-first, 0), span), inside = lower..<max(min(length - first, span), lower)
            let margins = (0..<span).filter { !inside.contains($0) }.map { ($0, local(first + $0)) }
            for z in 0..<oz {
                for y in 0..<oy {
                    let row = source + (y + iy * z) * ix
                    if !inside.isEmpty {
                        (line + inside.lowerBound).update(from: row + (first + inside.lowerBound - input.lower.x), count: inside.count)
                    }
                    for (p, offset) in margins { line[p] = row[offset] }
                    let out = destination + (y + oy * z) * ox
                    let middle = line + r
                    for l in 0..<ox { out[l] = middle[l] * centre }
                    var j = r
                    while j >= 1 {
                        let left = middle - j, right = middle + j, weight = weights[j]
                        for l in 0..<ox { out[l] += (left[l] + right[l]) * weight }
                        j -= 1
                    }
                    if single { for l in 0..<ox { out[l] = Double(Float(out[l])) } }
                }
            }
            return
        }
        // Along y or z: whole x-rows at a time, so the inner loops run over contiguous memory.
        let (outer, count) = axis == 1 ? (oz, oy) : (oy, oz)
        for o in 0..<outer {
            func row(_ c: Int) -> UnsafePointer<Double> {
                axis == 1 ? source + (c + iy * o) * ix : source + (o + iy * c) * ix
            }
            for l in 0..<count {
                let out = axis == 1 ? destination + (l + oy * o) * ox : destination + (o + oy * l) * ox
                let p = output.lower[axis] + l
                let middle = row(local(p))
                for i in 0..<ox { out[i] = middle[i] * centre }
                var j = r
                while j >= 1 {
                    let left = row(local(p - j)), right = row(local(p + j)), weight = weights[j]
                    for i in 0..<ox { out[i] += (left[i] + right[i]) * weight }
                    j -= 1
                }
                if single { for i in 0..<ox { out[i] = Double(Float(out[i])) } }
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
