import ArgumentParser

/// `tutor update [PATHS…]`: run tutorials and record what each step printed.
struct UpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Run tutorials, then rewrite each step's output block with what the step printed.",
        discussion: """
            Only output blocks change; every other byte of the file stays as it was, and the file \
            is replaced atomically. Steps after a failing step keep their blocks. Exits 0 when every \
            tutorial ran, 1 when one failed, 2 on a usage error.
            """)

    @Argument(help: ArgumentHelp("Tutorial files or folders of them (default: the project's tutorials/).", valueName: "path"))
    var paths: [String] = []

    @Flag(help: "Also insert an output block after each step that printed something and has none.")
    var add = false

    @OptionGroup var options: RunnerOptions

    func run() throws {
        guard let roots = paths.isEmpty ? TutorialPaths.defaultFolder.map({ [$0] }) : paths else {
            Terminal.error("tutor update: not inside the project; name the tutorials to update")
            throw ExitCode(2)
        }
        let expansion = TutorialPaths.expand(roots)
        if !expansion.missing.isEmpty {
            for path in expansion.missing { Terminal.error("\(path):1: error: no such file or folder") }
            throw ExitCode(2)
        }
        let executor = try options.executor()
        var failed = false
        for file in expansion.files {
            do {
                let tutorial = try TutorialParser.parse(contentsOf: file)
                let result = try executor.run(tutorial, outputFolder: options.outputFolder(for: tutorial, executor: executor))
                let rewrite = OutputRewriter.rewrite(result, add: add)
                if !rewrite.changedSteps.isEmpty { try AtomicFile.write(rewrite.source, to: file) }
                let check = TutorialCheck(result)
                let problems = check.problems.filter { problem in
                    // Differences are what update fixes; failures are what it cannot.
                    !tutorial.steps.contains { $0.expected?.line == problem.line && result.steps[$0.number - 1].outcome == .completed }
                }
                for problem in problems { Terminal.error(problem.text) }
                failed = failed || !problems.isEmpty
                let changed = rewrite.changedSteps.map(String.init).joined(separator: ", ")
                Terminal.out(rewrite.changedSteps.isEmpty ? "\(file): unchanged\n" : "\(file): updated the output of step\(rewrite.changedSteps.count == 1 ? "" : "s") \(changed)\n")
            } catch let error as TutorialError {
                Terminal.error(error.description)
                failed = true
            } catch {
                Terminal.error("\(error)")
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}
