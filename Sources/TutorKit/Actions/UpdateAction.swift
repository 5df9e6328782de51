/// `tutor update [PATHS…]`: run tutorials and record what each step printed.
public enum UpdateAction {
    /// 0 when every tutorial ran, 1 when one failed, 2 for paths that do not exist.
    public static func perform(paths: [String], add: Bool, settings: RunnerSettings) -> Int32 {
        guard let files = TutorialPaths.files(for: paths, command: "update") else { return 2 }
        guard let executor = settings.executor(compilingTogether: files) else { return 1 }
        var failed = false
        for file in files {
            guard let (tutorial, result, _) = settings.run(file, executor: executor) else {
                failed = true
                continue
            }
            let rewrite = OutputRewriter.rewrite(tutorial, result, add: add)
            if !rewrite.changedSteps.isEmpty {
                do {
                    try AtomicFile.write(rewrite.source, to: file)
                } catch {
                    Terminal.error(error.description)
                    failed = true
                    continue
                }
            }
            let problems = TutorialCheck(tutorial, result).problems.filter { problem in
                // Differences are what update fixes; failures are what it cannot.
                !tutorial.steps.contains { $0.expected?.line == problem.line && result.steps[$0.number - 1].outcome == .completed }
            }
            for problem in problems { Terminal.error(problem.text) }
            failed = failed || !problems.isEmpty
            let changed = rewrite.changedSteps.map(String.init).joined(separator: ", ")
            Terminal.out(rewrite.changedSteps.isEmpty ? "\(file): unchanged\n" : "\(file): updated the output of step\(rewrite.changedSteps.count == 1 ? "" : "s") \(changed)\n")
        }
        return failed ? 1 : 0
    }
}
