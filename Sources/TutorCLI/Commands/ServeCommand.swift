import ArgumentParser
import TutorKit

/// `tutor serve`: build, serve the site on 127.0.0.1, rebuild when a tutorial changes and
/// reload the pages open in a browser.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the gallery locally, rebuilding and reloading pages when tutorials change."
    )

    @Argument(help: "Tutorial files or folders (default: the project's tutorials/).")
    var paths: [String] = []

    @Option(help: "Port on 127.0.0.1.")
    var port: Int = 8000

    @Option(help: "Folder to write the site into (default: the project's site/).")
    var out: String?

    @Option(name: .customShort("j"), help: ArgumentHelp("Tutorials to run at once (default: the number of cores).", valueName: "N"))
    var jobs: Int?

    func run() async throws {
        try await GalleryAction.serve(GalleryAction.Settings(paths: paths, out: out, jobs: jobs), port: port)
    }
}
