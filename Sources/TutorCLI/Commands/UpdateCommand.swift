import ArgumentParser
import TutorKit

/// `tutor update [PATHS…]`: run tutorials and record what each step printed.
struct UpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Run tutorials, then rewrite each step's output block with what the step printed.",
        discussion: """
            Only output blocks change; every other byte of the file stays as it was, and the file \
            is replaced atomically. Steps after a failing step keep their blocks. Exits 0 when every \
            tutorial ran, 1 when one failed, 2 on a usage error.
            """)

    @Argument(help: ArgumentHelp("Tutorial files or folders of them (default: the project's tutorials/).", valueName: "path"))
    var paths: [String] = []

    @Flag(help: "Also insert an output block after each step that printed something and has none.")
    var add = false

    @OptionGroup var options: RunnerOptions

    func run() throws {
        try finish(status: UpdateAction.perform(paths: paths, add: add, settings: options.settings))
    }
}
