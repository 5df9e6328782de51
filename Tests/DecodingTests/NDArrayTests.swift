import Testing
@testable import Decoding

@Suite struct NDArrayCoreTests {
    @Test func shapePrintsLikeNumpy() {
        #expect(Shape([1452, 464]).description == "(1452, 464)")
        #expect(Shape([216]).description == "(216,)")
    }

    @Test func rowSelection() {
        let x = NDArray(rows: [[1, 2], [3, 4], [5, 6]])
        #expect(x[rows: [true, false, true]] == NDArray(rows: [[1, 2], [5, 6]]))
        #expect(x[rows: ..<2].shape == [2, 2])
        #expect(x[rows: [2, 0]] == NDArray(rows: [[5, 6], [1, 2]]))
        #expect(x[2, 1] == 6)
    }

    @Test func affineInverseRoundTrips() throws {
        let a = Affine(rows: [[-3.5, 0, 0, 68.25], [0, 3.75, 0, -118.125], [0, 0, 3.75, -118.125], [0, 0, 0, 1]])
        let inv = try #require(a.inverse)
        let p = SIMD3<Double>(3, 5, 7)
        let back = inv.apply(a.apply(p))
        #expect(abs(back.x - 3) < 1e-12 && abs(back.y - 5) < 1e-12 && abs(back.z - 7) < 1e-12)
    }
}
