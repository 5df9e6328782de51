// The tutorial parser — YAML front matter, fences, info strings, step options, output
// blocks — on arbitrary bytes, as `tutor check` reads a Markdown file.
@testable import TutorKit
import Foundation

enum FuzzTutorial {
    /// Whether the parser accepted the input as a tutorial.
    @discardableResult
    static func run(_ input: UnsafeRawBufferPointer) -> Bool {
        guard let tutorial = try? TutorialParser.parse(source: Array(input), path: "fuzz.md") else { return false }
        _ = tutorial.steps.count
        return true
    }
}
