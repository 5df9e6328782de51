// libFuzzer target: the tutorial parser — YAML front matter, fences, info strings, step
// options, output blocks — on arbitrary bytes, as `tutor check` reads a Markdown file.
@testable import TutorKit
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTutorial(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = Array(UnsafeBufferPointer(start: data, count: size))
    if let tutorial = try? TutorialParser.parse(source: source, path: "fuzz.md") { _ = tutorial.steps.count }
    return 0
}
