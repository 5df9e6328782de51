import ArgumentParser
import TutorKit

/// `tutor update [PATHS…]`: run tutorials and record what each step printed.
struct UpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update",
        abstract: "Run tutorials, then record what each step printed and drew.",
        discussion: """
            Output blocks that differ are rewritten and baseline images (<tutorial>.figures/) that no \
            longer match are replaced; baselines of figures no longer drawn are removed. Every other \
            byte of the file stays as it was, and every file is replaced atomically. Steps after a failing step keep their blocks. Exits 0 when every \
            tutorial ran, 1 when one failed, 2 on a usage error.
            """)

    @Argument(help: ArgumentHelp("Tutorial files or folders of them (default: the project's tutorials/).", valueName: "path"))
    var paths: [String] = []

    @Flag(help: "Also insert missing output blocks, and record missing baseline images.")
    var add = false

    @OptionGroup var options: RunnerOptions

    func run() throws {
        try finish(status: UpdateAction.perform(paths: paths, add: add, settings: options.settings))
    }
}
