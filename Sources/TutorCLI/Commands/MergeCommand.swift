import ArgumentParser
import TutorKit

/// `tutor merge`: the gallery from the partial results of `tutor build --shard`.
struct MergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Assemble the gallery from the partial results of sharded builds.",
        discussion: """
        Writes the same site a single `tutor build` of the same tutorials writes (index, pages, \
        downloads, execution times over all shards, API back-references), apart from measured \
        times. Needs every shard of one build exactly once; a missing, duplicated or foreign \
        partial is an error naming its folder, and the old site is kept. Runs nothing.
        """
    )

    @Argument(help: ArgumentHelp("Partial result folders (one per shard).", valueName: "DIR"))
    var partials: [String]

    @Option(help: "Folder to write the site into.")
    var out: String = "site"

    @Flag(help: "Write the site even when a tutorial failed (the exit code is still 1).")
    var keepGoing = false

    @Option(help: ArgumentHelp("URL path the site is served under, e.g. /repo/ for a GitHub Pages project site (default: /).", valueName: "PATH"))
    var basePath: String?

    func validate() throws {
        if partials.isEmpty { throw ValidationError("give the partial result folders to merge") }
    }

    func run() async throws {
        try finish(status: await GalleryAction.merge(partials: partials, out: out, keepGoing: keepGoing, basePath: basePath))
    }
}
