import Testing
import TestSupport
@testable import Decoding

@Suite struct ModelSelectionTests {
    func expectSame(_ ours: [TrainTestSplit], _ theirs: [SVMGolden.Split], _ label: String) {
        expectEqual(ours.count, theirs.count, "\(label): fold count")
        for (f, (a, b)) in zip(ours, theirs).enumerated() {
            expectEqual(a.train, b.train, "\(label) fold \(f) train")
            expectEqual(a.test, b.test, "\(label) fold \(f) test")
        }
    }

    func splitter(_ key: String) -> any CrossValidator {
        switch key {
        case "kfold5": KFold(nSplits: 5)
        case "kfold3": KFold(nSplits: 3)
        case "kfold6": KFold(nSplits: 6)
        case "stratified5": StratifiedKFold(nSplits: 5)
        case "stratified4": StratifiedKFold(nSplits: 4)
        case "stratified3": StratifiedKFold(nSplits: 3)
        case "logo": LeaveOneGroupOut()
        case "groupkfold3": GroupKFold(nSplits: 3)
        case "groupkfold4": GroupKFold(nSplits: 4)
        default: GroupKFold(nSplits: 5)
        }
    }

    @Test(arguments: ["facecat", "multiclass", "tiny", "splits"])
    func foldsMatchScikitLearn(data: String) throws {
        let golden = try SVMGolden.load(data)
        #expect(!golden.splits.isEmpty)
        for (key, expected) in golden.splits {
            let cv = key == "groupkfold" ? GroupKFold(nSplits: min(5, Set(golden.groups).count)) : splitter(key)
            let ours = try cv.split(nSamples: golden.labels.count, y: golden.labels, groups: golden.groups)
            expectSame(ours, expected, "\(data)/\(key)")
        }
    }

    @Test func shuffledFoldsPartitionAndRepeat() throws {
        let y = (0..<40).map { $0 % 3 == 0 ? "a" : "b" }
        let groups = (0..<40).map { $0 / 4 }
        let cvs: [any CrossValidator] = [
            KFold(nSplits: 4, shuffle: true, randomState: 0),
            StratifiedKFold(nSplits: 4, shuffle: true, randomState: 0),
            GroupKFold(nSplits: 4, shuffle: true, randomState: 0),
        ]
        for cv in cvs {
            let first = try cv.split(nSamples: 40, y: y, groups: groups)
            let again = try cv.split(nSamples: 40, y: y, groups: groups)
            expectEqual(first.map(\.test), again.map(\.test), "\(cv) repeats with a fixed random state")
            expectEqual(first.flatMap(\.test).sorted(), Array(0..<40), "\(cv) tests every sample once")
            #expect(try first.map(\.test) != KFold(nSplits: 4).split(nSamples: 40).map(\.test), "\(cv) shuffles")
            for fold in first { #expect(Set(fold.train).isDisjoint(with: fold.test)) }
        }
    }

    @Test func errors() {
        #expect(throws: CrossValidationError.moreSplitsThanSamples(nSplits: 6, nSamples: 5)) {
            try KFold(nSplits: 6).split(nSamples: 5)
        }
        #expect(throws: CrossValidationError.tooFewSplits(nSplits: 1)) { try KFold(nSplits: 1).split(nSamples: 5) }
        #expect(throws: CrossValidationError.groupCountMismatch(groups: 3, samples: 4)) {
            try LeaveOneGroupOut().split(nSamples: 4, groups: [0, 1, 1])
        }
        #expect(throws: CrossValidationError.groupsRequired(splitter: "LeaveOneGroupOut")) {
            try LeaveOneGroupOut().split(nSamples: 4, groups: nil)
        }
        #expect(throws: CrossValidationError.tooFewGroups(groups: [3])) {
            try LeaveOneGroupOut().split(nSamples: 2, groups: [3, 3])
        }
        #expect(throws: CrossValidationError.moreSplitsThanGroups(nSplits: 3, nGroups: 2)) {
            try GroupKFold(nSplits: 3).split(nSamples: 4, groups: [0, 0, 1, 1])
        }
        #expect(throws: CrossValidationError.moreSplitsThanClassMembers(nSplits: 3, largestClass: 2)) {
            try StratifiedKFold(nSplits: 3).split(nSamples: 4, y: ["a", "a", "b", "b"])
        }
        #expect(throws: CrossValidationError.randomStateWithoutShuffle(splitter: "KFold")) {
            try KFold(randomState: 1).split(nSamples: 10)
        }
        expectEqual(CrossValidationError.moreSplitsThanSamples(nSplits: 6, nSamples: 5).description, "Cannot have number of splits n_splits=6 greater than the number of samples: n_samples=5.")
        expectEqual(KFold(nSplits: 5).description, "KFold(n_splits=5, random_state=None, shuffle=False)")
    }
}
