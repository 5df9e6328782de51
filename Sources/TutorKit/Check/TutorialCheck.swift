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

    public var passed: Bool { problems.isEmpty }

    /// Compares every step's output with its `output` block.
    public init(_ tutorial: Tutorial, _ result: TutorialResult) {
        path = tutorial.path
        title = tutorial.title
        seconds = result.totalSeconds
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
            let verdict = Self.verdict(step, outcome, path: tutorial.path)
            if case .failed(let problem) = verdict { problems.append(problem) }
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
