import Decoding
import Foundation

/// The Swift side of bench/python/svc_fits.py: the same fits, timed per repeat, and the
/// same JSON (`seconds`, `result`) so the harness can check the predictions are identical.
struct SVCFits {
    let problem: SVCProblem

    func run(repeats: Int, resultPath: String) throws {
        var seconds: [Double] = []
        var result: [String: Any] = [:]
        for _ in 0..<repeats {
            let start = ContinuousClock.now
            result = problem.name == "facecat" ? try seedFits() : try fitPredict()
            seconds.append((ContinuousClock.now - start).seconds)
        }
        try writeJSON(["seconds": seconds, "result": result], to: resultPath)
    }

    /// The 29 fits of the seed tutorial, in pipeline.py's order.
    func seedFits() throws -> [String: Any] {
        let x = problem.x, y = problem.labels, n = y.count
        var svc = SVC(kernel: .linear)
        try svc.fit(x, y)
        var out: [String: Any] = ["predict_all": try svc.predict(x).storage, "coef": try svc.coef.storage]
        var held = SVC(kernel: .linear)
        try held.fit(x[rows: 0..<(n - 30)], Array(y[..<(n - 30)]))
        out["predict_last30"] = try held.predict(x[rows: (n - 30)..<n]).storage
        var loop: [String] = []
        for (train, test) in try KFold(nSplits: 5).split(x) {
            var fold = SVC(kernel: .linear)
            try fold.fit(x[rows: train], train.map { y[$0] })
            loop += try fold.predict(x[rows: test]).storage
        }
        out["kfold_loop"] = loop
        out["cv_default"] = try crossValScore(svc, x, y).storage
        out["cv_kfold"] = try crossValScore(svc, x, y, cv: KFold(nSplits: 5)).storage
        out["cv_logo"] = try crossValScore(svc, x, y, cv: LeaveOneGroupOut(), groups: problem.groups).storage
        return out
    }

    func fitPredict() throws -> [String: Any] {
        var svc = SVC(kernel: .linear)
        try svc.fit(problem.x, problem.labels)
        return ["predict_all": try svc.predict(problem.x).storage, "coef": try svc.coef.storage]
    }
}
