import Foundation

/// Everything one `tutor build` needs to know.
struct BuildOptions: Sendable {
    /// Tutorial files or folders, as given (relative to `workingDirectory`).
    var paths: [String] = ["tutorials"]
    var out: URL
    /// `out` as the user wrote it, for messages (nil: `out`'s path).
    var outAsGiven: String?
    var cache: URL
    var force = false
    var jobs = max(1, ProcessInfo.processInfo.activeProcessorCount)
    var keepGoing = false
    /// Weave tutorials marked `slow: true` that have no usable stored run from their recorded
    /// outputs and baselines instead of running them (`tutor build --quick`).
    var quick = false
    /// Reuse stored results of tutorials that failed (serve: an edit to one tutorial does
    /// not re-run another one's failure). A build for publishing runs them again.
    var reuseFailures = false
    /// What results depend on besides their source and `libraryFiles` (part of every cache
    /// key): the toolchain and data identities. Content only, never a path, so the cache
    /// travels to other clones and machines.
    var libraryStamp: String
    /// Files of the library build whose content identity joins `libraryStamp`, read at each
    /// build (so `tutor serve` notices a rebuilt library).
    var libraryFiles: [URL] = []

    /// `libraryStamp` with the current content of `libraryFiles`.
    var currentLibraryStamp: String {
        libraryFiles.isEmpty ? libraryStamp : libraryStamp + "|" + LibraryIdentity.of(files: libraryFiles.map(\.path))
    }
    /// Run only this shard and write a partial result to `partial` instead of the site.
    var shard: Shard?
    var partial: URL?
    /// `partial` as the user wrote it, for messages.
    var partialAsGiven: String?
    /// The timings file that balances shards (nil: `execution-times.json` in the tutorials
    /// folder, when present).
    var timings: URL?
    /// Where the library's public symbols come from, for the API back-references.
    var librarySymbols: LibrarySymbolSource = .none
    /// Where the symbols and DocC site of the library are kept (nil: in `cache`). They depend
    /// on the library build alone (keyed by its identity), so the gallery's own cache can be
    /// emptied without making DocC run again.
    var libraryDocsCache: URL?
    /// The URL path the site is served under, without outer slashes ("" for a host's root).
    var sitePath = ""
    var siteTitle = "Tutorials"
    var workingDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)

    /// `url` as messages and cache keys name it: relative to the working folder when inside
    /// it (so clones at different places agree), else absolute.
    func display(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let cwd = workingDirectory.standardizedFileURL.path
        if path == cwd { return "." }
        return path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) : path
    }
}

/// What a build did.
struct BuildReport: Sendable {
    var ran: [String] = []
    var cached: [String] = []
    /// Slow tutorials woven from their recorded outputs (`--quick`), not run.
    var recorded: [String] = []
    /// Tutorials that failed without `expect-failure`, or passed with it.
    var failed: [String] = []
    /// False when the site was left as it was (failure without `--keep-going`, or up to date).
    var wroteSite = false
    var upToDate = false
    var seconds: Double = 0
}
