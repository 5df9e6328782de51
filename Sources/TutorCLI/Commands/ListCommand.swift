import ArgumentParser
import TutorKit

/// `tutor list [PATHS…]`: the steps of tutorials and their options, without running anything.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List each tutorial's steps and their options without running anything.")

    @Argument(help: ArgumentHelp("Tutorial files or folders of them (default: the project's tutorials/).", valueName: "path"))
    var paths: [String] = []

    func run() throws {
        try finish(status: ListAction.perform(paths: paths))
    }
}
