/// The `.swift` download: every step in order, as one script a reader can paste into a
/// program that imports the library. Prose becomes `//` comments between the steps.
enum SwiftScript {
    static func text(_ entry: GalleryEntry) -> String {
        var out = "// \(entry.title)\n//\n// Generated from \(entry.sitePath) by `tutor build`.\n\nimport Foundation\nimport Decoding\n"
        for block in entry.tutorial.blocks {
            switch block {
            case .prose(let text, _):
                out += "\n"
                for line in TutorialPage.trimmedOutput(text).split(separator: "\n", omittingEmptySubsequences: false) {
                    out += line.isEmpty ? "//\n" : "// \(line)\n"
                }
            case .step(let n):
                out += "\n\(entry.tutorial.steps[n].displayCode)\n"
            }
        }
        return out
    }
}
