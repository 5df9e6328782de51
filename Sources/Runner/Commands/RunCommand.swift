import ArgumentParser

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
        let tutorial: Tutorial
        do {
            tutorial = try TutorialParser.parse(contentsOf: file)
        } catch {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
        let executor = try options.executor()
        do {
            let result = try executor.run(tutorial, outputFolder: options.outputFolder(for: tutorial, executor: executor))
            Terminal.out(Transcript.text(of: result))
            if !result.succeeded { throw ExitCode(1) }
        } catch let error as TutorialError {
            Terminal.error(error.description)
            throw ExitCode(1)
        } catch let error as ExecutionError {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
    }
}
