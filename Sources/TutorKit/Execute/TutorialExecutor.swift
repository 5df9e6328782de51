import Foundation
import TutorProtocol

/// Executes tutorials for real: generates the program, compiles it against the library
/// build (or takes it from the cache), runs it and assembles its `TutorialResult`.
/// The commands and the gallery both use it.
public struct TutorialExecutor: TutorialExecuting {
    public var build: LibraryBuild
    /// Bytes kept per step and stream before output is cut with a notice.
    public var outputCap: Int
    /// Seconds a tutorial may run when its front matter sets no `timeout`.
    public var defaultTimeout: Double
    /// Where compiled programs are cached (`<root>/.build/tutor-cache` when nil).
    public var cacheFolder: String?
    /// Tutorials compiled together by `preparing(_:)`, by path.
    var merged: [String: MergedCompiler.Program] = [:]
    /// Where the fork servers that fork merged tutorials are kept: `tutor`'s one pool, or a
    /// test's own; nil (`TUTOR_FORK_SERVER=0`) starts each merged tutorial's program afresh.
    var forkServers: ForkServerPool? = ForkServer.isEnabled ? .shared : nil

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
        let started = ContinuousClock.now
        let folder = outputFolder ?? defaultOutputFolder(for: tutorial)
        try prepare(folder, for: tutorial)

        let (product, arguments) = try program(for: tutorial)
        switch product {
        case .failed(let diagnostics):
            return TutorialResult(
                path: tutorial.path, compilation: Compilation(diagnostics: diagnostics), steps: Self.unreached(tutorial),
                totalSeconds: (ContinuousClock.now - started).seconds)
        case .executable(let executable, let seconds, let cached):
            // A tutorial of the merged program is forked by that program's server.
            let server = arguments.isEmpty ? nil : forkServers?.server(for: executable)
            var timeouts: [Int: Double] = [:]
            for step in tutorial.steps { timeouts[step.number] = step.options.timeout }
            let runner = ProgramRunner(
                executable: executable, arguments: arguments, figuresFolder: folder, outputCap: outputCap,
                stepTimeouts: timeouts, totalTimeout: tutorial.frontMatter.timeout ?? defaultTimeout,
                onStepBegin: onStepBegin, server: server)
            let run: CapturedRun
            do {
                run = try runner.run()
            } catch {
                throw ExecutionError.programUnavailable("\(executable): \(error)")
            }
            let summary = RunAssembler.summary(of: run)
            return TutorialResult(
                path: tutorial.path, compilation: Compilation(seconds: seconds, cached: cached),
                steps: RunAssembler.results(for: tutorial, run: run),
                totalSeconds: (ContinuousClock.now - started).seconds,
                peakMemoryBytes: summary.peakMemoryBytes, simulatedDatasets: summary.simulatedDatasets,
                launch: arguments.isEmpty ? .alone : run.forked ? .forked : .merged)
        }
    }

    /// Compiles `tutorial`'s program — or takes it from the merged or cached programs — without
    /// running it: what `tutor check --quick` checks of a slow tutorial (that it still
    /// compiles against the library). The result's steps are not reached; `notRun` says why.
    ///
    /// Throws `ExecutionError` when the compiler cannot be started.
    public func compileOnly(_ tutorial: Tutorial) throws -> TutorialResult {
        let started = ContinuousClock.now
        let product = try program(for: tutorial).product
        var compilation = Compilation()
        switch product {
        case .failed(let diagnostics): compilation.diagnostics = diagnostics
        case .executable(_, let seconds, let cached): compilation = Compilation(seconds: seconds, cached: cached)
        }
        return TutorialResult(
            path: tutorial.path, compilation: compilation, steps: Self.unreached(tutorial),
            totalSeconds: (ContinuousClock.now - started).seconds, notRun: .compiledOnly)
    }

    /// The tutorial's compiled program: its part of the merged program (with the arguments that
    /// select it) when it was compiled together and is unchanged since, else compiled alone (or
    /// taken from the cache). Nothing is started: only `run` starts a fork server.
    private func program(for tutorial: Tutorial) throws -> (product: ProgramCompiler.Product, arguments: [String]) {
        if let program = merged[tutorial.path], program.source == MergedProgramGenerator.source(for: tutorial) {
            return (.executable(path: program.executable, seconds: program.seconds, cached: program.cached), [program.id])
        }
        do {
            return (try ProgramCompiler(build: build, cacheFolder: cacheFolder).compile(ProgramGenerator.source(for: tutorial)), [])
        } catch {
            throw ExecutionError.compilerUnavailable("\(error)")
        }
    }

    /// This executor with `tutorials` compiled together into one program, each run in its
    /// own process; those that cannot be merged (or fail to compile merged) are compiled
    /// alone when run, as are all when the merged compile cannot even start.
    public func preparing(_ tutorials: [Tutorial]) -> TutorialExecutor {
        guard tutorials.count > 1 else { return self }
        var prepared = self
        let compiler = MergedCompiler(compiler: ProgramCompiler(build: build, cacheFolder: cacheFolder))
        guard let merge = try? compiler.compile(tutorials) else { return prepared }
        prepared.merged = merge.programs
        MergeFallbacks(cacheFolder: compiler.compiler.cacheFolder).record(merge, of: tutorials)
        return prepared
    }

    public func preparing(_ tutorials: [Tutorial]) async -> any TutorialExecuting {
        let executor = self
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: executor.preparing(tutorials) as TutorialExecutor)
            }
        }
    }

    /// The gallery's way in: runs off the cooperative threads (the runner blocks while the
    /// program runs) and reports progress.
    public func execute(
        _ tutorial: Tutorial, figuresFolder: URL, progress: @escaping @Sendable (ExecutionProgress) -> Void
    ) async throws -> TutorialResult {
        progress(.compiling)
        let executor = self
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result {
                    try executor.run(tutorial, outputFolder: figuresFolder.path) { number in
                        let step = tutorial.steps[number - 1]
                        progress(.step(index: number - 1, count: tutorial.steps.count, line: step.line))
                    }
                })
            }
        }
    }

    /// Every step not reached (or skipped, for `no-run`): a program that did not run.
    private static func unreached(_ tutorial: Tutorial) -> [StepResult] {
        tutorial.steps.map { StepResult(number: $0.number, outcome: $0.options.noRun ? .skipped : .notReached) }
    }

    private func prepare(_ folder: String, for tutorial: Tutorial) throws(TutorialError) {
        do {
            try OutputFolder.create(folder)
        } catch {
            throw TutorialError(path: tutorial.path, line: 1, message: "cannot create output folder \(folder): \(error.reason)")
        }
        let files = FileManager.default
        let stale = ((try? files.contentsOfDirectory(atPath: folder)) ?? []).filter(FigureFiles.isFigure)
        for name in stale { try? files.removeItem(atPath: folder + "/" + name) }
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) * 1e-18
    }
}
