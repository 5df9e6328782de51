import Foundation
import Testing
@testable import Decoding

/// Fixtures/linear/models.json, written by scripts/golden/linear_models.py from the svm
/// fixtures' matrices.
struct LinearGolden: Decodable {
    struct Fit: Decodable {
        var repr: String
        var classes: [String]
        var coef: [Double]
        var coef_shape: [Int]
        var intercept: [Double]
        var predict: [String]
        var decision: [Double]
        var n_iter: Int?
        var C: Double?
        var Cs: [Double]?
        var scores: [Double]?
        var scores_shape: [Int]?
        var predict_proba: [Double]?
        var alpha: Double?
        var best_score: Double?
    }
    struct Dummy: Decodable { var class_prior: [Double]; var predict: [String]; var predict_proba: [Double] }
    struct DataSet: Decodable {
        var linear_svc: [String: Fit]
        var logistic_cv: [String: Fit]
        var ridge_cv: [String: Fit]
        var dummy: [String: Dummy]
        var l1_min_c: [String: Double]
    }
    var sklearn: String
    var datasets: [String: DataSet]

    static let shared: LinearGolden = try! Fixture.decode("linear/models.json")

    /// The data set's matrix and labels, from the svm fixtures.
    static func data(_ name: String) throws -> (x: NDArray<Float>, y: [String]) {
        let golden = try SVMGolden.load(name)
        return (try golden.matrix(name == "haxby/haxby" ? "haxby/x" : name), golden.labels)
    }

    static let names = ["facecat", "multiclass", "tiny", "haxby/haxby"]
}

/// max |a − b| / max(|b|, 1e-3·max|b|): relative to each golden value, with a floor so that
/// coefficients that are zero or nearly so are compared to the scale of the vector.
func maxRelativeDifference(_ a: [Double], _ b: [Double]) -> Double {
    precondition(a.count == b.count, "\(a.count) values vs \(b.count)")
    let scale = max(b.map(abs).max() ?? 0, 1e-300)
    return zip(a, b).map { abs($0 - $1) / max(abs($1), 1e-3 * scale) }.max() ?? 0
}
