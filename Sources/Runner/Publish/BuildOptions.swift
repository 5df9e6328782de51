import Foundation

/// Everything one `tutor build` needs to know.
struct BuildOptions: Sendable {
    /// Tutorial files or folders, as given (relative to `workingDirectory`).
    var paths: [String] = ["tutorials"]
    var out: URL
    var cache: URL
    var force = false
    var jobs = max(1, ProcessInfo.processInfo.activeProcessorCount)
    var keepGoing = false
    /// Identity of the library build tutorials link (part of every cache key).
    var libraryStamp: String
    /// Where the library's sources are, for the API back-references (nil: none).
    var librarySources: URL?
    var siteTitle = "Tutorials"
    var workingDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
}

/// What a build did.
struct BuildReport: Sendable {
    var ran: [String] = []
    var cached: [String] = []
    /// Tutorials that failed without `expect-failure`.
    var failed: [String] = []
    /// False when the site was left as it was (failure without `--keep-going`, or up to date).
    var wroteSite = false
    var upToDate = false
    var seconds: Double = 0
}
