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
