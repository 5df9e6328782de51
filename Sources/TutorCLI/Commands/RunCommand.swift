import ArgumentParser
import TutorKit

/// `tutor run FILE.md`: run one tutorial and print its transcript.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run one tutorial and print a transcript: each step's line, output, figures and time.",
        discussion: "Exits 0 when every step ran, 1 when the tutorial is malformed, does not compile or a step failed, 2 on a usage error.")

    @Argument(help: ArgumentHelp("The tutorial to run.", valueName: "file.md"))
    var file: String

    @OptionGroup var options: RunnerOptions

    func run() throws {
        try finish(status: RunAction.perform(file: file, settings: options.settings))
    }
}
