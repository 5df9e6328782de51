import Testing
@testable import Decoding

@Suite struct MetricsTests {
    @Test func accuracy() {
        #expect(accuracyScore(["a", "b", "b", "c"], ["a", "b", "c", "c"]) == 0.75)
        #expect(accuracyScore(["a"], NDArray(["b"])) == 0)
    }

    @Test func confusion() {
        let m = confusionMatrix(["cat", "face", "face", "cat", "house"], ["cat", "cat", "face", "cat", "face"])
        #expect(m == NDArray(shape: [3, 3], storage: [2, 0, 0, 1, 1, 0, 0, 1, 0]))
        let restricted = confusionMatrix(["cat", "face", "house"], ["face", "face", "house"], labels: ["face", "cat"])
        #expect(restricted == NDArray(shape: [2, 2], storage: [1, 0, 1, 0]))
    }
}
