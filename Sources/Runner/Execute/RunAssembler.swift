import Foundation

/// Turns what a program run left behind (per-step output, harness events, exit status,
/// a timeout) into one `StepResult` per step of the tutorial.
enum RunAssembler {
    static func results(for tutorial: Tutorial, run: ProgramRunner.Run, cap: Int) -> [StepResult] {
        var began: Set<Int> = [], threw: Set<Int> = [], didNotThrow: Set<Int> = []
        var ended: [Int: UInt64] = [:]
        var figures: [Int: [CapturedFigure]] = [:]
        for event in run.events {
            switch event {
            case .begin(let step): began.insert(step)
            case .end(let step, let nanoseconds): ended[step] = nanoseconds
            case .figure(let step, let path, let alt): figures[step, default: []].append(CapturedFigure(path: path, altText: alt))
            case .threw(let step): threw.insert(step)
            case .didNotThrow(let step): didNotThrow.insert(step)
            }
        }
        var stopped = false
        return tutorial.steps.map { step in
            let number = step.number
            if step.options.noRun { return StepResult(step: number, outcome: .skipped) }
            if stopped { return StepResult(step: number, outcome: .notReached) }
            var stdout = text(run.stdout.pieces[number], cap: cap)
            var stderr = text(run.stderr.pieces[number], cap: cap)
            if number == tutorial.steps.first(where: { !$0.options.noRun })?.number {
                // Whatever came before the first marker (a loader error, say) shows with step 1.
                stderr = text(run.stderr.pieces[0], cap: cap) + stderr
                stdout = text(run.stdout.pieces[0], cap: cap) + stdout
            }
            var result = StepResult(
                step: number, stdout: stdout, stderr: stderr,
                seconds: ended[number].map { Double($0) / 1e9 }, figures: figures[number] ?? [],
                outcome: .completed)
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

    private static func failure(of step: Step, began: Bool, didNotThrow: Bool, run: ProgramRunner.Run, result: inout StepResult) -> StepFailure {
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

    /// Lossy UTF-8 text of a piece, with a notice when it was cut.
    static func text(_ piece: StreamSplitter.Piece?, cap: Int) -> String {
        guard let piece else { return "" }
        var text = String(decoding: piece.bytes, as: UTF8.self)
        if piece.dropped > 0 {
            if !text.hasSuffix("\n") { text += "\n" }
            text += "[tutor: output cut at \(cap) bytes; \(piece.dropped) more bytes were not kept]\n"
        }
        return text
    }

    private static func signalName(_ signal: Int32) -> String {
        let names: [Int32: String] = [
            SIGABRT: "SIGABRT", SIGSEGV: "SIGSEGV", SIGILL: "SIGILL", SIGTRAP: "SIGTRAP", SIGBUS: "SIGBUS",
            SIGFPE: "SIGFPE", SIGKILL: "SIGKILL", SIGTERM: "SIGTERM",
        ]
        return names[signal] ?? "signal \(signal)"
    }
}
