import Testing
import TestSupport
@testable import Decoding

@Suite struct LinearSVCTests {
    static let configurations: [String: LinearSVC] = [
        "l2": LinearSVC(randomState: 0),
        "l2_dual_C0.05": LinearSVC(dual: true, C: 0.05, randomState: 3),
        "l2_primal": LinearSVC(dual: false),
        "l1_C0.1": LinearSVC(penalty: .l1, C: 0.1, randomState: 0),
        "hinge": LinearSVC(loss: .hinge, randomState: 1, maxIter: 5000),
        "nilearn_svc_l1": LinearSVC(penalty: .l1, randomState: 0, maxIter: 10000),
        "nilearn_svc_l2": LinearSVC(penalty: .l2, randomState: 0, maxIter: 10000),
        "no_intercept": LinearSVC(fitIntercept: false, interceptScaling: 2, randomState: 0),
        "intercept_scaling3": LinearSVC(interceptScaling: 3, randomState: 7),
    ]

    @Test(arguments: LinearGolden.names)
    func matchesScikitLearn(data: String) throws {
        let (x, y) = try LinearGolden.data(data)
        for (name, expected) in try #require(LinearGolden.shared.datasets[data]).linear_svc.sorted(by: { $0.key < $1.key }) {
            var svc = try #require(Self.configurations[name])
            try svc.fit(x, y)
            expectEqual(svc.description, expected.repr, "\(data) \(name)")
            #expect(try svc.classes == expected.classes)
            #expect(try svc.coef.shape == Shape(expected.coef_shape))
            if try svc.solver(samples: x.shape[0], features: x.shape[1]) == .l2rL2LossSVC {
                // TRON, through the BLAS, whose kernels OpenBLAS picks by CPU: where it stops
                // moves with the rounding, so the check is "the same minimizer" (PrimalObjective).
                let objective = PrimalObjective(
                    x: x, C: svc.C, fitIntercept: svc.fitIntercept, interceptScaling: svc.interceptScaling)
                let apart = objective.expectSameMinimizer(
                    coef: try svc.coef.storage, intercept: try svc.intercept.storage, expectedCoef: expected.coef,
                    expectedIntercept: expected.intercept, classes: try svc.classes, labels: y, tol: svc.tol, "\(data) \(name)")
                let decisionDiff = zip(try svc.decisionFunction(x).storage, expected.decision).map { abs($0 - $1) }.max() ?? 0
                #expect(decisionDiff <= apart * objective.largestRowNorm + 1e-12, "\(data) \(name)")
                continue
            }
            let coefDiff = maxRelativeDifference(try svc.coef.storage, expected.coef)
            // Without an intercept scikit-learn's intercept_ is the scalar 0.0; ours is a zero per row.
            let intercept = try svc.intercept.storage
            let interceptDiff = svc.fitIntercept
                ? maxRelativeDifference(intercept, expected.intercept) : (intercept.allSatisfy { $0 == 0 } ? 0 : 1)
            #expect(coefDiff < 1e-4, "\(data) \(name): coef differs by \(coefDiff)")
            #expect(interceptDiff < 1e-4, "\(data) \(name): intercept differs by \(interceptDiff)")
            #expect(try svc.nIter == expected.n_iter, "\(data) \(name)")
            #expect(try svc.predict(x).storage == expected.predict, "\(data) \(name)")
            #expect(maxRelativeDifference(try svc.decisionFunction(x).storage, expected.decision) < 1e-4)
            print("LinearSVC \(data) \(name): coef \(coefDiff), intercept \(interceptDiff)")
        }
    }

    @Test func contract() throws {
        let x = NDArray<Float>(rows: [[0, 1], [1, 0], [2, 2], [3, 1]])
        var svc = LinearSVC()
        #expect(throws: ClassifierError.notFitted(estimator: "LinearSVC")) { try svc.coef }
        #expect(throws: ClassifierError.notFitted(estimator: "LinearSVC")) { try svc.predict(x) }
        #expect(throws: ClassifierError.oneClass(estimator: "LinearSVC", label: "a")) { try svc.fit(x, ["a", "a", "a", "a"]) }
        #expect(throws: ClassifierError.sampleCountMismatch(rows: 4, labels: 3)) { try svc.fit(x, ["a", "b", "a"]) }
        var l1Hinge = LinearSVC(penalty: .l1, loss: .hinge)
        #expect(throws: ClassifierError.self) { try l1Hinge.fit(x, ["a", "b", "a", "b"]) }
        var l1Dual = LinearSVC(penalty: .l1, dual: true)
        #expect(throws: ClassifierError.self) { try l1Dual.fit(x, ["a", "b", "a", "b"]) }
        var negative = LinearSVC(C: -1)
        let error = #expect(throws: ClassifierError.self) { try negative.fit(x, ["a", "b", "a", "b"]) }
        expectEqual(error?.description, "The 'C' parameter of LinearSVC must be a float in the range (0.0, inf). Got -1.0 instead.")
        try svc.fit(x, ["a", "b", "a", "b"])
        #expect(throws: ClassifierError.featureCountMismatch(estimator: "LinearSVC", expected: 2, got: 3)) {
            try svc.predict(NDArray(rows: [[1, 2, 3]]))
        }
    }

    /// Concurrent fits draw from their own liblinear generator: each equals the serial fit.
    @Test func concurrentFitsEqualSerial() throws {
        let (x, y) = try LinearGolden.data("facecat")
        var serial = LinearSVC(penalty: .l1, C: 0.1, randomState: 0)
        try serial.fit(x, y)
        let expected = try serial.coef.storage
        let box = CoefBox()
        DispatchQueue.concurrentPerform(iterations: 4) { i in
            var svc = LinearSVC(penalty: .l1, C: 0.1, randomState: 0)
            try? svc.fit(x, y)
            box.set(i, (try? svc.coef.storage) ?? [])
        }
        for i in 0..<4 { expectEqual(box.get(i), expected) }
    }
}

import Foundation

final class CoefBox: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Int: [Double]] = [:]
    func set(_ i: Int, _ v: [Double]) { lock.lock(); values[i] = v; lock.unlock() }
    func get(_ i: Int) -> [Double]? { lock.lock(); defer { lock.unlock() }; return values[i] }
}
