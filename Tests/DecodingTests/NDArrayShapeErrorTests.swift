import Testing
import TestSupport
@testable import Decoding

/// Shape mismatches: the throwing checks say what numpy says; the operators stop the
/// program with the same message (exit tests), never return a wrong-shaped result.
@Suite struct NDArrayShapeErrorTests {
    @Test func broadcastCheckNamesBothShapes() throws {
        #expect(throws: ShapeError.notBroadcastable([2, 3], [4])) { try Shape.broadcast([2, 3], [4]) }
        expectEqual(ShapeError.notBroadcastable([2, 3], [4]).description, "operands could not be broadcast together with shapes (2, 3) (4,)")
        #expect(try Shape.broadcast([4, 1], [5]) == [4, 5])
        #expect(try Shape.broadcast([], [2, 2]) == [2, 2])
    }

    @Test func reshapeAndAxisChecks() throws {
        #expect(try Shape([-1, 4]).resolvingReshape(of: 12) == [3, 4])
        #expect(throws: ShapeError.cannotReshape(size: 10, into: [-1, 4])) { try Shape([-1, 4]).resolvingReshape(of: 10) }
        #expect(throws: ShapeError.self) { try Shape([-1, -1]).resolvingReshape(of: 4) }
        #expect(try Shape([2, 3]).checkedAxis(-1) == 1)
        expectEqual(ShapeError.axisOutOfBounds(axis: 2, ndim: 2).description, "axis 2 is out of bounds for array of dimension 2")
    }

    @Test func maskedAssignmentForms() {
        var p = NDArray([1.0, 20, 3, 40])
        p[p .> 10] = 10
        expectEqual(p, NDArray([1.0, 10, 3, 10]))
        p[p .< 5] = p[p .< 5] * 2
        expectEqual(p, NDArray([2.0, 10, 6, 10]))
        var k = NDArray(rows: [[1, -2], [-3, 4]])
        k[k .< 0] = 0
        expectEqual(k, NDArray(rows: [[1, 0], [0, 4]]))
        expectEqual(NDArray.where(k .> 0, k, -1), NDArray(rows: [[1, -1], [-1, 4]]))
    }

    @Test func inPlaceArithmeticKeepsShape() {
        var x = NDArray<Double>.zeros([2, 3])
        x += NDArray([1.0, 2, 3])
        x -= NDArray(shape: [2, 1], storage: [1.0, 2])
        x *= 2
        x /= 4
        expectEqual(x, NDArray(rows: [[0, 0.5, 1], [-0.5, 0, 0.5]]))
    }

    #if os(Linux) || os(macOS)
    @Test func mismatchedOperatorsStop() async {
        await #expect(processExitsWith: .failure) {
            _ = NDArray([1.0, 2]) + NDArray([1.0, 2, 3])
        }
        await #expect(processExitsWith: .failure) {
            _ = NDArray([1.0, 2, 3]).reshaped([2, -1])
        }
        await #expect(processExitsWith: .failure) {
            _ = NDArray<Double>([]).max()
        }
    }
    #endif
}
