import ArgumentParser
import TutorKit

/// `tutor serve`: build, serve the site on 127.0.0.1, rebuild when a tutorial changes and
/// reload the pages open in a browser. The server is `tutor-serve` (ServeLauncher), which
/// this command builds on first use and then becomes.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the gallery locally, rebuilding and reloading pages when tutorials change."
    )

    @OptionGroup var gallery: GalleryOptions

    @Option(help: "Port on 127.0.0.1 (0: any free port; the URL printed at start says which).")
    var port: Int = 8000

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port \(port) is not a port: give 0 to 65535") }
    }

    func run() throws {
        try ServeLauncher.launch(ServeRequest(paths: gallery.paths, out: gallery.out, jobs: gallery.jobs, port: port))
    }
}
