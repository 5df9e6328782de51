import ArgumentParser
import TutorKit

/// `tutor check [PATHS…]`: run tutorials and compare each step's output with its block.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Run tutorials and compare each step's output and figures with what was recorded.",
        discussion: """
            Lines compare after trimming trailing whitespace; numbers with a relative tolerance \
            (default 1e-6, or the step's tolerance=); a line that is '...', or '...' inside a line, \
            matches anything there. Each figure is compared with its baseline in <tutorial>.figures/ \
            (matplotlib's RMS, tolerance 2.0 or the step's figure-tolerance=). \
            A tutorial whose result `tutor build` stored under the same key (its bytes, the library \
            build's content, the toolchain, the data and its baselines) is checked from that result \
            without running (the output says so); --force runs every tutorial. With --quick, a \
            tutorial marked `slow: true` is only compiled against the library. \
            Exits 0 when all pass, 1 when a tutorial fails or differs, 2 on a usage error.
            """)

    @Argument(help: ArgumentHelp("Tutorial files or folders of them (default: the project's tutorials/).", valueName: "path"))
    var paths: [String] = []

    @Option(help: "How problems are reported: plain (file.md:LINE: error: …) or github (workflow annotations).")
    var format: CheckAction.Format = .plain

    @Option(help: ArgumentHelp("Also write a JUnit XML report to this file.", valueName: "file"))
    var junit: String?

    @Flag(help: "Run every tutorial, even those whose result `tutor build` stored under the same tutorial, library, data and baselines.")
    var force = false

    @Flag(help: "Compile tutorials marked `slow: true` against the library without running them (unless a stored result is used).")
    var quick = false

    @Option(help: ArgumentHelp("Folder of stored run results (default: the project's .tutor-cache/gallery).", valueName: "DIR"))
    var cache: String?

    @OptionGroup var options: RunnerOptions

    func run() throws {
        let reuse: CheckAction.Reuse = force ? .never : .stored(cache: cache)
        try finish(status: CheckAction.perform(paths: paths, format: format, junit: junit, settings: options.settings, reuse: reuse, quick: quick))
    }
}

extension CheckAction.Format: ExpressibleByArgument {}
