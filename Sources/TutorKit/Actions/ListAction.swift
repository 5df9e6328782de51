/// `tutor list [PATHS…]`: the steps of tutorials and their options, without running anything.
public enum ListAction {
    /// 0 when every file parsed, 1 when one did not, 2 for paths that do not exist.
    public static func perform(paths: [String]) -> Int32 {
        guard let files = TutorialPaths.files(for: paths, command: "list") else { return 2 }
        var status: Int32 = 0
        let fallbacks = (try? LibraryBuild.forRunningExecutable()).map { MergeFallbacks(cacheFolder: CompilerFlags.defaultCacheFolder(for: $0)) }
        for file in files {
            do {
                Terminal.out(listing(of: try TutorialParser.parse(contentsOf: file), fallbacks: fallbacks))
            } catch {
                Terminal.error(error.description)
                status = 1
            }
        }
        return status
    }

    /// `fallbacks`: where merged compiles recorded why tutorials were compiled alone.
    static func listing(of tutorial: Tutorial, fallbacks: MergeFallbacks? = nil) -> String {
        var text = "\(tutorial.path) — \(tutorial.title)"
        let matter = tutorial.frontMatter
        var facts: [String] = []
        if let order = matter.order { facts.append("order \(order)") }
        if let timeout = matter.timeout { facts.append("timeout \(timeout) s") }
        if let thumbnail = matter.thumbnail { facts.append("thumbnail \(thumbnail)") }
        if matter.slow { facts.append("slow: tutor build --quick weaves its recorded outputs, tutor check --quick only compiles it") }
        text += (facts.isEmpty ? "" : " (\(facts.joined(separator: ", ")))") + "\n"
        if let reason = MergeCheck.reason(tutorial) {
            text += "  compiled alone: \(reason), which a merged program cannot host\n"
        } else if let fallbacks, let reason = fallbacks.reason(for: tutorial) {
            text += "  compiled alone at the last merged compile: \(reason)\n"
        }
        for step in tutorial.steps {
            var line = "  step \(step.number)  line \(step.line)"
            let words = step.options.words
            if !words.isEmpty { line += "  " + words.joined(separator: " ") }
            line += step.expected.map { "  output at line \($0.line)" } ?? "  no output block"
            text += line + "\n"
        }
        return text
    }
}
