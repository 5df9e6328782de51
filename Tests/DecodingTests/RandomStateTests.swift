import Foundation
import Testing
import TestSupport
@testable import Decoding

/// Fixtures/linear/random.json (scripts/golden/linear_models.py): numpy's legacy draws.
struct RandomGolden: Decodable {
    struct Draws: Decodable {
        var randint_int32max: [Int]
        var randint_5_100: [Int]
        var randint_2e40: [Int]
        var random_sample: [Double]
        var permutation_10: [Int]
        var permutation_1000_head: [Int]
        var shuffle_7: [Int]
        var choice_12_5: [Int]
        var multinomial_1: [[Int]]
        var multinomial_7: [Int]
    }
    var seeds: [String: Draws]
    var labels: [String]
    var groups: [Int]
    var splits: [String: [SVMGolden.Split]]

    static func load() throws -> RandomGolden {
        try Fixture.decode("linear/random.json")
    }
}

@Suite struct RandomStateTests {
    @Test func drawsEqualNumpy() throws {
        for (seed, expected) in try RandomGolden.load().seeds {
            var rng = RandomState(seed: UInt32(seed)!)
            expectEqual((0..<5).map { _ in rng.randint(Int(Int32.max)) }, expected.randint_int32max, "seed \(seed)")
            expectEqual(rng.randint(5, 100, count: 10), expected.randint_5_100)
            expectEqual((0..<3).map { _ in rng.randint(1 << 40) }, expected.randint_2e40)
            expectEqual(rng.randomSample(5), expected.random_sample)
            expectEqual(rng.permutation(10), expected.permutation_10)
            expectEqual(Array(rng.permutation(1000).prefix(20)), expected.permutation_1000_head)
            var values = Array(0..<7)
            rng.shuffle(&values)
            expectEqual(values, expected.shuffle_7)
            expectEqual(rng.choiceWithoutReplacement(Array(100..<112), count: 5), expected.choice_12_5)
            expectEqual((0..<20).map { _ in rng.multinomial(1, [0.2, 0.5, 0.3]) }, expected.multinomial_1)
            expectEqual(rng.multinomial(7, [0.1, 0.6, 0.3]), expected.multinomial_7)
        }
    }

    @Test func splittersEqualScikitLearn() throws {
        let golden = try RandomGolden.load()
        let cvs: [String: any CrossValidator] = [
            "kfold5_shuffle0": KFold(nSplits: 5, shuffle: true, randomState: 0),
            "kfold3_shuffle42": KFold(nSplits: 3, shuffle: true, randomState: 42),
            "stratified4_shuffle0": StratifiedKFold(nSplits: 4, shuffle: true, randomState: 0),
            "stratified3_shuffle7": StratifiedKFold(nSplits: 3, shuffle: true, randomState: 7),
            "groupkfold3_shuffle0": GroupKFold(nSplits: 3, shuffle: true, randomState: 0),
            "shufflesplit_default0": ShuffleSplit(randomState: 0),
            "shufflesplit_5_test0.25_1": ShuffleSplit(nSplits: 5, testSize: 0.25, randomState: 1),
            "shufflesplit_3_train0.5_test5_2": ShuffleSplit(nSplits: 3, testSize: 5, trainSize: 0.5, randomState: 2),
            "stratifiedshufflesplit_5_test0.2_0": StratifiedShuffleSplit(nSplits: 5, testSize: 0.2, randomState: 0),
            "stratifiedshufflesplit_4_test0.3_5": StratifiedShuffleSplit(nSplits: 4, testSize: 0.3, randomState: 5),
            "stratifiedshufflesplit_3_train8_test6_9": StratifiedShuffleSplit(nSplits: 3, testSize: 6, trainSize: 8, randomState: 9),
        ]
        expectEqual(Set(cvs.keys), Set(golden.splits.keys))
        for (name, cv) in cvs {
            let folds = try cv.split(nSamples: golden.labels.count, y: golden.labels, groups: golden.groups)
            let expected = try #require(golden.splits[name])
            expectEqual(folds.map(\.train), expected.map(\.train), "\(name) train")
            expectEqual(folds.map(\.test), expected.map(\.test), "\(name) test")
        }
    }

    @Test func splitSizeErrors() {
        #expect(throws: CrossValidationError.invalidSplitSize(size: "1.5", samples: 10)) {
            try ShuffleSplit(testSize: 1.5).split(nSamples: 10)
        }
        #expect(throws: CrossValidationError.splitSizesExceedSamples(train: 8, test: 5, samples: 10)) {
            try ShuffleSplit(testSize: 5, trainSize: 8).split(nSamples: 10)
        }
        #expect(throws: CrossValidationError.classTooSmallToSplit(label: "b")) {
            try StratifiedShuffleSplit(testSize: 2).split(nSamples: 5, y: ["a", "a", "b", "a", "a"])
        }
        expectEqual(ShuffleSplit(nSplits: 3, testSize: 0.25, randomState: 1).description, "ShuffleSplit(n_splits=3, random_state=1, test_size=0.25, train_size=None)")
    }
}
