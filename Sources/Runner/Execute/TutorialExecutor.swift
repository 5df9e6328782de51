import Foundation

/// Runs tutorials: generates the program, compiles it (or takes it from the cache), runs it
/// and assembles one `StepResult` per step. This is the entry point the commands and the
/// gallery use.
public struct TutorialExecutor: Sendable {
    public var build: LibraryBuild
    /// Bytes kept per step and stream before output is cut with a notice.
    public var outputCap: Int
    /// Seconds a tutorial may run when its front matter sets no `timeout`.
    public var defaultTimeout: Double
    /// Where compiled programs are cached (`<root>/.build/tutor-cache` when nil).
    public var cacheFolder: String?

    public init(build: LibraryBuild, outputCap: Int = 1 << 20, defaultTimeout: Double = 900, cacheFolder: String? = nil) {
        self.build = build
        self.outputCap = outputCap
        self.defaultTimeout = defaultTimeout
        self.cacheFolder = cacheFolder
    }

    /// The folder a tutorial's figures go to by default: `<root>/.build/tutor-output/<name>`.
    public func defaultOutputFolder(for tutorial: Tutorial) -> String {
        "\(build.projectRoot)/.build/tutor-output/\(tutorial.name)"
    }

    /// Runs `tutorial`, writing its figures into `outputFolder` (created if needed; figures
    /// of an earlier run there are removed first).
    ///
    /// Throws `TutorialError` when the output folder cannot be written and `ExecutionError`
    /// when the compiler or the program cannot be started; a tutorial that does not compile
    /// or fails at a step is a normal result, not an error.
    /// `onStepBegin` is told each step's number as the step starts, for live progress.
    public func run(
        _ tutorial: Tutorial, outputFolder: String? = nil, onStepBegin: (@Sendable (Int) -> Void)? = nil
    ) throws -> TutorialResult {
        let folder = outputFolder ?? defaultOutputFolder(for: tutorial)
        try prepare(folder, for: tutorial)

        let compiler = ProgramCompiler(build: build, cacheFolder: cacheFolder)
        let source = ProgramGenerator.source(for: tutorial)
        let compiled: ProgramCompiler.Outcome
        do {
            compiled = try compiler.compile(source)
        } catch {
            throw ExecutionError.compilerUnavailable("\(error)")
        }
        switch compiled {
        case .failed(let diagnostics):
            let steps = tutorial.steps.map { StepResult(step: $0.number, outcome: $0.options.noRun ? .skipped : .notReached) }
            return TutorialResult(tutorial: tutorial, compileErrors: diagnostics, steps: steps, outputFolder: folder)
        case .compiled(let executable, let seconds, let cached):
            var timeouts: [Int: Double] = [:]
            for step in tutorial.steps { timeouts[step.number] = step.options.timeout }
            let runner = ProgramRunner(
                executable: executable, figuresFolder: folder, outputCap: outputCap,
                stepTimeouts: timeouts, totalTimeout: tutorial.frontMatter.timeout ?? defaultTimeout,
                onStepBegin: onStepBegin)
            let run: ProgramRunner.Run
            do {
                run = try runner.run()
            } catch {
                throw ExecutionError.programUnavailable("\(executable): \(error)")
            }
            return TutorialResult(
                tutorial: tutorial, steps: RunAssembler.results(for: tutorial, run: run, cap: outputCap),
                compileSeconds: seconds, usedCache: cached, outputFolder: folder)
        }
    }

    private func prepare(_ folder: String, for tutorial: Tutorial) throws(TutorialError) {
        let files = FileManager.default
        do {
            try files.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw TutorialError(path: tutorial.path, line: 1, message: "cannot create output folder \(folder): \(reason(creating: folder))")
        }
        guard files.isWritableFile(atPath: folder) else {
            throw TutorialError(path: tutorial.path, line: 1, message: "output folder \(folder) is not writable")
        }
        let stale = ((try? files.contentsOfDirectory(atPath: folder)) ?? []).filter {
            $0.hasPrefix("step-") && $0.hasSuffix(".png")
        }
        for name in stale { try? files.removeItem(atPath: folder + "/" + name) }
    }

    /// Why `folder` cannot be created, named by the first existing folder above it.
    private func reason(creating folder: String) -> String {
        var ancestor = URL(fileURLWithPath: folder).standardizedFileURL
        var isFolder: ObjCBool = false
        while !FileManager.default.fileExists(atPath: ancestor.path, isDirectory: &isFolder) {
            let parent = ancestor.deletingLastPathComponent()
            if parent.path == ancestor.path { break }
            ancestor = parent
        }
        if !isFolder.boolValue { return "\(ancestor.path) is a file, not a folder" }
        if !FileManager.default.isWritableFile(atPath: ancestor.path) { return "\(ancestor.path) is not writable" }
        return "the system refused to create it"
    }
}

/// The runner itself could not do its work (as opposed to a tutorial failing).
public enum ExecutionError: Error, Sendable, CustomStringConvertible {
    case compilerUnavailable(String)
    case programUnavailable(String)

    public var description: String {
        switch self {
        case .compilerUnavailable(let reason): "tutor: cannot run the Swift compiler: \(reason)"
        case .programUnavailable(let reason): "tutor: cannot start the compiled tutorial \(reason)"
        }
    }
}
