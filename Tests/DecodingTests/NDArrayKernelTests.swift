import Foundation
import Testing
import TestSupport
@testable import Decoding

/// The dispatched C loops (libmvec math, SIMD reductions and masks, radix sorts) against the
/// plain scalar definitions, on lengths around every vector width and on NaN, ±inf, ±0.
@Suite struct NDArrayKernelTests {
    var random = SeededRandom(seed: 18)

    /// Normal-ish values with NaNs, infinities, signed zeros and ties mixed in.
    mutating func awkward(_ n: Int) -> [Double] {
        (0..<n).map { i in
            switch Int.random(in: 0..<40, using: &random) {
            case 0: .nan
            case 1: -.nan
            case 2: .infinity
            case 3: -.infinity
            case 4: 0.0
            case 5: -0.0
            case 6...12: Double(i % 7)
            default: Double.random(in: -50...50, using: &random)
            }
        }
    }

    /// Distance in units in the last place (0 for equal values, both NaN, same infinity).
    func ulps(_ x: Double, _ y: Double) -> UInt64 {
        if x == y || (x.isNaN && y.isNaN) { return 0 }
        if x.isNaN || y.isNaN || x.sign != y.sign { return .max }
        let (a, b) = (x.magnitude.bitPattern, y.magnitude.bitPattern)
        return a > b ? a - b : b - a
    }

    @Test mutating func transcendentalsStayWithinFourUlpsAndKeepSpecialValues() {
        let specials: [Double] = [.nan, .infinity, -.infinity, 0, -0.0, -1, 1, 10, 1e-310, 709.78, 709.79, -745.1, -745.2, 1e300]
        for n in [0, 1, 7, 8, 9, 15, 17, 33, 1000] {
            let values = specials + (0..<n).map { _ in Double.random(in: -30...30, using: &random) }
            let x = NDArray(values), p = NDArray(values.map { Swift.abs($0) * 1e3 })
            for (name, vector, scalar, input) in [
                ("exp", exp(x), Foundation.exp as (Double) -> Double, x), ("log", log(p), Foundation.log, p),
                ("log10", log10(p), Foundation.log10, p), ("log of negatives", log(x), Foundation.log, x),
            ] {
                for (v, a) in zip(vector.storage, input.storage) {
                    #expect(ulps(v, scalar(a)) <= 4, "\(name)(\(a)) = \(v), C library: \(scalar(a))")
                }
                for (v, a) in zip(vector.storage.prefix(specials.count), input.storage) where !scalar(a).isFinite || scalar(a) == 0 {
                    #expect(v.bitPattern == scalar(a).bitPattern || (v.isNaN && scalar(a).isNaN), "\(name)(\(a))")
                }
            }
            let f = NDArray(values.map(Float.init))
            for (v, a) in zip(exp(f).storage, f.storage) {
                let s = Foundation.exp(a)
                #expect(v == s || (v.isNaN && s.isNaN) || Swift.abs(v - s) <= 2 * s.ulp, "expf(\(a))")
            }
        }
    }

    @Test mutating func extremesAndTheirIndicesMatchTheScalarScan() {
        for n in [1, 2, 7, 8, 15, 16, 17, 31, 63, 64, 65, 130, 1000] {
            for _ in 0..<6 {
                let values = (0..<n).map { _ in Double.random(in: -1e3...1e3, using: &random) }
                var withNaN = values
                if n > 2 { withNaN[Int.random(in: 0..<n, using: &random)] = .nan }
                for v in [values, withNaN] {
                    let x = NDArray(v)
                    let firstNaN = v.firstIndex { $0.isNaN }
                    let maxIndex = firstNaN ?? v.indices.max { v[$0] < v[$1] || (v[$0] == v[$1] && $0 > $1) }!
                    let minIndex = firstNaN ?? v.indices.min { v[$0] < v[$1] || (v[$0] == v[$1] && $0 < $1) }!
                    #expect(x.argmax() == maxIndex && x.argmin() == minIndex, "n \(n)")
                    #expect(x.max().bitPattern == v[maxIndex].bitPattern || (firstNaN != nil && x.max().isNaN))
                    #expect(x.min().bitPattern == v[minIndex].bitPattern || (firstNaN != nil && x.min().isNaN))
                    let f = NDArray(v.map(Float.init))
                    #expect(f.argmax() == maxIndex && f.argmin() == minIndex, "float n \(n)")
                }
            }
        }
    }

    @Test mutating func masksComparisonsAndClipMatchTheScalarDefinitions() {
        for n in [0, 1, 5, 8, 63, 64, 65, 257] {
            let v = awkward(n), w = awkward(n)
            let x = NDArray(v), y = NDArray(w), f = NDArray(v.map(Float.init))
            expectEqual((x .> 0).storage, v.map { $0 > 0 })
            expectEqual((NDArray(scalar: 0.0) .< x).storage, v.map { 0 < $0 })
            expectEqual((x .<= y).storage, zip(v, w).map { $0 <= $1 })
            expectEqual((x .== y).storage, zip(v, w).map { $0 == $1 })
            expectEqual((x .!= 1).storage, v.map { $0 != 1 })
            expectEqual((f .>= 2).storage, v.map { Float($0) >= 2 })
            #expect(x.isNaN.storage == v.map(\.isNaN) && f.isNaN.storage == v.map(\.isNaN))
            #expect(x.isFinite.storage == v.map(\.isFinite) && f.isFinite.storage == v.map(\.isFinite))
            let clipped = x.clipped(min: -1, max: 1).storage
            for (c, a) in zip(clipped, v) {
                let expected = a < -1 ? -1 : (a > 1 ? 1 : a)
                #expect(c.bitPattern == expected.bitPattern || (c.isNaN && a.isNaN))
            }
        }
    }

    @Test mutating func nanSumsEqualTheSumOfTheZeroFilledArray() {
        for n in [0, 1, 9, 128, 129, 1000, 5000] {
            let v = awkward(n).map { $0.isInfinite ? 3 : $0 }
            let x = NDArray(v)
            let filled = NDArray(v.map { $0.isNaN ? 0 : $0 })
            let count = v.filter { !$0.isNaN }.count
            expectEqual(x.nansum().bitPattern, filled.sum().bitPattern)
            let mean = x.nanmean(), expected = filled.sum() / Double(count)
            #expect(mean.bitPattern == expected.bitPattern || (mean.isNaN && expected.isNaN))
        }
    }

    @Test mutating func radixSortsEqualTheComparisonSort() {
        for n in [511, 512, 513, 3000] {
            let v = awkward(n)
            let pairs = Double.sortedPairs(v, n, stride: 1)
            let x = NDArray(v)
            expectEqual(x.argsort().storage, pairs.map(\.index))
            expectEqual(x.sorted().storage.map(\.bitPattern), pairs.map(\.value.bitPattern))
            // The sort's fast paths: no negative zero and no NaN, then only positive zeros and one NaN kind.
            for w in [v.map { $0.isNaN || $0 == 0 ? 1 : $0 }, v.map { $0 == 0 ? 0 : ($0.isNaN ? .nan : $0) }] {
                let wanted = Double.sortedPairs(w, n, stride: 1).map(\.value.bitPattern)
                expectEqual(NDArray(w).sorted().storage.map(\.bitPattern), wanted)
            }
            let f = NDArray(v.map(Float.init))
            expectEqual(f.sorted().storage.map(\.bitPattern), Float.sortedPairs(f.storage, n, stride: 1).map(\.value.bitPattern))
            expectEqual(f.argsort().storage, Float.sortedPairs(f.storage, n, stride: 1).map(\.index))
            let k = NDArray(v.map { $0.isFinite ? Int($0 * 1e15) : ($0.isNaN ? Int.min : Int.max) })
            expectEqual(k.argsort().storage, Int.sortedPairs(k.storage, n, stride: 1).map(\.index))
            expectEqual(k.sorted().storage, k.storage.sorted())
            // A strided lane: axis 0 of an (n, 2) array.
            let m = NDArray(shape: [n / 2, 2], storage: Array(v.prefix(n / 2 * 2)))
            let column = stride(from: 0, to: n / 2 * 2, by: 2).map { v[$0] }
            let sortedColumn = m.sorted(axis: 0).storage.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
            expectEqual(sortedColumn.map(\.bitPattern), Double.sortedPairs(column, column.count, stride: 1).map(\.value.bitPattern))
        }
    }
}
