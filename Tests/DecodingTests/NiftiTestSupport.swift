import Foundation
import Testing

@testable import Decoding

/// Fixture paths and golden JSON for the NIfTI, masker and Haxby suites.
enum NiftiFixtures {
    static var directory: String {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("nifti").path
    }

    static func path(_ name: String) -> String { directory + "/" + name }

    static func json(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path(name)))
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    /// A fresh empty directory under the system temporary directory.
    static func temporaryDirectory() throws -> String {
        let dir = NSTemporaryDirectory() + "nifti-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    static func affineRows(_ any: Any?) -> [Double] {
        (any as! [[Double]]).flatMap { $0 }
    }
}

/// The first lines where two multi-line texts differ, for readable test failures.
func firstDifference(_ a: String, _ b: String) -> String {
    let x = a.split(separator: "\n", omittingEmptySubsequences: false)
    let y = b.split(separator: "\n", omittingEmptySubsequences: false)
    for i in 0..<max(x.count, y.count) {
        let l = i < x.count ? String(x[i]) : "<none>"
        let r = i < y.count ? String(y[i]) : "<none>"
        if l != r { return "line \(i + 1): got \(l.debugDescription), expected \(r.debugDescription)" }
    }
    return "identical"
}
