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
    /// Reuse stored results of tutorials that failed (serve: an edit to one tutorial does
    /// not re-run another one's failure). A build for publishing runs them again.
    var reuseFailures = false
    /// Identity of the library build tutorials link (part of every cache key).
    var libraryStamp: String
    /// Files of the library build whose size and modification time join `libraryStamp`,
    /// read at each build (so `tutor serve` notices a rebuilt library).
    var libraryFiles: [URL] = []

    /// `libraryStamp` with the current state of `libraryFiles`.
    var currentLibraryStamp: String {
        ([libraryStamp] + libraryFiles.map { FileStamp.orMissing($0.path) }).joined(separator: "|")
    }
    /// Where the library's public symbols come from, for the API back-references.
    var librarySymbols: LibrarySymbolSource = .none
    var siteTitle = "Tutorials"
    var workingDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
}

/// What a build did.
struct BuildReport: Sendable {
    var ran: [String] = []
    var cached: [String] = []
    /// Tutorials that failed without `expect-failure`, or passed with it.
    var failed: [String] = []
    /// False when the site was left as it was (failure without `--keep-going`, or up to date).
    var wroteSite = false
    var upToDate = false
    var seconds: Double = 0
}
