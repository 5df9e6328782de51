/// Turns a tutorial's steps into one Swift program (a `main.swift` of top-level code), so
/// names carry from step to step like notebook cells and `try` works at top level.
///
/// Each step's code is wrapped in `#sourceLocation(file: tutorial.path, line: step.codeLine)`,
/// so compiler diagnostics and `fatalError` locations name the tutorial's own lines. An
/// uncaught error stops the program through the runtime's top-level error report, which
/// the runner turns back into the step's failure. `expect-error` steps sit in `do/catch`
/// (so their names stay local to them). `no-run` steps are left out.
enum ProgramGenerator {
    static func source(for tutorial: Tutorial) -> String {
        Harness.source + steps(of: tutorial)
    }

    /// The steps' code with the harness calls around each (shared with `MergedProgramGenerator`).
    static func steps(of tutorial: Tutorial) -> String {
        var program = ""
        for step in tutorial.steps where !step.options.noRun {
            program += "\n__TutorHarness.begin(\(step.number))\n"
            if step.options.expectError { program += "do {\n" }
            program += "#sourceLocation(file: \(literal(tutorial.path)), line: \(step.codeLine))\n"
            program += step.code
            if !step.code.hasSuffix("\n") { program += "\n" }
            program += "#sourceLocation()\n"
            if step.options.expectError {
                program += "__TutorHarness.didNotThrow(\(step.number))\n"
                program += "} catch {\n__TutorHarness.threw(\(step.number), error)\n}\n"
            }
            program += "__TutorHarness.end(\(step.number))\n"
        }
        return program
    }

    /// A Swift string literal for `text`.
    private static func literal(_ text: String) -> String {
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }
}
