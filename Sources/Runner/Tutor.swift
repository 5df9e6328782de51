import ArgumentParser

@main
struct Tutor: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tutor",
        abstract: "Run, check and publish executable Markdown tutorials.",
        subcommands: [BuildCommand.self, ServeCommand.self]
    )
}
