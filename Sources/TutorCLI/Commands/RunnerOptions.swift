import ArgumentParser
import TutorKit

/// Options shared by the commands that run tutorials.
struct RunnerOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Folder for figures: each tutorial writes into <output>/<name>/ (default: .build/tutor-output).", valueName: "folder"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Seconds a tutorial may run when its front matter sets no timeout.", valueName: "seconds"))
    var timeout: Double = 900

    @Option(name: .long, help: ArgumentHelp("Bytes of output kept per step and stream; more is cut with a notice.", valueName: "bytes"))
    var outputCap: Int = 1 << 20

    func validate() throws {
        guard timeout > 0 else { throw ValidationError("--timeout must be a positive number of seconds") }
        guard outputCap > 0 else { throw ValidationError("--output-cap must be a positive number of bytes") }
    }

    var settings: RunnerSettings { RunnerSettings(output: output, timeout: timeout, outputCap: outputCap) }
}

/// Ends the command with `status` unless it is 0.
func finish(status: Int32) throws {
    if status != 0 { throw ExitCode(status) }
}
