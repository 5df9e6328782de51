import ArgumentParser
import Foundation

/// `tutor check [PATHS…]`: run tutorials and compare each step's output with its block.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run tutorials and compare each step's output with its recorded output block.",
        discussion: """
            Lines compare after trimming trailing whitespace; numbers with a relative tolerance \
            (default 1e-6, or the step's tolerance=); a line that is '...', or '...' inside a line, \
            matches anything there. Exits 0 when all pass, 1 when a tutorial fails or differs, 2 on a usage error.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case plain, github
    }

    @Argument(help: ArgumentHelp("Tutorial files or folders of them (default: the project's tutorials/).", valueName: "path"))
    var paths: [String] = []

    @Option(help: "How problems are reported: plain (file.md:LINE: error: …) or github (workflow annotations).")
    var format: Format = .plain

    @Option(help: ArgumentHelp("Also write a JUnit XML report to this file.", valueName: "file"))
    var junit: String?

    @OptionGroup var options: RunnerOptions

    func run() throws {
        let usingDefault = paths.isEmpty
        guard let roots = usingDefault ? TutorialPaths.defaultFolder.map({ [$0] }) : paths else {
            Terminal.error("tutor check: not inside the project; name the tutorials to check")
            throw ExitCode(2)
        }
        let expansion = TutorialPaths.expand(roots)
        if !expansion.missing.isEmpty && !usingDefault {
            for path in expansion.missing { Terminal.error("\(path):1: error: no such file or folder") }
            throw ExitCode(2)
        }
        if expansion.files.isEmpty {
            Terminal.out("tutor check: no tutorials found in \(roots.joined(separator: ", "))\n")
            try writeJUnit([])
            return
        }
        let executor = try options.executor()
        var checks: [TutorialCheck] = []
        for file in expansion.files {
            let check = checkOne(file, executor: executor)
            report(check)
            checks.append(check)
        }
        try writeJUnit(checks)
        let failed = checks.filter { !$0.passed }.count
        let steps = checks.reduce(0) { $0 + $1.steps.filter { $0.verdict == .passed }.count }
        // The last line is the plain `N passed, N failed` summary that CI systems read.
        Terminal.out("tutor check: \(checks.count) tutorial\(checks.count == 1 ? "" : "s"), \(steps) step output\(steps == 1 ? "" : "s") matched\n")
        Terminal.out("tutorials: \(checks.count - failed) passed, \(failed) failed\n")
        if failed > 0 { throw ExitCode(1) }
    }

    private func checkOne(_ file: String, executor: TutorialExecutor) -> TutorialCheck {
        let started = Date()
        do {
            let tutorial = try TutorialParser.parse(contentsOf: file)
            let result = try executor.run(tutorial, outputFolder: options.outputFolder(for: tutorial, executor: executor))
            return TutorialCheck(result, seconds: Date().timeIntervalSince(started))
        } catch let error as TutorialError {
            return TutorialCheck(path: file, title: file, problem: Problem(error))
        } catch {
            return TutorialCheck(path: file, title: file, problem: Problem(path: file, line: 1, message: "\(error)"))
        }
    }

    private func report(_ check: TutorialCheck) {
        switch format {
        case .plain:
            for problem in check.problems { Terminal.error(problem.text) }
            let verdict = check.passed ? "PASS" : "FAIL"
            let steps = check.steps.count == 1 ? "1 step" : "\(check.steps.count) steps"
            Terminal.out("\(verdict) \(check.path) (\(steps), \(Transcript.seconds(check.seconds)))\n")
        case .github:
            for problem in check.problems { Terminal.out(GitHubAnnotations.annotation(for: problem) + "\n") }
        }
    }

    private func writeJUnit(_ checks: [TutorialCheck]) throws {
        guard let junit else { return }
        do {
            try AtomicFile.write(Array(JUnitReport.xml(for: checks).utf8), to: junit)
        } catch {
            Terminal.error(error.description)
            throw ExitCode(2)
        }
    }
}
