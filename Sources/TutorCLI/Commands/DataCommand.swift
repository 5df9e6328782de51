import ArgumentParser
import Decoding
import Foundation

/// `tutor data haxby [--dir D] [--subject N] [--simulated | --url URL [--sha256 HEX]]`: makes
/// the Haxby files available (real files in place, a download, or the simulated subject) and
/// prints the subject folder, so scripts can write `folder=$(tutor data haxby)`.
struct DataCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Fetch or generate the datasets tutorials use.",
        subcommands: [Haxby.self]
    )

    struct Haxby: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "haxby",
            abstract: "Provide one Haxby 2001 subject and print its folder.",
            discussion: """
                Uses real files already in <dir>/haxby2001/subj<N>/; else downloads --url (a .tar.gz of \
                the subject folder, resumable, checked with --sha256); else generates a deterministic \
                simulated subject at the real dimensions (cached).
                """
        )

        @Option(help: ArgumentHelp("Data folder (default: $DECODING_DATA, else ~/decoding_data).", valueName: "dir"))
        var dir: String?

        @Option(help: "Subject number.")
        var subject: Int = 2

        @Flag(help: "Use the simulated subject even if a URL is given.")
        var simulated = false

        @Option(help: ArgumentHelp("Archive to download when no real files are present.", valueName: "url"))
        var url: String?

        @Option(help: ArgumentHelp("Expected SHA-256 of the archive.", valueName: "hex"))
        var sha256: String?

        func validate() throws {
            if simulated && url != nil { throw ValidationError("--simulated and --url exclude each other") }
            if let url, URL(string: url)?.scheme == nil { throw ValidationError("--url \(url) is not a URL") }
            if subject < 1 { throw ValidationError("--subject must be a positive number") }
        }

        func run() async throws {
            let haxby = try Datasets.fetchHaxby(
                subject: subject, dataDirectory: dir, url: url.flatMap(URL.init(string:)),
                sha256: sha256, simulated: simulated ? true : nil)
            print(haxby.folder)
        }
    }
}
