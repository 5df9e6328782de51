import Foundation
import Testing

/// The committed golden files below Tests/DecodingTests/Fixtures (each written by a script in
/// scripts/golden/), found and decoded one way by every suite.
enum Fixture {
    /// The file at `path` below Fixtures/, e.g. `"plot/bar_charts.json"`.
    static func url(_ path: String) throws -> URL {
        try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/" + path)
    }

    /// The JSON file at `path` below Fixtures/, decoded as `T`.
    static func decode<T: Decodable>(_ path: String, as _: T.Type = T.self) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(contentsOf: url(path)))
    }
}
