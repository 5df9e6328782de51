import ArgumentParser
import Foundation

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

    /// An executor for the library build next to this `tutor`.
    func executor() throws -> TutorialExecutor {
        do {
            let build = try LibraryBuild.forRunningExecutable()
            return TutorialExecutor(build: build, outputCap: outputCap, defaultTimeout: timeout)
        } catch {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
    }

    /// Where `tutorial`'s figures go.
    func outputFolder(for tutorial: Tutorial, executor: TutorialExecutor) -> String {
        guard let output else { return executor.defaultOutputFolder(for: tutorial) }
        return URL(fileURLWithPath: output).appendingPathComponent(tutorial.name).path
    }
}

/// Writing to the terminal's two streams.
enum Terminal {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
