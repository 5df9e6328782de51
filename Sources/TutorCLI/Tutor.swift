import ArgumentParser
import Foundation
import TutorKit

/// The `tutor` command: runs, checks and updates executable Markdown tutorials.
///
/// Exit codes: 0 success, 1 a tutorial failed or differs, 2 a usage error (argument-parser's
/// own usage code, 64, is mapped to 2).
@main
struct Tutor: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tutor",
        abstract: "Run, check and publish executable Markdown tutorials.",
        subcommands: [RunCommand.self, CheckCommand.self, UpdateCommand.self, ListCommand.self, BuildCommand.self, MergeCommand.self, ServeCommand.self, DataCommand.self]
    )

    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                Terminal.error(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
