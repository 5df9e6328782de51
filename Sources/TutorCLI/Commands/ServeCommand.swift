import ArgumentParser
import TutorKit

/// `tutor serve`: build, serve the site on 127.0.0.1, rebuild when a tutorial changes and
/// reload the pages open in a browser.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the gallery locally, rebuilding and reloading pages when tutorials change."
    )

    @OptionGroup var gallery: GalleryOptions

    @Option(help: "Port on 127.0.0.1.")
    var port: Int = 8000

    func run() async throws {
        try await GalleryAction.serve(GalleryAction.Settings(paths: gallery.paths, out: gallery.out, jobs: gallery.jobs), port: port)
    }
}
