/// The `.swift` download: every step in order, as one script a reader can paste into a
/// program that imports the library. Prose becomes `//` comments between the steps.
enum SwiftScript {
    static func text(_ tutorial: GalleryTutorial, source: String) -> String {
        let layout = SourceLayout(markdown: source)
        var out = "// \(tutorial.meta.title)\n//\n// Generated from \(tutorial.path) by `tutor build`.\n\nimport Foundation\nimport Decoding\n"
        for segment in layout.segments {
            switch segment {
            case .prose(let text, _):
                out += "\n"
                for line in TutorialPage.trimmedOutput(text).split(separator: "\n", omittingEmptySubsequences: false) {
                    out += line.isEmpty ? "//\n" : "// \(line)\n"
                }
            case .step(let n):
                let code = n < tutorial.steps.count ? tutorial.steps[n].code : layout.stepCodes[n]
                out += "\n\(code)\n"
            }
        }
        return out
    }
}
