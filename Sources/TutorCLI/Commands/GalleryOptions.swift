import ArgumentParser
import TutorKit

/// What `tutor build` and `tutor serve` both take: the tutorials, the site folder and how
/// many tutorials run at once.
struct GalleryOptions: ParsableArguments {
    @Argument(help: "Tutorial files or folders (default: the project's tutorials/).")
    var paths: [String] = []

    @Option(help: "Folder to write the site into (default: the project's site/).")
    var out: String?

    @Option(name: .customShort("j"), help: ArgumentHelp("Tutorials to run at once (default: the number of cores).", valueName: "N"))
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("-j must be at least 1") }
    }
}

/// `tutor build --shard I/N --partial DIR [--timings FILE]`: one shard of a build.
struct ShardOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Run only shard I of N (e.g. 2/4); needs --partial.", valueName: "I/N"))
    var shard: String?

    @Option(help: ArgumentHelp("Folder to write the shard's partial result into.", valueName: "DIR"))
    var partial: String?

    @Option(help: ArgumentHelp("Timings file balancing the shards (an execution-times.json).", valueName: "FILE"))
    var timings: String?

    func validate() throws {
        if let shard {
            do { _ = try Shard(parsing: shard) } catch { throw ValidationError(error.description) }
        }
        if (shard == nil) != (partial == nil) { throw ValidationError("--shard and --partial go together") }
    }

    /// The parsed shard (`validate` has checked it).
    var parsed: Shard? { shard.flatMap { try? Shard(parsing: $0) } }
}
