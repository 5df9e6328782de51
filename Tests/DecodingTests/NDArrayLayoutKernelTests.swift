import Testing
import TestSupport
@testable import Decoding

/// The C loops behind transposes, sums over a leading axis and masked assignment
/// (Sources/CVectorMathImpl/Transpose.c, Kernels.c) against index-by-index definitions: shapes
/// around the 8×8 tile and the 32×32 block, lines and columns (1×n, n×1), every element size,
/// and bit patterns (NaN payloads, -0.0) that must come through unchanged.
@Suite struct NDArrayLayoutKernelTests {
    var random = SeededRandom(seed: 1818)

    /// numpy's `x.transpose(axes)` by its definition: result[i] = x[i permuted back].
    func reference<T>(_ x: NDArray<T>, _ axes: [Int]) -> [T] {
        let newShape = Shape(axes.map { x.shape[$0] })
        let strides = x.shape.strides
        return (0..<x.size).map { flat in
            var rest = flat, offset = 0
            for d in (0..<axes.count).reversed() {
                offset += (rest % newShape[d]) * strides[axes[d]]
                rest /= newShape[d]
            }
            return x.storage[offset]
        }
    }

    /// Uniform in ±1e6 (drawn by the library's compiled generator: tests are compiled
    /// unoptimized, where the generic `Double.random(in:using:)` took a second per million),
    /// with -0.0 and NaN payloads among them.
    mutating func doubles(_ n: Int) -> [Double] {
        (0..<n).map { i in
            switch i % 11 {
            case 3: -0.0
            case 7: Double(bitPattern: 0x7FF8_0000_0000_0000 | UInt64(i))  // NaN payloads
            default: 2e6 * random.uniform() - 1e6
            }
        }
    }

    /// How many elements of `t` differ in bits from `reference(x, [1, 0])`, the same
    /// definition (t[c, r] = x[r, c]) as two loops over the buffers: unoptimized, the general
    /// `reference` and `map(\.bitPattern)` took seconds per million elements.
    func transposeMismatches(_ t: NDArray<Double>, of x: NDArray<Double>) -> Int {
        let (rows, columns) = (x.shape[0], x.shape[1])
        return t.storage.withUnsafeBufferPointer { out in
            x.storage.withUnsafeBufferPointer { source in
                var mismatches = 0, r = 0
                while r < rows {
                    var c = 0
                    while c < columns {
                        if out[c &* rows &+ r].bitPattern != source[r &* columns &+ c].bitPattern { mismatches &+= 1 }
                        c &+= 1
                    }
                    r &+= 1
                }
                return mismatches
            }
        }
    }

    static let matrixShapes: [(Int, Int)] = [
        (1, 1), (1, 70), (70, 1), (2, 3), (8, 8), (9, 7), (7, 9), (8, 64), (13, 29), (33, 31),
        (64, 65), (100, 3), (3, 100), (257, 129),
    ]

    @Test mutating func matrixTransposesMoveEveryBitPattern() {
        for (rows, columns) in Self.matrixShapes {
            let v = doubles(rows * columns)
            let x = NDArray(shape: [rows, columns], storage: v)
            expectEqual(x.transposed().storage.map(\.bitPattern), reference(x, [1, 0]).map(\.bitPattern), "\(rows)×\(columns)")
            expectEqual(x.transposed().shape, [columns, rows])
            let f = NDArray(shape: [rows, columns], storage: v.map(Float.init))
            expectEqual(f.transposed().storage.map(\.bitPattern), reference(f, [1, 0]).map(\.bitPattern), "float \(rows)×\(columns)")
            let i = NDArray(shape: [rows, columns], storage: (0..<rows * columns).map { $0 &* 2_654_435_761 })
            expectEqual(i.transposed().storage, reference(i, [1, 0]))
            let i16 = NDArray(shape: [rows, columns], storage: (0..<rows * columns).map { Int16(truncatingIfNeeded: $0 * 31) })
            expectEqual(i16.transposed().storage, reference(i16, [1, 0]))
            let bits = NDArray(shape: [rows, columns], storage: v.map { $0 > 0 })
            expectEqual(bits.transposed().storage, reference(bits, [1, 0]))
            let words = NDArray(shape: [rows, columns], storage: (0..<rows * columns).map { "e\($0)" })
            expectEqual(words.transposed().storage, reference(words, [1, 0]))
        }
    }

    /// Large enough for the streaming stores (4 MiB and more of doubles), with rows a whole
    /// number of cache lines (aligned throughout) and not (aligned at the start only).
    @Test mutating func largeTransposesAreExact() {
        for (rows, columns) in [(1000, 1000), (1001, 999), (520, 1024)] {
            let x = NDArray(shape: [rows, columns], storage: doubles(rows * columns))
            let t = x.transposed()
            expectEqual(t.shape, [columns, rows])
            expectEqual(transposeMismatches(t, of: x), 0, "\(rows)×\(columns)")
        }
    }

    @Test mutating func higherRankTransposesMatchTheDefinition() {
        let shapes: [Shape] = [[3, 17, 11], [2, 9, 40], [5, 1, 12], [4, 8, 8], [2, 3, 9, 10], [1, 20, 30]]
        for shape in shapes {
            let x = NDArray(shape: shape, storage: doubles(shape.elementCount))
            let f = NDArray(shape: shape, storage: x.storage.map(Float.init))
            for axes in permutations(Array(0..<shape.count)) {
                expectEqual(x.transposed(axes).storage.map(\.bitPattern), reference(x, axes).map(\.bitPattern), "\(shape) \(axes)")
                expectEqual(x.transposed(axes).shape, Shape(axes.map { shape[$0] }))
                expectEqual(f.transposed(axes).storage.map(\.bitPattern), reference(f, axes).map(\.bitPattern), "float \(shape) \(axes)")
            }
        }
    }

    func permutations(_ items: [Int]) -> [[Int]] {
        guard items.count > 1 else { return [items] }
        return items.indices.flatMap { i in
            var rest = items
            let first = rest.remove(at: i)
            return permutations(rest).map { [first] + $0 }
        }
    }

    /// numpy adds the rows of a sum over a leading axis one after another, from 0.
    @Test mutating func leadingAxisSumsAddRowAfterRow() {
        for (outer, length, inner) in [(1, 0, 5), (1, 1, 9), (1, 7, 3), (1, 8, 17), (1, 9, 64), (1, 23, 1000), (3, 13, 70)] {
            let v = doubles(outer * length * inner).map { $0.isNaN ? 1.5 : $0 }
            let x = NDArray(shape: [outer, length, inner], storage: v)
            var expected = [Double](repeating: 0, count: outer * inner)
            for o in 0..<outer { for l in 0..<length { for i in 0..<inner { expected[o * inner + i] += v[(o * length + l) * inner + i] } } }
            expectEqual(x.sum(axis: 1).storage.map(\.bitPattern), expected.map(\.bitPattern), "\(outer)×\(length)×\(inner)")
            let f = NDArray(shape: [outer, length, inner], storage: v.map(Float.init))
            var expectedFloat = [Float](repeating: 0, count: outer * inner)
            for o in 0..<outer { for l in 0..<length { for i in 0..<inner { expectedFloat[o * inner + i] += f.storage[(o * length + l) * inner + i] } } }
            expectEqual(f.sum(axis: 1).storage.map(\.bitPattern), expectedFloat.map(\.bitPattern), "float \(outer)×\(length)×\(inner)")
        }
    }

    @Test mutating func maskedAssignmentWritesExactlyTheSelectedElements() {
        for n in [0, 1, 7, 8, 9, 63, 64, 65, 1000] {
            let v = doubles(n)
            let mask = NDArray(v.map { $0 > 1e5 })
            func expected<T>(_ values: [T], _ value: T) -> [T] { zip(values, mask.storage).map { $1 ? value : $0 } }
            var x = NDArray(v)
            x[mask] = -0.0
            expectEqual(x.storage.map(\.bitPattern), expected(v, -0.0).map(\.bitPattern), "n \(n)")
            var f = NDArray(v.map(Float.init))
            f[mask] = NDArray(scalar: 2.5)
            expectEqual(f.storage.map(\.bitPattern), expected(v.map(Float.init), 2.5).map(\.bitPattern))
            let ints = v.map { Int($0.isNaN ? 0 : $0) }
            var i = NDArray(ints)
            i[mask] = Int.min
            expectEqual(i.storage, expected(ints, Int.min))
            var small = NDArray(ints.map { Int16(truncatingIfNeeded: $0) })
            small[mask] = -7
            expectEqual(small.storage, expected(ints.map { Int16(truncatingIfNeeded: $0) }, -7))
            var flags = NDArray(v.map { $0 < 0 })
            flags[mask] = true
            expectEqual(flags.storage, expected(v.map { $0 < 0 }, true))
            var words = NDArray(ints.map(String.init))
            words[mask] = "x"
            expectEqual(words.storage, expected(ints.map(String.init), "x"))
        }
    }
}
