import ArgumentParser
import Foundation

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
        """
    )

    @Argument(help: "Tutorial files or folders (default: the project's tutorials/).")
    var paths: [String] = []

    @Option(help: "Folder to write the site into (default: the project's site/).")
    var out: String?

    @Flag(help: "Run every tutorial, ignoring stored results.")
    var force = false

    @Option(name: .customShort("j"), help: ArgumentHelp("Tutorials to run at once (default: the number of cores).", valueName: "N"))
    var jobs: Int?

    @Flag(help: "Write the site even when a tutorial failed (the exit code is still 1).")
    var keepGoing = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("-j must be at least 1") }
    }

    func run() async throws {
        let options = try GalleryEnvironment.options(paths: paths, out: out, force: force, jobs: jobs, keepGoing: keepGoing)
        let builder = SiteBuilder(options: options.build, executor: options.executor, progress: BuildProgress())
        let report: BuildReport
        do {
            report = try await builder.build()
        } catch {
            FileHandle.standardError.write(Data("tutor build: \(error)\n".utf8))
            throw ExitCode(1)
        }
        if !report.failed.isEmpty {
            FileHandle.standardError.write(Data("tutor build: failed: \(report.failed.joined(separator: ", "))\n".utf8))
            throw ExitCode(1)
        }
    }
}

/// Locating the project, its library build and the folders a gallery build uses.
enum GalleryEnvironment {
    struct Resolved {
        var build: BuildOptions
        var executor: RunnerExecutor
        var watched: [URL]
    }

    static func options(paths: [String], out: String?, force: Bool, jobs: Int?, keepGoing: Bool) throws -> Resolved {
        let library = try LibraryBuild.forRunningExecutable()
        let root = URL(fileURLWithPath: library.projectRoot)
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let inputs = paths.isEmpty ? [root.appendingPathComponent("tutorials").path] : paths
        let outURL = out.map { $0.hasPrefix("/") ? URL(fileURLWithPath: $0) : cwd.appendingPathComponent($0) }
            ?? root.appendingPathComponent("site")
        var options = BuildOptions(
            paths: inputs, out: outURL.standardizedFileURL,
            cache: root.appendingPathComponent(".tutor-cache/gallery"),
            force: force, keepGoing: keepGoing, libraryStamp: library.folder,
            librarySources: root.appendingPathComponent("Sources/Decoding"), workingDirectory: cwd)
        options.libraryFiles = [URL(fileURLWithPath: library.libraryPath), URL(fileURLWithPath: library.modulePath)]
        if let jobs { options.jobs = jobs }
        let watched = inputs.map { $0.hasPrefix("/") ? URL(fileURLWithPath: $0) : cwd.appendingPathComponent($0) }
            + [URL(fileURLWithPath: library.libraryPath)]
        return Resolved(build: options, executor: RunnerExecutor(executor: TutorialExecutor(build: library)), watched: watched)
    }
}
