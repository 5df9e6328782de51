import ArgumentParser

/// `tutor list [PATHS…]`: the steps of tutorials and their options, without running anything.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List each tutorial's steps and their options without running anything.")

    @Argument(help: ArgumentHelp("Tutorial files or folders of them (default: the project's tutorials/).", valueName: "path"))
    var paths: [String] = []

    func run() throws {
        guard let roots = paths.isEmpty ? TutorialPaths.defaultFolder.map({ [$0] }) : paths else {
            Terminal.error("tutor list: not inside the project; name the tutorials to list")
            throw ExitCode(2)
        }
        let expansion = TutorialPaths.expand(roots)
        if !expansion.missing.isEmpty {
            for path in expansion.missing { Terminal.error("\(path):1: error: no such file or folder") }
            throw ExitCode(2)
        }
        var failed = false
        for file in expansion.files {
            do {
                Terminal.out(Self.listing(of: try TutorialParser.parse(contentsOf: file)))
            } catch {
                Terminal.error(error.description)
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }

    static func listing(of tutorial: Tutorial) -> String {
        var text = "\(tutorial.path) — \(tutorial.title)"
        let matter = tutorial.frontMatter
        var facts: [String] = []
        if let order = matter.order { facts.append("order \(order)") }
        if let timeout = matter.timeout { facts.append("timeout \(timeout) s") }
        if let thumbnail = matter.thumbnail { facts.append("thumbnail \(thumbnail)") }
        text += (facts.isEmpty ? "" : " (\(facts.joined(separator: ", ")))") + "\n"
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
