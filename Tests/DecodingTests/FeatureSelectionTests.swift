import Testing
import TestSupport
@testable import Decoding

@Suite struct FeatureSelectionTests {
    let x = NDArray(rows: [[1, 5, 0, 2], [2, 5, 1, 2], [8, 5, 0, 3], [9, 5, 1, 3], [1, 5, 1, 2]] as [[Float]])
    let y = ["a", "a", "b", "b", "a"]

    @Test func fittedAttributesThrowBeforeFit() {
        let selector = SelectKBest(k: 2)
        #expect(!selector.isFitted)
        #expect(throws: FeatureSelectionError.notFitted(estimator: "SelectKBest")) { try selector.scores }
        #expect(throws: FeatureSelectionError.notFitted(estimator: "SelectKBest")) { try selector.transform(x) }
        #expect(throws: FeatureSelectionError.notFitted(estimator: "SelectPercentile")) { try SelectPercentile().getSupport() }
    }

    @Test func transformAndInverseTransformRoundTrip() throws {
        var selector = SelectKBest(k: 2)
        let reduced = try selector.fitTransform(x, y)
        #expect(try selector.getSupport() == [true, false, false, true])
        expectEqual(reduced, x[columns: [0, 3]])
        let back = try selector.inverseTransform(reduced)
        #expect(back.shape == [5, 4] && back[columns: [0, 3]] == reduced && back.column(1).storage.allSatisfy { $0 == 0 })
        // A decoder maps its (features,) weights back the same way.
        let weights = try selector.inverseTransform(NDArray([0.5, -2.0]))
        expectEqual(weights.storage, [0.5, 0, 0, -2.0])
        #expect(try selector.pValues != nil)
        #expect(throws: FeatureSelectionError.featureCountMismatch(estimator: "SelectKBest", expected: 4, got: 3)) {
            try selector.transform(x[columns: [0, 1, 2]])
        }
    }

    /// The constant column scores NaN (p NaN) and is ranked last; selectors work through the protocol.
    @Test func constantFeatureAndProtocol() throws {
        let (f, p) = try fClassif(x, y)
        #expect(f[1].isNaN && p[1].isNaN)
        var selectors: [any FeatureSelector] = [SelectPercentile(percentile: 75), SelectKBest(k: 3)]
        for i in selectors.indices {
            try selectors[i].fit(x, y)
            #expect(try !selectors[i].getSupport()[1])
        }
    }

    @Test func descriptionsAreScikitLearnsRepr() {
        expectEqual(SelectPercentile(percentile: 5).description, "SelectPercentile(percentile=5)")
        expectEqual(SelectPercentile(percentile: 2.5).description, "SelectPercentile(percentile=2.5)")
        expectEqual(SelectPercentile().description, "SelectPercentile()")
        expectEqual(SelectKBest(k: 500).description, "SelectKBest(k=500)")
        expectEqual(SelectKBest(k: nil).description, "SelectKBest(k='all')")
    }

    @Test func badInputGetsClearErrors() {
        #expect(throws: FeatureSelectionError.oneClass(label: "a")) { try fClassif(x, ["a", "a", "a", "a", "a"]) }
        #expect(throws: FeatureSelectionError.sampleCountMismatch(rows: 5, labels: 2)) { try fClassif(x, ["a", "b"]) }
        #expect(throws: FeatureSelectionError.tooFewSamples(samples: 2, classes: 2)) { try fClassif(x[rows: 1..<3], ["a", "b"]) }
        var bad = x
        bad[2, 1] = .nan
        #expect { try fClassif(bad, y) } throws: { "\($0)" == "Input X contains NaN at row 2, column 1." }
        var selector = SelectPercentile(percentile: 120)
        #expect { try selector.fit(x, y) } throws: { "\($0)".contains("'percentile' parameter of SelectPercentile must be a float in the range [0, 100]") }
        var negative = SelectKBest(k: -1)
        #expect { try negative.fit(x, y) } throws: { "\($0)".contains("'k' parameter") }
    }

    /// The k best are the last k of scikit-learn's stable ascending argsort, ties included
    /// (long enough lists for the quickselect to partition).
    @Test func kBestIsTheTailOfAStableArgsort() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let scores = (0..<Int.random(in: 1...300, using: &generator)).map { _ in
                [0.0, -0.0, 1, 2, 2.5, -.infinity, .infinity, -Double.greatestFiniteMagnitude].randomElement(using: &generator)!
            }
            let order = scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] < scores[$1] : $0 < $1 }
            for k in [0, 1, scores.count / 3, scores.count - 1, scores.count, scores.count + 2] where k >= 0 {
                var expected = [Bool](repeating: false, count: scores.count)
                for i in order.suffix(k) { expected[i] = true }
                expectEqual(SelectKBest.supportMask(scores, k: k), expected, "\(scores), k = \(k)")
            }
        }
    }

    /// A decoder's fold: rows of the float32 matrix scored as their float64 copy is, and a
    /// non-finite value named by its row in the fold.
    @Test func rowsOfAFloat32MatrixScoreAsTheirFloat64Copy() throws {
        let rows = [4, 0, 3, 2, 1, 3]
        let labels = rows.map { y[$0] }
        let copy = NDArray(shape: [rows.count, 4], storage: x[rows: rows].storage.map(Double.init))
        var fromRows = SelectKBest(k: 2), fromCopy = SelectKBest(k: 2)
        try fromRows.fit(rows: rows, of: x, labels)
        try fromCopy.fit(copy, labels)
        #expect(try fromRows.scores.storage.map(\.bitPattern) == fromCopy.scores.storage.map(\.bitPattern))
        #expect(try fromRows.pValues!.storage.map(\.bitPattern) == fromCopy.pValues!.storage.map(\.bitPattern))
        #expect(try fromRows.getSupport() == fromCopy.getSupport())
        var bad = x
        bad[3, 2] = .infinity
        #expect { try fromRows.fit(rows: rows, of: bad, labels) } throws: {
            $0 as? FeatureSelectionError == .nonFinite(row: 2, column: 2, value: .infinity)
        }
    }
}
