import Foundation

/// The human-readable account of a run that `tutor run` prints: step by step, its line,
/// its output, its figures' paths, its time.
enum Transcript {
    /// `outputFolder`: where the run wrote its figures (their paths are printed).
    static func text(of tutorial: Tutorial, _ result: TutorialResult, outputFolder: String) -> String {
        var text = "\(tutorial.path) — \(tutorial.title)\n"
        if let diagnostics = result.compileErrors {
            return text + diagnostics + (diagnostics.hasSuffix("\n") ? "" : "\n")
                + "\(tutorial.path):1: error: the tutorial does not compile\n"
        }
        if let failure = result.failure {
            return text + "\(tutorial.path):1: error: \(failure)\n"
        }
        text += result.compilation.cached ? "compiled program reused from the cache\n"
            : "compiled in \(seconds(result.compilation.seconds))\n"
        for (step, outcome) in zip(tutorial.steps, result.steps) {
            var heading = "── \(step.displayName) · \(tutorial.path):\(step.line)"
            switch outcome.outcome {
            case .skipped: heading += " · no-run, not executed"
            case .notReached: heading += " · not run: an earlier step failed"
            default: if let time = outcome.seconds { heading += " · \(seconds(time))" }
            }
            text += heading + "\n"
            text += indented(outcome.stdout)
            if !outcome.stderr.isEmpty { text += "   standard error:\n" + indented(outcome.stderr, by: "   ") }
            for figure in outcome.figures {
                text += "   figure: \(outputFolder)/\(figure.file)" + (figure.altText.isEmpty ? "" : " (\(figure.altText))") + "\n"
            }
            if let failure = outcome.outcome.failure {
                text += "\(tutorial.path):\(step.line): error: \(step.displayName) \(failure)\n"
            }
        }
        return text
    }

    private static func indented(_ output: String, by prefix: String = "") -> String {
        guard !output.isEmpty else { return "" }
        let body = output.hasSuffix("\n") ? String(output.dropLast()) : output
        return body.split(separator: "\n", omittingEmptySubsequences: false).map { prefix + $0 + "\n" }.joined()
    }

    static func seconds(_ value: Double) -> String {
        value < 1 ? String(format: "%.1f ms", value * 1000) : String(format: "%.2f s", value)
    }
}
