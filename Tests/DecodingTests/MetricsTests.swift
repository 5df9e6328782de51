import Testing
import TestSupport
@testable import Decoding

@Suite struct MetricsTests {
    @Test func accuracy() {
        expectEqual(accuracyScore(["a", "b", "b", "c"], ["a", "b", "c", "c"]), 0.75)
        expectEqual(accuracyScore(["a"], NDArray(["b"])), 0)
    }

    @Test func confusion() {
        let m = confusionMatrix(["cat", "face", "face", "cat", "house"], ["cat", "cat", "face", "cat", "face"])
        expectEqual(m, NDArray(shape: [3, 3], storage: [2, 0, 0, 1, 1, 0, 0, 1, 0]))
        let restricted = confusionMatrix(["cat", "face", "house"], ["face", "face", "house"], labels: ["face", "cat"])
        expectEqual(restricted, NDArray(shape: [2, 2], storage: [1, 0, 1, 0]))
    }
}
