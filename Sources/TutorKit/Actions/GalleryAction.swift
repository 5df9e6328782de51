import Foundation

/// `tutor build` and `tutor serve`: the gallery, from the project's library build.
public enum GalleryAction {
    /// What both commands take.
    public struct Settings: Sendable {
        public var paths: [String]
        public var out: String?
        public var force = false
        public var jobs: Int?
        public var keepGoing = false

        public init(paths: [String], out: String?, force: Bool = false, jobs: Int? = nil, keepGoing: Bool = false) {
            self.paths = paths
            self.out = out
            self.force = force
            self.jobs = jobs
            self.keepGoing = keepGoing
        }
    }

    /// Runs what needs running and writes the site. 0 when written, 1 when a tutorial
    /// failed (unless expected) or the site could not be written.
    public static func build(_ settings: Settings) async -> Int32 {
        let report: BuildReport
        do {
            let (options, executor, _) = try environment(settings)
            let builder = SiteBuilder(options: options, executor: executor, progress: BuildProgress())
            report = try await builder.build()
        } catch {
            Terminal.error("tutor build: \(error)")
            return 1
        }
        if !report.failed.isEmpty {
            Terminal.error("tutor build: failed: \(report.failed.joined(separator: ", "))")
            return 1
        }
        return 0
    }

    /// Builds, serves the site on 127.0.0.1, rebuilds on changes. Authors want to see a
    /// failing tutorial's page, so serving always keeps going and reuses stored failures.
    public static func serve(_ settings: Settings, port: Int) async throws {
        var settings = settings
        settings.keepGoing = true
        var (options, executor, watched) = try environment(settings)
        options.reuseFailures = true
        let builder = SiteBuilder(options: options, executor: executor, progress: BuildProgress())
        let server = GalleryServer(site: options.out, port: port, builder: builder, watched: watched)
        try await server.run()
    }

    /// The project, its library build and the folders a gallery build uses.
    static func environment(_ settings: Settings) throws -> (BuildOptions, TutorialExecutor, watched: [URL]) {
        let library = try LibraryBuild.forRunningExecutable()
        let root = URL(fileURLWithPath: library.projectRoot)
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let inputs = settings.paths.isEmpty ? [root.appendingPathComponent("tutorials").path] : settings.paths
        let outURL = settings.out.map { $0.hasPrefix("/") ? URL(fileURLWithPath: $0) : cwd.appendingPathComponent($0) }
            ?? root.appendingPathComponent("site")
        var options = BuildOptions(
            paths: inputs, out: outURL.standardizedFileURL, outAsGiven: settings.out,
            cache: root.appendingPathComponent(".tutor-cache/gallery"),
            force: settings.force, keepGoing: settings.keepGoing, libraryStamp: library.folder,
            librarySymbols: .symbolGraph(library), workingDirectory: cwd)
        options.libraryFiles = [URL(fileURLWithPath: library.libraryPath), URL(fileURLWithPath: library.modulePath)]
        if let jobs = settings.jobs { options.jobs = jobs }
        let watched = inputs.map { $0.hasPrefix("/") ? URL(fileURLWithPath: $0) : cwd.appendingPathComponent($0) }
            + [URL(fileURLWithPath: library.libraryPath)]
        return (options, TutorialExecutor(build: library), watched)
    }
}
