import FileSupport
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
        /// `tutor build --quick`: slow tutorials without a stored run are woven from their
        /// recorded outputs instead of run (`BuildOptions.quick`).
        public var quick = false
        /// Where run results are stored (default: the project's `.tutor-cache/gallery`).
        public var cache: String?
        /// Run only this shard, writing a partial result to `partial` instead of the site.
        public var shard: Shard?
        public var partial: String?
        /// The timings file balancing shards.
        public var timings: String?
        /// The URL path the site will be served under (`/repo/` for a GitHub Pages project
        /// site); nil or "/" for a host's root. DocC's pages are built for it.
        public var basePath: String?

        public init(paths: [String], out: String?, force: Bool = false, jobs: Int? = nil, keepGoing: Bool = false,
                    cache: String? = nil, shard: Shard? = nil, partial: String? = nil, timings: String? = nil,
                    basePath: String? = nil, quick: Bool = false) {
            self.paths = paths
            self.out = out
            self.force = force
            self.jobs = jobs
            self.keepGoing = keepGoing
            self.cache = cache
            self.shard = shard
            self.partial = partial
            self.timings = timings
            self.basePath = basePath
            self.quick = quick
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

    /// `tutor merge`: the site from shards' partial results. 0 when written, 1 when a
    /// tutorial failed (unless expected), 1 with a message naming the folder when the
    /// partials are not one complete split of one build.
    public static func merge(partials: [String], out: String?, keepGoing: Bool, basePath: String? = nil) async -> Int32 {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let outURL = resolve(out ?? "site", in: cwd)
        var merger = PartialMerger(
            partials: partials.map { resolve($0, in: cwd) }, names: partials, out: outURL,
            keepGoing: keepGoing, progress: BuildProgress())
        do {
            merger.sitePath = try sitePath(basePath)
        } catch {
            Terminal.error("tutor merge: \(error)")
            return 2
        }
        if let library = try? LibraryBuild.forRunningExecutable() {
            merger.librarySymbols = .symbolGraph(library)
            merger.cache = URL(fileURLWithPath: library.projectRoot).appendingPathComponent(".tutor-cache/gallery")
        }
        do {
            try OutputFolder.checkWritable(outURL, asGiven: out ?? "site")
            let report = try merger.merge()
            if !report.failed.isEmpty {
                Terminal.error("tutor merge: failed: \(report.failed.joined(separator: ", "))")
                return 1
            }
            return 0
        } catch {
            Terminal.error("tutor merge: \(error)")
            return 1
        }
    }

    struct BadBasePath: Error, CustomStringConvertible {
        var path: String
        var description: String { "--base-path '\(path)': not a URL path (letters, digits, '-', '.', '_', '~' and '/')" }
    }

    /// `--base-path` as `LibraryDocs` takes it ("" when not given).
    static func sitePath(_ basePath: String?) throws -> String {
        guard let basePath else { return "" }
        guard let path = LibraryDocs.sitePath(basePath) else { throw BadBasePath(path: basePath) }
        return path
    }

    private static func resolve(_ path: String, in cwd: URL) -> URL {
        (path.hasPrefix("/") ? URL(fileURLWithPath: path) : cwd.appendingPathComponent(path)).standardizedFileURL
    }

    /// What `tutor serve` previews: the project's gallery, rebuilt on changes. Authors want to
    /// see a failing tutorial's page, so previewing always keeps going and reuses stored failures.
    package static func preview(_ settings: Settings) throws -> PreviewSite {
        var settings = settings
        settings.keepGoing = true
        var (options, executor, watched) = try environment(settings)
        options.reuseFailures = true
        let builder = SiteBuilder(options: options, executor: executor, progress: BuildProgress())
        return PreviewSite(folder: options.out, watched: watched, builder: builder)
    }

    /// The project, its library build and the folders a gallery build uses.
    static func environment(_ settings: Settings) throws -> (BuildOptions, TutorialExecutor, watched: [URL]) {
        let library = try LibraryBuild.forRunningExecutable()
        let root = URL(fileURLWithPath: library.projectRoot)
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let inputs = settings.paths.isEmpty ? [root.appendingPathComponent("tutorials").path] : settings.paths
        let outURL = settings.out.map { resolve($0, in: cwd) } ?? root.appendingPathComponent("site")
        // Content, not places: the cache hits in another clone or on another machine.
        let stamp = (["toolchain", LibraryIdentity.toolchainVersion, "data"] + HaxbyFiles.realDataInventory()).joined(separator: "\n")
        var options = BuildOptions(
            paths: inputs, out: outURL.standardizedFileURL, outAsGiven: settings.out,
            cache: settings.cache.map { resolve($0, in: cwd) } ?? root.appendingPathComponent(".tutor-cache/gallery"),
            force: settings.force, keepGoing: settings.keepGoing, libraryStamp: stamp,
            librarySymbols: .symbolGraph(library), workingDirectory: cwd)
        options.libraryFiles = [URL(fileURLWithPath: library.libraryPath)]
        options.libraryDocsCache = root.appendingPathComponent(".build/tutor-library-docs")
        options.shard = settings.shard
        options.partial = settings.partial.map { resolve($0, in: cwd) }
        options.partialAsGiven = settings.partial
        options.timings = settings.timings.map { resolve($0, in: cwd) }
        if let jobs = settings.jobs { options.jobs = jobs }
        options.quick = settings.quick
        options.sitePath = try sitePath(settings.basePath)
        let watched = inputs.map { $0.hasPrefix("/") ? URL(fileURLWithPath: $0) : cwd.appendingPathComponent($0) }
            + [URL(fileURLWithPath: library.libraryPath)]
        return (options, TutorialExecutor(build: library), watched)
    }
}
