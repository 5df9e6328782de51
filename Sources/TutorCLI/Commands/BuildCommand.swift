import ArgumentParser
import TutorKit

/// `tutor build`: run what needs running and publish the tutorials as a static gallery.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Run the tutorials and write them as a static HTML gallery.",
        discussion: """
        Tutorials whose source and library build are unchanged are not run again (their stored \
        results are reused). The site is written into a temporary folder and replaces the old \
        one only when complete. Exits 1 when a tutorial failed (unless its front matter says \
        expect-failure: true); the old site is then kept, unless --keep-going.
        """
    )

    @Argument(help: "Tutorial files or folders (default: the project's tutorials/).")
    var paths: [String] = []

    @Option(help: "Folder to write the site into (default: the project's site/).")
    var out: String?

    @Flag(help: "Run every tutorial, ignoring stored results.")
    var force = false

    @Option(name: .customShort("j"), help: ArgumentHelp("Tutorials to run at once (default: the number of cores).", valueName: "N"))
    var jobs: Int?

    @Flag(help: "Write the site even when a tutorial failed (the exit code is still 1).")
    var keepGoing = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("-j must be at least 1") }
    }

    func run() async throws {
        let settings = GalleryAction.Settings(paths: paths, out: out, force: force, jobs: jobs, keepGoing: keepGoing)
        try finish(status: await GalleryAction.build(settings))
    }
}
