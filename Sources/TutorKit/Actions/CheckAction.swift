/// `tutor check [PATHS…]`: run tutorials and compare each step's output with its block.
public enum CheckAction {
    public enum Format: String, Sendable, CaseIterable {
        case plain, github
    }

    /// Whether results `tutor build` stored may stand in for a run.
    public enum Reuse: Sendable, Equatable {
        /// Run every tutorial (`--force`).
        case never
        /// Reuse a stored result made under the same key (see `StoredRuns`), from the
        /// project's `.tutor-cache/gallery` or the given folder.
        case stored(cache: String?)
    }

    /// 0 when all pass, 1 when a tutorial fails or differs, 2 on a usage error. `quick`: a
    /// tutorial marked `slow: true` without a stored result is compiled against the library,
    /// not run (see `FrontMatter.skippedWhenQuick`).
    public static func perform(
        paths: [String], format: Format, junit: String?, settings: RunnerSettings, reuse: Reuse = .never,
        quick: Bool = false
    ) -> Int32 {
        guard let files = TutorialPaths.files(for: paths, command: "check", allowMissingDefault: true) else { return 2 }
        if files.isEmpty {
            let roots = paths.isEmpty ? [TutorialPaths.defaultFolder ?? "tutorials"] : paths
            Terminal.out("tutor check: no tutorials found in \(roots.joined(separator: ", "))\n")
            return write(junit: junit, []) ? 0 : 2
        }
        var stored: [String: (result: TutorialResult, folder: String)] = [:]
        if case .stored(let cache) = reuse, let runs = try? StoredRuns(paths: paths, cache: cache) {
            for file in files { stored[file] = runs.lookup(file) }
        }
        guard let executor = settings.executor(compilingTogether: files.filter { stored[$0] == nil }) else { return 1 }
        var checks: [TutorialCheck] = []
        for file in files {
            let reusedCheck = stored[file].flatMap { reused($0, file: file) }
            let check = reusedCheck ?? checkOne(file, executor: executor, settings: settings, quick: quick)
            report(check, format: format, reused: reusedCheck != nil)
            checks.append(check)
        }
        guard write(junit: junit, checks) else { return 2 }
        let failed = checks.filter { !$0.passed }.count
        let steps = checks.reduce(0) { $0 + $1.steps.filter { $0.verdict == .passed }.count }
        let figures = checks.reduce(0) { $0 + $1.figuresMatched }
        // The last line is the plain `N passed, N failed` summary that CI systems read.
        Terminal.out("tutor check: \(checks.count) tutorial\(checks.count == 1 ? "" : "s"), \(steps) step\(steps == 1 ? "" : "s") passed, \(figures) figure\(figures == 1 ? "" : "s") matched \(figures == 1 ? "its baseline" : "their baselines")\n")
        let compiledOnly = checks.filter { $0.notRun == .compiledOnly }.count
        if compiledOnly > 0 {
            Terminal.out("tutor check: \(compiledOnly) slow tutorial\(compiledOnly == 1 ? "" : "s") compiled against the library but not run (--quick); tutor check without --quick runs \(compiledOnly == 1 ? "it" : "them")\n")
        }
        if !stored.isEmpty {
            Terminal.out("tutor check: \(stored.count) of \(checks.count) checked from results tutor build stored (same tutorial, library, data and baselines); --force runs them\n")
        }
        Terminal.out("tutorials: \(checks.count - failed) passed, \(failed) failed\n")
        return failed > 0 ? 1 : 0
    }

    private static func checkOne(_ file: String, executor: TutorialExecutor, settings: RunnerSettings, quick: Bool) -> TutorialCheck {
        do {
            let tutorial = try TutorialParser.parse(contentsOf: file)
            if quick && tutorial.frontMatter.skippedWhenQuick {
                return TutorialCheck(tutorial, try executor.compileOnly(tutorial))
            }
            let folder = settings.outputFolder(for: tutorial, executor: executor)
            var result = try executor.run(tutorial, outputFolder: folder)
            FigureChecker.check(tutorial, &result, runFolder: folder)
            return TutorialCheck(tutorial, result, runFolder: folder)
        } catch let error as TutorialError {
            return TutorialCheck(path: file, title: file, problem: Problem(error))
        } catch {
            return TutorialCheck(path: file, title: file, problem: Problem(path: file, line: 1, message: "\(error)"))
        }
    }

    /// The check of a stored result (nil when the file no longer parses: it runs instead).
    private static func reused(_ stored: (result: TutorialResult, folder: String), file: String) -> TutorialCheck? {
        guard let tutorial = try? TutorialParser.parse(contentsOf: file) else { return nil }
        return TutorialCheck(tutorial, stored.result, runFolder: stored.folder)
    }

    private static func report(_ check: TutorialCheck, format: Format, reused: Bool) {
        switch format {
        case .plain:
            for problem in check.problems { Terminal.error(problem.text) }
            let verdict = check.passed ? "PASS" : "FAIL"
            let steps = check.steps.count == 1 ? "1 step" : "\(check.steps.count) steps"
            let how = reused ? "stored result, ran in " : check.notRun == .compiledOnly ? "slow: compiled, not run, in " : ""
            Terminal.out("\(verdict) \(check.path) (\(steps), \(how)\(Transcript.seconds(check.seconds)))\n")
        case .github:
            for problem in check.problems { Terminal.out(GitHubAnnotations.annotation(for: problem) + "\n") }
        }
    }

    /// Writes the JUnit report when asked; false (after saying why) when it cannot.
    private static func write(junit: String?, _ checks: [TutorialCheck]) -> Bool {
        guard let junit else { return true }
        do {
            try AtomicFile.write(Array(JUnitReport.xml(for: checks).utf8), to: junit)
            return true
        } catch {
            Terminal.error(error.description)
            return false
        }
    }
}
