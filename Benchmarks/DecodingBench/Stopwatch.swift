import Foundation

/// Seconds between marks, named by stage, in the order they were taken.
struct Stopwatch {
    private var last = ContinuousClock.now
    private(set) var stages: [(String, Double)] = []

    mutating func mark(_ name: String) {
        let now = ContinuousClock.now
        stages.append((name, (now - last).seconds))
        last = now
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) * 1e-18 }
}

/// Writes a JSON object to `path` through a temporary file renamed into place.
func writeJSON(_ object: Any, to path: String) throws {
    let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp")
    do {
        try data.write(to: temporary)
    } catch {
        throw BenchError.unwritable(path: path, reason: "\(error)")
    }
    guard rename(temporary.path, url.path) == 0 else {
        throw BenchError.unwritable(path: path, reason: String(cString: strerror(errno)))
    }
}
