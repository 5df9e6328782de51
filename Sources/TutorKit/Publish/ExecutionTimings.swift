import Foundation

/// Each tutorial's last measured running time and peak memory, as a JSON file: every build
/// writes one into the site (`execution-times.json`), and a committed copy (by default
/// `execution-times.json` in the tutorials folder, or `tutor build --timings FILE`) lets
/// `--shard` balance shards by time. Keyed by the tutorial's path in the gallery.
struct ExecutionTimings: Codable, Sendable, Equatable {
    struct Timing: Codable, Sendable, Equatable {
        var seconds: Double
        var peakMemoryBytes: Int?
    }

    static let fileName = "execution-times.json"

    var tutorials: [String: Timing] = [:]

    init(tutorials: [String: Timing] = [:]) { self.tutorials = tutorials }

    init(_ entries: [GalleryEntry]) {
        // A result woven from recorded outputs measured nothing.
        for e in entries where e.result.isRun {
            tutorials[e.sitePath] = Timing(seconds: e.result.totalSeconds, peakMemoryBytes: e.result.peakMemoryBytes)
        }
    }

    var seconds: [String: Double] { tutorials.mapValues(\.seconds) }

    func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }

    struct Unreadable: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): error: not a timings file: \(reason)" }
    }

    /// The timings in `file`; nil when there is no such file.
    static func read(_ file: URL) throws -> ExecutionTimings? {
        guard let data = try? Data(contentsOf: file) else { return nil }
        do {
            return try JSONDecoder().decode(ExecutionTimings.self, from: data)
        } catch {
            throw Unreadable(path: file.path, reason: "\(error)")
        }
    }
}
