/// `tutor update [PATHS…]`: run tutorials and record what each step printed and drew.
public enum UpdateAction {
    /// 0 when every tutorial ran, 1 when one failed, 2 for paths that do not exist.
    public static func perform(paths: [String], add: Bool, settings: RunnerSettings) -> Int32 {
        guard let files = TutorialPaths.files(for: paths, command: "update") else { return 2 }
        guard let executor = settings.executor(compilingTogether: files) else { return 1 }
        var failed = false
        for file in files {
            guard let run = settings.run(file, executor: executor) else {
                failed = true
                continue
            }
            let (tutorial, folder) = (run.0, run.folder)
            var result = run.1
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
            FigureChecker.check(tutorial, &result, runFolder: folder)
            let baselines: BaselineWriter.Changes
            do {
                baselines = try BaselineWriter.update(tutorial, &result, runFolder: folder, add: add)
            } catch {
                Terminal.error(error.description)
                failed = true
                continue
            }
            let problems = TutorialCheck(tutorial, result).problems.filter { problem in
                // Differences are what update fixes (a missing baseline without --add is
                // said below); failures are what it cannot.
                !tutorial.steps.contains { $0.expected?.line == problem.line && result.steps[$0.number - 1].outcome == .completed }
                    && !problem.message.hasSuffix(FigureComparison.missingBaselineHint)
            }
            for problem in problems { Terminal.error(problem.text) }
            failed = failed || !problems.isEmpty
            Terminal.out(summary(file, outputs: rewrite.changedSteps, baselines: baselines))
        }
        return failed ? 1 : 0
    }

    private static func summary(_ file: String, outputs: [Int], baselines: BaselineWriter.Changes) -> String {
        var parts: [String] = []
        if !outputs.isEmpty {
            parts.append("updated the output of step\(outputs.count == 1 ? "" : "s") \(outputs.map(String.init).joined(separator: ", "))")
        }
        if !baselines.written.isEmpty {
            parts.append("recorded \(count(baselines.written.count, "baseline image"))")
        }
        if !baselines.removed.isEmpty {
            parts.append("removed \(count(baselines.removed.count, "stale baseline image"))")
        }
        var text = "\(file): " + (parts.isEmpty ? "unchanged" : parts.joined(separator: "; ")) + "\n"
        if baselines.missing > 0 {
            text += "\(file): \(count(baselines.missing, "figure")) \(baselines.missing == 1 ? "has" : "have") no baseline image; record \(baselines.missing == 1 ? "it" : "them") with `tutor update --add`\n"
        }
        return text
    }

    private static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
