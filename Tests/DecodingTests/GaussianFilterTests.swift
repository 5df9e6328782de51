import Testing
import TestSupport
@testable import Decoding

/// The x pass of ``GaussianFilter`` filters a line a tap at a time; each output must still be
/// the very double of scipy's loop (centre, then the pairs from the outermost inwards), with
/// the reflected margins — here against that loop written out, bit for bit.
@Suite struct GaussianFilterTests {
    /// scipy's `gaussian_filter1d` of one x line, output by output.
    func reference(_ filter: GaussianFilter, line values: [Double], lower: Int, count: Int, gridLength: Int,
                   inputLower: Int, single: Bool) -> [Double] {
        (0..<count).map { l in
            let p = lower + l
            func at(_ q: Int) -> Double { values[GaussianFilter.reflect(q, gridLength) - inputLower] }
            var sum = at(p) * filter.weights[0]
            var j = filter.radius
            while j >= 1 {
                sum += (at(p - j) + at(p + j)) * filter.weights[j]
                j -= 1
            }
            return single ? Double(Float(sum)) : sum
        }
    }

    @Test func theXPassIsScipysLoopBitForBit() {
        var generator = SystemRandomNumberGenerator()
        for sigma in [0.49, 1.3, 3.0] {
            let filter = GaussianFilter(sigma: sigma)
            for gridLength in [1, 2, 5, 17, 40] {
                // Output boxes anywhere in the grid, from the input box SmoothingPlan gives them.
                let outLower = Int.random(in: 0..<gridLength, using: &generator)
                let outCount = Int.random(in: 1...(gridLength - outLower), using: &generator)
                let plan = SmoothingPlan(dimensions: [gridLength, 1, 1], sigmas: [sigma, nil, nil],
                                         target: GridBox(lower: [outLower, 0, 0], size: [outCount, 1, 1]))
                let (inLower, inCount) = (plan.input.lower.x, plan.input.size.x)
                let (rows, single) = (3, Bool.random(using: &generator))
                let input = (0..<(inCount * rows)).map { _ in Double(Float.random(in: -100...100, using: &generator)) }
                var output = [Double](repeating: .nan, count: outCount * rows)
                var line = [Double](repeating: 0, count: outCount + 2 * filter.radius)
                input.withUnsafeBufferPointer { source in
                    output.withUnsafeMutableBufferPointer { destination in
                        line.withUnsafeMutableBufferPointer { scratch in
                            filter.apply(
                                axis: 0, length: gridLength, from: source.baseAddress!,
                                box: GridBox(lower: [inLower, 0, 0], size: [inCount, rows, 1]),
                                to: destination.baseAddress!, box: GridBox(lower: [outLower, 0, 0], size: [outCount, rows, 1]),
                                single: single, line: scratch.baseAddress!)
                        }
                    }
                }
                for y in 0..<rows {
                    let expected = reference(
                        filter, line: Array(input[(y * inCount)..<((y + 1) * inCount)]), lower: outLower, count: outCount,
                        gridLength: gridLength, inputLower: inLower, single: single)
                    let got = Array(output[(y * outCount)..<((y + 1) * outCount)])
                    expectEqual(got.map(\.bitPattern), expected.map(\.bitPattern), "σ \(sigma), grid \(gridLength), row \(y)")
                }
            }
        }
    }
}
