import Foundation
import Testing
import TestSupport
@testable import Decoding

/// scikit-learn 1.9's outputs on the committed data sets (scripts/golden/svm.py).
struct SVMGolden: Decodable {
    struct Fit: Decodable {
        var name: String
        var repr: String
        var train_rows: Int?
        var classes: [String]
        var support: [Int]
        var n_support: [Int]
        var n_iter: [Int]
        var dual_coef: [Double]
        var dual_coef_shape: [Int]
        var coef: [Double]
        var coef_shape: [Int]
        var intercept: [Double]
        var predict: [String]
        var decision: [Double]
        var decision_shape: [Int]
        var C: Double
        var shrinking: Bool
    }
    struct Split: Decodable { var train: [Int]; var test: [Int] }
    var shape: [Int]?
    var labels: [String]
    var groups: [Int]
    var fits: [Fit]?
    var splits: [String: [Split]]
    var scores: [String: [Double]]?

    static func load(_ name: String) throws -> SVMGolden {
        try Fixture.decode("svm/\(name).json")
    }

    /// The float32 matrix stored next to the JSON (little-endian, C order).
    func matrix(_ name: String) throws -> NDArray<Float> {
        let url = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/svm/\(name).f32")
        let data = try Data(contentsOf: url)
        let values = data.withUnsafeBytes { raw in
            (0..<(data.count / 4)).map { Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self))) }
        }
        return NDArray(shape: Shape(try #require(shape)), storage: values)
    }
}

/// Largest |a − b| relative to the largest |b|, the 1e-3 criterion for coefficients.
func relativeError(_ a: [Double], _ b: [Double]) -> Double {
    precondition(a.count == b.count, "\(a.count) values against \(b.count)")
    let scale = max(b.map(abs).max() ?? 0, 1e-300)
    return zip(a, b).map { abs($0 - $1) }.max().map { $0 / scale } ?? 0
}

extension SVMGolden {
    /// Fits `SVC(kernel: .linear)` with `fit`'s C and shrinking on its training rows of `x` and
    /// checks it against scikit-learn's: repr, classes, support, per-pair SMO iterations (the
    /// solver took libsvm's path), shapes and predictions exactly; dual coefficients, coef,
    /// intercept and decisions within 1e-3 relative — those differences are returned.
    func expectSVCMatches(_ fit: Fit, x: NDArray<Float>) throws -> [String: Double] {
        let rows = fit.train_rows ?? x.count
        var svc = SVC(kernel: .linear, C: fit.C, shrinking: fit.shrinking)
        expectEqual(svc.description, fit.repr)
        try svc.fit(x[rows: ..<rows], Array(labels[..<rows]))
        let test = rows == x.count ? x : x[rows: rows...]
        #expect(try svc.classes == fit.classes)
        #expect(try svc.supportIndices.storage == fit.support)
        #expect(try svc.nSupport.storage == fit.n_support)
        #expect(try svc.nIter.storage == fit.n_iter)
        #expect(try svc.predict(test).storage == fit.predict)
        #expect(try svc.dualCoef.shape.dimensions == fit.dual_coef_shape)
        #expect(try svc.coef.shape.dimensions == fit.coef_shape)
        let decision = try svc.decisionFunction(test)
        expectEqual(decision.shape.dimensions, fit.decision_shape)
        let differences = [
            "dual_coef": try relativeError(svc.dualCoef.storage, fit.dual_coef),
            "coef": try relativeError(svc.coef.storage, fit.coef),
            "intercept": try relativeError(svc.intercept.storage, fit.intercept),
            "decision": relativeError(decision.storage, fit.decision),
        ]
        for (name, difference) in differences { #expect(difference < 1e-3, "\(name)") }
        return differences
    }
}

@Suite struct SVCGoldenTests {
    static let cases: [(data: String, fit: String)] = [
        ("facecat", "all"), ("facecat", "all_C0.002_noshrink"), ("facecat", "leave30"),
        ("multiclass", "all"), ("multiclass", "all_C0.002_noshrink"), ("multiclass", "leave30"),
        ("tiny", "all"), ("tiny", "all_C0.002_noshrink"),
    ]

    @Test(arguments: cases)
    func matchesScikitLearn(data: String, fit name: String) throws {
        let golden = try SVMGolden.load(data)
        let fit = try #require(golden.fits?.first { $0.name == name })
        _ = try golden.expectSVCMatches(fit, x: try golden.matrix(data))
    }

    struct DegenerateCase: Decodable {
        var name: String
        var x: [[Float]]
        var labels: [String]
        var support: [Int]
        var n_iter: [Int]
        var coef: [Double]
        var intercept: [Double]
        var predict: [String]
    }

    /// All-zero data, identical points with both labels, a zero feature: same solutions, same
    /// predictions, and zero weights and intercepts with scikit-learn's sign (numpy prints −0.).
    @Test func degenerateData() throws {
        struct File: Decodable { var cases: [DegenerateCase] }
        let cases = try Fixture.decode("svm/degenerate.json", as: File.self).cases
        expectEqual(cases.count, 4)
        for c in cases {
            let x = NDArray(rows: c.x)
            var svc = SVC()
            try svc.fit(x, c.labels)
            #expect(try svc.supportIndices.storage == c.support, "\(c.name)")
            #expect(try svc.nIter.storage == c.n_iter, "\(c.name)")
            #expect(try svc.predict(x).storage == c.predict, "\(c.name)")
            let coef = try svc.coef.storage, intercept = try svc.intercept.storage
            #expect(relativeError(coef, c.coef) < 1e-9, "\(c.name)")
            #expect(relativeError(intercept, c.intercept) < 1e-9, "\(c.name)")
            for (ours, theirs) in zip(coef + intercept, c.coef + c.intercept) where theirs == 0 {
                #expect(ours == 0 && ours.sign == theirs.sign, "\(c.name): zero sign")
            }
        }
    }

    @Test func oneVsOneDecisionShape() throws {
        let golden = try SVMGolden.load("multiclass")
        let x = try golden.matrix("multiclass")
        var svc = SVC(decisionFunctionShape: .ovo)
        try svc.fit(x, golden.labels)
        #expect(try svc.decisionFunction(x).shape == [x.count, 6])
        expectEqual(svc.description, "SVC(decision_function_shape='ovo', kernel='linear')")
    }

    @Test func errorsNameTheFault() throws {
        var svc = SVC()
        let x = NDArray<Float>(rows: [[0, 1], [1, 0], [2, 2]])
        #expect(throws: SVCError.oneClass(label: "face")) { try svc.fit(x, ["face", "face", "face"]) }
        #expect(throws: SVCError.sampleCountMismatch(rows: 3, labels: 2)) { try svc.fit(x, ["a", "b"]) }
        let bad = NDArray<Float>(rows: [[0, 1], [1, .nan], [2, 2]])
        let nanError = #expect(throws: SVCError.self) { try svc.fit(bad, ["a", "b", "a"]) }
        expectEqual(nanError?.description, "Input X contains NaN at row 1, column 1.")
        #expect(throws: SVCError.notFitted) { try svc.predict(x) }
        #expect(throws: SVCError.notFitted) { try svc.coef }
        try svc.fit(x, ["a", "b", "a"])
        #expect(throws: SVCError.featureCountMismatch(expected: 2, got: 3)) { try svc.predict(NDArray(rows: [[1, 2, 3]])) }
        #expect(SVCError.oneClass(label: "face").description.contains("'face'"))
        expectEqual(SVCError.nonFinite(row: 4, column: 7, value: .infinity).description, "Input X contains infinity at row 4, column 7.")
        var negative = SVC(C: -1)
        #expect(throws: SVCError.self) { try negative.fit(x, ["a", "b", "a"]) }
    }

    @Test func descriptionShowsNonDefaults() {
        expectEqual(SVC(kernel: .linear).description, "SVC(kernel='linear')")
        expectEqual(SVC(C: 0.5, tol: 1e-5, maxIter: 100).description, "SVC(C=0.5, kernel='linear', max_iter=100, tol=1e-05)")
        expectEqual(SVC(C: 10, shrinking: false).description, "SVC(C=10.0, kernel='linear', shrinking=False)")
    }
}
