import Foundation

/// The verdict of `tutor check` on one tutorial: a verdict per step and the problems to report.
public struct TutorialCheck: Sendable {
    public enum Verdict: Sendable, Equatable {
        case passed
        /// Ran fine; there is no output block to compare with.
        case unchecked
        /// `no-run`, or never reached because an earlier step failed.
        case skipped
        case failed(Problem)
    }

    public var path: String
    public var title: String
    /// By step, in order (empty when the tutorial did not compile or parse).
    public var steps: [(step: Step, verdict: Verdict)]
    /// Everything wrong, in file order: compile errors, a failing step, differing outputs.
    public var problems: [Problem]
    public var seconds: Double
    /// Figures that matched their baselines.
    public var figuresMatched = 0
    /// Why the tutorial was not run, when it was not (`tutor check --quick` only compiles a
    /// slow tutorial): its steps are then all skipped.
    public var notRun: TutorialResult.NotRun?

    public var passed: Bool { problems.isEmpty }

    /// Compares every step's output with its `output` block, and reports the figure
    /// comparisons `result` carries (see `FigureChecker`); `runFolder` is where the run's
    /// figures (and the images of failed comparisons) are, for the messages.
    public init(_ tutorial: Tutorial, _ result: TutorialResult, runFolder: String? = nil) {
        path = tutorial.path
        title = tutorial.title
        seconds = result.totalSeconds
        notRun = result.notRun
        problems = []
        steps = []
        if let diagnostics = result.compileErrors {
            problems = CompilerDiagnostics.problems(in: diagnostics, tutorialPath: tutorial.path)
            return
        }
        if let failure = result.failure {
            problems = [Problem(path: tutorial.path, line: 1, message: failure)]
            return
        }
        for (step, outcome) in zip(tutorial.steps, result.steps) {
            var verdict = Self.verdict(step, outcome, path: tutorial.path)
            if case .failed(let problem) = verdict { problems.append(problem) }
            figuresMatched += outcome.figures.filter { $0.comparison?.passed == true }.count
            let figures = Self.figureProblems(step, outcome, path: tutorial.path, runFolder: runFolder)
            problems += figures
            if let first = figures.first, verdict == .passed || verdict == .unchecked {
                verdict = .failed(first)
            } else if verdict == .unchecked, outcome.figures.contains(where: { $0.comparison != nil }) {
                verdict = .passed
            }
            steps.append((step, verdict))
        }
    }

    /// A tutorial that could not even be parsed or started.
    public init(path: String, title: String, problem: Problem) {
        self.path = path
        self.title = title
        steps = []
        problems = [problem]
        seconds = 0
    }

    private static func verdict(_ step: Step, _ result: StepResult, path: String) -> Verdict {
        switch result.outcome {
        case .skipped, .notReached:
            return .skipped
        case .failed(let failure):
            var details = result.stderr
            if !result.stdout.isEmpty { details = "standard output:\n" + result.stdout + details }
            return .failed(Problem(path: path, line: step.line, message: "\(step.displayName) \(failure)", details: details))
        case .completed:
            guard let expected = step.expected else { return .unchecked }
            let matcher = OutputMatcher(tolerance: step.options.tolerance ?? OutputMatcher.defaultTolerance)
            if matcher.matches(expected: expected.text, actual: result.stdout) { return .passed }
            return .failed(Problem(
                path: path, line: expected.line,
                message: "output of \(step.displayName) at line \(step.line) differs from the recorded output",
                details: UnifiedDiff.diff(expected: expected.text, actual: result.stdout, matcher: matcher)))
        }
    }
}

extension TutorialCheck {
    /// Figures that differ from their baselines, or have none, and baselines left without
    /// a figure; each at the step's line.
    static func figureProblems(_ step: Step, _ result: StepResult, path: String, runFolder: String?) -> [Problem] {
        var problems: [Problem] = []
        for (k, figure) in result.figures.enumerated() {
            guard let comparison = figure.comparison, let problem = comparison.problem else { continue }
            var details = ""
            if comparison.verdict != .missingBaseline { details = "baseline: \(comparison.baseline)\n" }
            if let runFolder, comparison.expectedFile != nil {
                let what = comparison.diffFile != nil ? "actual, expected and diff images" : "actual and expected images"
                details += "\(what): \(Self.display(runFolder + "/" + FigureChecker.failedFolder))/\n"
            }
            problems.append(Problem(path: path, line: step.line, message: "figure \(k + 1) of \(step.displayName) \(problem)", details: details))
        }
        for baseline in result.baselinesWithoutFigure {
            problems.append(Problem(
                path: path, line: step.line,
                message: "\(step.displayName) drew \(result.figures.count) figure\(result.figures.count == 1 ? "" : "s") but has a baseline \(baseline) for another (`tutor update` removes it)"))
        }
        return problems
    }

    /// `path` relative to the working folder when inside it.
    static func display(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path
    }
}

/// Compiler output turned into problems: each `FILE:LINE:COL: error: …` line of the
/// tutorial is one, with the lines after it (source excerpt, notes) as its details. With
/// none (a linker error, say), one problem at line 1 carries the whole output.
enum CompilerDiagnostics {
    static func problems(in output: String, tutorialPath: String) -> [Problem] {
        var problems: [Problem] = []
        for line in output.split(separator: "\n", omittingEmptySubsequences: false) {
            if let match = line.wholeMatch(of: /(.+?):(\d+):(\d+): error: (.*)/),
                String(match.output.1) == tutorialPath, let number = Int(match.output.2)
            {
                problems.append(Problem(
                    path: tutorialPath, line: number, column: Int(match.output.3), message: String(match.output.4)))
            } else if !problems.isEmpty, !line.isEmpty {
                problems[problems.count - 1].details += line + "\n"
            }
        }
        if problems.isEmpty {
            problems.append(Problem(path: tutorialPath, line: 1, message: "the tutorial does not compile", details: output))
        }
        return problems
    }
}
