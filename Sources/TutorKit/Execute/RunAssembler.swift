import Foundation

import TutorProtocol

/// Turns what a program run left behind (per-step output, harness events, exit status,
/// a timeout) into one `StepResult` per step of the tutorial.
enum RunAssembler {
    /// What the events say about the whole run.
    struct Summary: Equatable {
        var peakMemoryBytes: Int?
        var simulatedDatasets: [String] = []
    }

    static func summary(of run: CapturedRun) -> Summary {
        var summary = Summary()
        for event in run.events {
            switch event {
            case .end(_, _, let bytes): summary.peakMemoryBytes = max(summary.peakMemoryBytes ?? 0, bytes)
            case .simulatedData(let dataset) where !summary.simulatedDatasets.contains(dataset):
                summary.simulatedDatasets.append(dataset)
            default: break
            }
        }
        return summary
    }

    static func results(for tutorial: Tutorial, run: CapturedRun) -> [StepResult] {
        var began: Set<Int> = [], threw: Set<Int> = [], didNotThrow: Set<Int> = []
        var ended: [Int: UInt64] = [:]
        var figures: [Int: [StepFigure]] = [:]
        var tables: [Int: [DisplayTable]] = [:]
        for event in run.events {
            switch event {
            case .begin(let step): began.insert(step)
            case .end(let step, let nanoseconds, _): ended[step] = nanoseconds
            case .figure(let step, let file, let alt): figures[step, default: []].append(StepFigure(file: file, altText: alt))
            case .table(let step, let table): tables[step, default: []].append(table)
            case .threw(let step): threw.insert(step)
            case .didNotThrow(let step): didNotThrow.insert(step)
            case .simulatedData: break
            }
        }
        var stopped = false
        return tutorial.steps.map { step in
            let number = step.number
            if step.options.noRun { return StepResult(number: number, outcome: .skipped) }
            if stopped { return StepResult(number: number, outcome: .notReached) }
            var stdout = run.stdout.text(of: number)
            var stderr = run.stderr.text(of: number)
            if number == tutorial.steps.first(where: { !$0.options.noRun })?.number {
                // Whatever came before the first marker (a loader error, say) shows with step 1.
                stderr = run.stderr.text(of: 0) + stderr
                stdout = run.stdout.text(of: 0) + stdout
            }
            var result = StepResult(
                number: number, stdout: stdout, stderr: stderr,
                seconds: ended[number].map { Double($0) / 1e9 }, figures: figures[number] ?? [],
                tables: tables[number] ?? [], outcome: .completed)
            if ended[number] != nil, !didNotThrow.contains(number) {
                if step.options.expectError && !threw.contains(number) {
                    result.outcome = .failed(StepFailure(kind: .didNotThrow, message: "no error was thrown"))
                    stopped = true
                }
                return result
            }
            stopped = true
            result.outcome = .failed(failure(of: step, began: began.contains(number), didNotThrow: didNotThrow.contains(number), run: run, result: &result))
            return result
        }
    }

    private static func failure(of step: Step, began: Bool, didNotThrow: Bool, run: CapturedRun, result: inout StepResult) -> StepFailure {
        if didNotThrow { return StepFailure(kind: .didNotThrow, message: "no error was thrown") }
        if let timeout = run.timeout {
            let limit = timeout.seconds == timeout.seconds.rounded() ? String(Int(timeout.seconds)) : String(timeout.seconds)
            return StepFailure(kind: .timedOut, message: timeout.ownLimit
                ? "the step ran longer than its timeout=\(limit) seconds and was stopped"
                : "the tutorial ran longer than its \(limit)-second timeout and was stopped during this step")
        }
        if let report = CrashReport(stderr: result.stderr) {
            result.stderr = report.stderr
            return report.failure
        }
        if run.signaled {
            return StepFailure(kind: .trapped, message: "the program was killed by signal \(run.status) (\(signalName(run.status)))")
        }
        if !began {
            return StepFailure(kind: .exited, message: "the program ended (status \(run.status)) before this step started")
        }
        return StepFailure(kind: .exited, message: "the program exited with status \(run.status) during this step")
    }

    private static func signalName(_ signal: Int32) -> String {
        let names: [Int32: String] = [
            SIGABRT: "SIGABRT", SIGSEGV: "SIGSEGV", SIGILL: "SIGILL", SIGTRAP: "SIGTRAP", SIGBUS: "SIGBUS",
            SIGFPE: "SIGFPE", SIGKILL: "SIGKILL", SIGTERM: "SIGTERM",
        ]
        return names[signal] ?? "signal \(signal)"
    }
}
