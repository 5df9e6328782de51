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

        With --shard I/N --partial DIR, only shard I of N runs and its partial result \
        (results, figures, timings, notebooks, a manifest) is written to DIR; `tutor merge` \
        makes the site from all N. Shards are balanced by the times in --timings FILE \
        (default: execution-times.json in the tutorials folder, as every site has one), \
        else by a hash of each tutorial's path; every shard job must see the same file.

        With --quick, a tutorial whose front matter says slow: true and that has no stored \
        result is not run: its page shows the outputs and figure baselines recorded with it \
        (which tutor check verifies by running it) and says so. scripts/gallery builds this way.
        """
    )

    @OptionGroup var gallery: GalleryOptions

    @Flag(help: "Run every tutorial, ignoring stored results.")
    var force = false

    @Flag(help: "Do not run tutorials marked slow: true that have no stored result; weave their recorded outputs and figure baselines (checked by tutor check) instead.")
    var quick = false

    @Flag(help: "Write the site even when a tutorial failed (the exit code is still 1).")
    var keepGoing = false

    @OptionGroup var sharding: ShardOptions

    @Option(help: ArgumentHelp("Folder of stored run results (default: the project's .tutor-cache/gallery).", valueName: "DIR"))
    var cache: String?

    @Option(help: ArgumentHelp("URL path the site is served under, e.g. /repo/ for a GitHub Pages project site (default: /). The API documentation's pages need it.", valueName: "PATH"))
    var basePath: String?

    func validate() throws {
        if sharding.shard != nil, gallery.out != nil {
            throw ValidationError("--out is for a whole site; a shard writes --partial (tutor merge writes the site)")
        }
    }

    func run() async throws {
        let settings = GalleryAction.Settings(
            paths: gallery.paths, out: gallery.out, force: force, jobs: gallery.jobs, keepGoing: keepGoing, cache: cache,
            shard: sharding.parsed, partial: sharding.partial, timings: sharding.timings, basePath: basePath, quick: quick)
        try finish(status: await GalleryAction.build(settings))
    }
}
