// SVM benchmark, Swift side: runs the seed tutorial's fits on data written by
// bench/svm_bench.py and prints one JSON object (best-of-N seconds per scenario, predictions
// and scores) that the Python side compares with scikit-learn's.
//
//     svm-bench <data directory> <repeats>
import Decoding
import Foundation

struct DataSet {
    var x: NDArray<Float>
    var labels: [String]
    var groups: [Int]

    init(directory: URL, name: String) throws {
        let meta = try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("\(name).json"))) as! [String: Any]
        let shape = meta["shape"] as! [Int]
        labels = meta["labels"] as! [String]
        groups = meta["groups"] as! [Int]
        let data = try Data(contentsOf: directory.appendingPathComponent("\(name).f32"))
        let values = data.withUnsafeBytes { raw in
            (0..<(data.count / 4)).map { Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self))) }
        }
        x = NDArray(shape: Shape(shape), storage: values)
    }
}

/// Best wall time of `repeats` runs, and the last run's result.
func timed<T>(_ repeats: Int, _ body: () throws -> T) rethrows -> (seconds: Double, result: T) {
    var best = Double.infinity
    var result: T?
    for _ in 0..<repeats {
        let start = ContinuousClock.now
        result = try body()
        let elapsed = ContinuousClock.now - start
        best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }
    return (best, result!)
}

/// Every fit of the seed tutorial on face vs cat.
func seedFits(_ d: DataSet) throws -> [String: Any] {
    let x = d.x, y = d.labels, n = x.count
    var svc = SVC(kernel: .linear)
    try svc.fit(x, y)
    let all = try svc.predict(x).storage
    var heldOut = SVC(kernel: .linear)
    try heldOut.fit(x[rows: ..<(n - 30)], Array(y[..<(n - 30)]))
    let last30 = try heldOut.predict(x[rows: (n - 30)...]).storage
    var loop: [[String]] = []
    for (train, test) in try KFold(nSplits: 5).split(x) {
        var fold = SVC(kernel: .linear)
        try fold.fit(x[rows: train], train.map { y[$0] })
        loop.append(try fold.predict(x[rows: test]).storage)
    }
    let byDefault = try crossValScore(svc, x, y).storage
    let kfold = try crossValScore(svc, x, y, cv: KFold(nSplits: 5)).storage
    let logo = try crossValScore(svc, x, y, cv: LeaveOneGroupOut(), groups: d.groups).storage
    return ["predict_all": all, "predict_last30": last30, "kfold_loop": loop,
            "cv_default": byDefault, "cv_kfold": kfold, "cv_logo": logo, "coef": try svc.coef.storage]
}

func fitPredict(_ d: DataSet) throws -> [String: Any] {
    var svc = SVC(kernel: .linear)
    try svc.fit(d.x, d.labels)
    return ["predict_all": try svc.predict(d.x).storage, "coef": try svc.coef.storage]
}

let arguments = CommandLine.arguments
let directory = URL(fileURLWithPath: arguments.count > 1 ? arguments[1] : "/tmp/svm-bench")
let repeats = arguments.count > 2 ? Int(arguments[2]) ?? 3 : 3
let only = arguments.count > 3 ? Set(arguments[3].split(separator: ",").map(String.init)) : nil
var report: [String: Any] = [:]
for (name, run) in [("facecat", seedFits), ("eight_class", fitPredict), ("wide", fitPredict)] as [(String, (DataSet) throws -> [String: Any])] {
    if let only, !only.contains(name) { continue }
    let data = try DataSet(directory: directory, name: name)
    let (seconds, result) = try timed(repeats) { try run(data) }
    report[name] = ["seconds": seconds, "result": result]
}
let json = try JSONSerialization.data(withJSONObject: report)
FileHandle.standardOutput.write(json)
