import Foundation

/// JUnit XML for CI dashboards: one `<testsuite>` per tutorial, one `<testcase>` per step
/// (named by its number, label and line), with `<failure>` carrying the message and diff.
public enum JUnitReport {
    public static func xml(for checks: [TutorialCheck]) -> String {
        let tests = checks.reduce(0) { $0 + max(1, $1.steps.count) }
        let failures = checks.reduce(0) { $0 + $1.failedCases }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"tutor check\" tests=\"\(tests)\" failures=\"\(failures)\">\n"
        for check in checks {
            let time = String(format: "%.3f", check.seconds)
            xml += "  <testsuite name=\"\(escape(check.path))\" tests=\"\(max(1, check.steps.count))\" failures=\"\(check.failedCases)\" time=\"\(time)\">\n"
            if check.steps.isEmpty {
                // It did not parse or compile (or has no steps): one case carries the problems.
                xml += "    <testcase classname=\"\(escape(check.path))\" name=\"tutorial\">\n"
                for problem in check.problems { xml += failure(problem) }
                xml += "    </testcase>\n"
            }
            for (step, verdict) in check.steps {
                xml += "    <testcase classname=\"\(escape(check.path))\" name=\"\(escape(step.displayName)) line \(step.line)\">\n"
                switch verdict {
                case .failed(let problem): xml += failure(problem, among: check.problems(of: step))
                case .skipped: xml += "      <skipped/>\n"
                case .passed, .unchecked: break
                }
                xml += "    </testcase>\n"
            }
            xml += "  </testsuite>\n"
        }
        return xml + "</testsuites>\n"
    }

    private static func failure(_ problem: Problem) -> String {
        "      <failure message=\"\(escape("\(problem.path):\(problem.line): \(problem.message)"))\">\(escape(problem.details))</failure>\n"
    }

    /// One `<failure>` for a step with several problems (its output and its figures): the
    /// first as the message, all of them in full as the text.
    private static func failure(_ first: Problem, among all: [Problem]) -> String {
        guard all.count > 1 else { return failure(first) }
        let message = "\(first.path):\(first.line): \(first.message) (and \(all.count - 1) more)"
        return "      <failure message=\"\(escape(message))\">\(escape(all.map(\.text).joined()))</failure>\n"
    }

    private static func escape(_ text: String) -> String { HTML.escape(text) }
}

extension TutorialCheck {
    /// The problems reported for `step`: at its lines or its output block's.
    func problems(of step: Step) -> [Problem] {
        let lines = step.line...max(step.endLine, step.expected?.endLine ?? step.endLine)
        return problems.filter { $0.path == path && lines.contains($0.line) }
    }

    /// Test cases with a failure: failed steps, or the one tutorial-wide case.
    var failedCases: Int {
        if steps.isEmpty { return problems.isEmpty ? 0 : 1 }
        return steps.filter { if case .failed = $0.verdict { true } else { false } }.count
    }
}
