import Foundation
import Testing
@testable import Decoding

@Suite struct PlotMatrixTests {
    static let labels = ["face", "cat", "house", "chair", "scissors", "shoe", "bottle", "scrambledpix"]
    /// The matrix scripts/golden/plot_matrix_reference.py draws with nilearn.
    static let confusion: NDArray<Int> = NDArray(rows: (0..<8).map { r in
        (0..<8).map { c in (r != c ? r * 8 + c : 40 + r) % 23 }
    })

    @Test func drawsNilearnSizedHeatMap() throws {
        let figure = try Plotting.plotMatrix(Self.confusion, labels: Self.labels, title: "Confusion matrix")
        #expect((figure.width, figure.height) == (700, 500))
        if let dir = ProcessInfo.processInfo.environment["PLOT_PREVIEW_DIR"] {
            try figure.save(to: dir + "/plot_matrix.png")
        }
    }
}

@Suite struct PlotMatrixPixelTests {
    /// Bounding boxes (x0, y0, x1, y1) of the 4-connected blocks of pixels with colour `c`.
    static func blocks(of color: RGBA, in figure: Figure) -> [(Int, Int, Int, Int)] {
        let target = color.bytes
        var seen = Set<Int>(), boxes: [(Int, Int, Int, Int)] = []
        let canvas = figure.canvas
        func matches(_ x: Int, _ y: Int) -> Bool {
            let o = 4 * (y * canvas.width + x)
            return canvas.pixels[o] == target[0] && canvas.pixels[o + 1] == target[1] && canvas.pixels[o + 2] == target[2]
        }
        for y in 0..<canvas.height {
            for x in 0..<canvas.width where !seen.contains(y * canvas.width + x) && matches(x, y) {
                var stack = [(x, y)], box = (x, y, x, y)
                seen.insert(y * canvas.width + x)
                while let (px, py) = stack.popLast() {
                    box = (min(box.0, px), min(box.1, py), max(box.2, px), max(box.3, py))
                    for (nx, ny) in [(px + 1, py), (px - 1, py), (px, py + 1), (px, py - 1)]
                    where nx >= 0 && ny >= 0 && nx < canvas.width && ny < canvas.height
                        && !seen.contains(ny * canvas.width + nx) && matches(nx, ny) {
                        seen.insert(ny * canvas.width + nx)
                        stack.append((nx, ny))
                    }
                }
                boxes.append(box)
            }
        }
        return boxes.filter { $0.2 - $0.0 > 5 && $0.3 - $0.1 > 5 }
    }

    @Test func cellsAreSquareAndInMatrixOrder() throws {
        // Only the cell (row 2, column 0) holds the maximum (9) and (row 0, column 0) the minimum.
        let m = NDArray<Double>(rows: [[0, 1, 2], [3, 4, 5], [9, 6, 7]])
        let figure = try Plotting.plotMatrix(m, labels: ["a", "b", "c"], colorbar: false)
        let top = try #require(Self.blocks(of: Colormap.rdBuR(1), in: figure).first)
        let bottom = try #require(Self.blocks(of: Colormap.rdBuR(0), in: figure).first)
        let side = top.2 - top.0
        #expect(abs((top.3 - top.1) - side) <= 1)
        // Maximum at row 2, column 0; minimum at row 0, column 0: same column, two rows up.
        #expect(abs(top.0 - bottom.0) <= 1)
        #expect(abs((top.1 - bottom.1) - 2 * (side + 1)) <= 2)
    }

    @Test func labelsMustMatchTheMatrix() {
        let m = NDArray<Int>(rows: [[1, 2], [3, 4]])
        #expect(throws: PlottingError.labelCount(expected: 2, got: 3)) {
            try Plotting.plotMatrix(m, labels: ["a", "b", "c"])
        }
        #expect(throws: PlottingError.self) { try Plotting.plotMatrix(NDArray<Int>([1, 2, 3]), labels: []) }
    }
}
