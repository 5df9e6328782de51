import Decoding
import Foundation

/// One problem written by bench/python/prepare_svc.py: NAME.f32 (little-endian float32,
/// samples × features) and NAME.json (shape, labels, groups).
struct SVCProblem {
    let name: String
    let x: NDArray<Float>
    let labels: [String]
    let groups: [Int]

    init(directory: String, name: String) throws {
        self.name = name
        let metaPath = "\(directory)/\(name).json", dataPath = "\(directory)/\(name).f32"
        let object: Any
        let bytes: Data
        do {
            object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: metaPath)))
            bytes = try Data(contentsOf: URL(fileURLWithPath: dataPath))
        } catch {
            throw BenchError.unreadableProblem(path: "\(directory)/\(name)", reason: "\(error)")
        }
        guard let meta = object as? [String: Any], let shape = meta["shape"] as? [Int], shape.count == 2,
              let labels = meta["labels"] as? [String], let groups = meta["groups"] as? [Int],
              labels.count == shape[0], groups.count == shape[0]
        else { throw BenchError.unreadableProblem(path: metaPath, reason: "needs shape [n, d], n labels and n groups") }
        guard bytes.count == shape[0] * shape[1] * 4 else {
            throw BenchError.unreadableProblem(path: dataPath, reason: "\(bytes.count) bytes for shape \(shape)")
        }
        var values = [Float](repeating: 0, count: shape[0] * shape[1])
        values.withUnsafeMutableBytes { _ = bytes.copyBytes(to: $0) }  // little-endian hosts only
        x = NDArray(shape: Shape(shape), storage: values)
        self.labels = labels
        self.groups = groups
    }
}
