import Testing
import TestSupport
@testable import Decoding

@Suite struct NDArrayCoreTests {
    @Test func shapePrintsLikeNumpy() {
        expectEqual(Shape([1452, 464]).description, "(1452, 464)")
        expectEqual(Shape([216]).description, "(216,)")
    }

    @Test func rowSelection() {
        let x = NDArray(rows: [[1, 2], [3, 4], [5, 6]])
        expectEqual(x[rows: [true, false, true]], NDArray(rows: [[1, 2], [5, 6]]))
        expectEqual(x[rows: ..<2].shape, [2, 2])
        expectEqual(x[rows: [2, 0]], NDArray(rows: [[5, 6], [1, 2]]))
        expectEqual(x[2, 1], 6)
    }

    @Test func affineInverseRoundTrips() throws {
        let a = Affine(rows: [[-3.5, 0, 0, 68.25], [0, 3.75, 0, -118.125], [0, 0, 3.75, -118.125], [0, 0, 0, 1]])
        let inv = try #require(a.inverse)
        let p = SIMD3<Double>(3, 5, 7)
        let back = inv.apply(a.apply(p))
        #expect(abs(back.x - 3) < 1e-12 && abs(back.y - 5) < 1e-12 && abs(back.z - 7) < 1e-12)
    }
}

@Suite struct NDArrayOperationTests {
    func randomMatrix(_ rows: Int, _ columns: Int, seed: UInt64) -> NDArray<Double> {
        var g = SeededRandom(seed: seed)
        return NDArray(shape: [rows, columns], storage: (0..<(rows * columns)).map { _ in Double.random(in: -1...1, using: &g) })
    }

    @Test func comparisonsGiveMasks() {
        let y = NDArray(["face", "cat", "rest", "face"])
        expectEqual((y .== "face"), NDArray([true, false, false, true]))
        expectEqual((y .!= "face"), NDArray([false, true, true, false]))
        expectEqual(y.isIn(["face", "cat"]), NDArray([true, true, false, true]))
        let a = NDArray([1, 5, 3]), b = NDArray([2, 5, 1])
        expectEqual((a .== b), NDArray([false, true, false]))
        expectEqual((a .< b), NDArray([true, false, false]))
        expectEqual((a .>= 3), NDArray([false, true, true]))
        expectEqual((a .> 1 .& (a .< 5)), NDArray([false, false, true]))
        expectEqual(.!(a .> 1), NDArray([true, false, false]))
    }

    @Test func sumAndMean() {
        let mask = NDArray([true, false, true, true])
        expectEqual(mask.sum(), 3)
        expectEqual(mask.mean(), 0.75)
        expectEqual(NDArray([1, 2, 3, 4]).sum(), 10)
        expectEqual(NDArray([1, 2, 3, 4]).mean(), 2.5)
        expectEqual(NDArray<Float>([0.5, 1.5, 2.5]).mean(), 1.5)
        #expect(NDArray<Double>([]).mean().isNaN)
    }

    @Test func transposeSwapsAxes() {
        let x = NDArray(rows: [[1, 2, 3], [4, 5, 6]])
        expectEqual(x.transposed(), NDArray(rows: [[1, 4], [2, 5], [3, 6]]))
        expectEqual(x.transposed().transposed(), x)
        expectEqual(NDArray([1, 2]).transposed(), NDArray([1, 2]))
    }

    @Test func columnSelection() {
        let x = NDArray(rows: [[1, 2, 3], [4, 5, 6]])
        expectEqual(x[columns: [2, 0]], NDArray(rows: [[3, 1], [6, 4]]))
        expectEqual(x[columns: 1...], NDArray(rows: [[2, 3], [5, 6]]))
        expectEqual(x[columns: [true, false, true]], NDArray(rows: [[1, 3], [4, 6]]))
        expectEqual(x.column(1), NDArray([2, 5]))
        expectEqual(x[rows: NDArray([false, true])], NDArray(rows: [[4, 5, 6]]))
    }

    @Test func matrixProductMatchesDefinition() {
        let a = randomMatrix(7, 5, seed: 1), b = randomMatrix(5, 3, seed: 2)
        let c = a.matmul(b)
        expectEqual(c.shape, [7, 3])
        for i in 0..<7 {
            for j in 0..<3 {
                let expected = (0..<5).reduce(0.0) { $0 + a[i, $1] * b[$1, j] }
                #expect(abs(c[i, j] - expected) < 1e-12)
            }
        }
        let af = NDArray<Float>(a), bf = NDArray<Float>(b)
        let cf = af.matmul(bf)
        expectEqual(cf.shape, [7, 3])
        #expect(zip(cf.storage, c.storage).allSatisfy { abs(Double($0) - $1) < 1e-5 })
        let v = NDArray<Double>([1, 2, 3, 4, 5])
        expectEqual(a.matmul(v).shape, [7])
        #expect(abs(a.matmul(v)[2] - (0..<5).reduce(0.0) { $0 + a[2, $1] * v[$1] }) < 1e-12)
        #expect(v.matmul(v).shape == [] && v.matmul(v).storage == [55])
    }

    @Test func floatDoubleConversion() {
        let d = NDArray<Double>(rows: [[0.1, 2], [3, 1e40]])
        let f = NDArray<Float>(d)
        expectEqual(f.shape, [2, 2])
        expectEqual(f[0, 0], Float(0.1))
        expectEqual(f[1, 1], .infinity)
        expectEqual(NDArray<Double>(f)[0, 0], Double(Float(0.1)))
        expectEqual(NDArray<Double>(NDArray([1, 2])), NDArray([1.0, 2.0]))
    }
}
