import Foundation

/// What the commands that run tutorials let the user choose.
public struct RunnerSettings: Sendable {
    /// Folder for figures: each tutorial writes into `<output>/<name>/` (nil: `.build/tutor-output`).
    public var output: String?
    /// Seconds a tutorial may run when its front matter sets no timeout.
    public var timeout: Double
    /// Bytes of output kept per step and stream.
    public var outputCap: Int

    public init(output: String? = nil, timeout: Double = 900, outputCap: Int = 1 << 20) {
        self.output = output
        self.timeout = timeout
        self.outputCap = outputCap
    }

    /// An executor for the library build next to this `tutor` (nil, with the reason printed,
    /// when there is none).
    func executor() -> TutorialExecutor? {
        do {
            let build = try LibraryBuild.forRunningExecutable()
            return TutorialExecutor(build: build, outputCap: outputCap, defaultTimeout: timeout)
        } catch {
            Terminal.error(error.description)
            return nil
        }
    }

    /// An executor with `files` compiled together (those that parse; the others, and any
    /// that cannot be merged, are compiled alone when run).
    func executor(compilingTogether files: [String]) -> TutorialExecutor? {
        guard let executor = executor() else { return nil }
        let tutorials = files.compactMap { try? TutorialParser.parse(contentsOf: $0) }
        return tutorials.count > 1 ? executor.preparing(tutorials) : executor
    }

    /// Where `tutorial`'s figures go.
    func outputFolder(for tutorial: Tutorial, executor: TutorialExecutor) -> String {
        guard let output else { return executor.defaultOutputFolder(for: tutorial) }
        return URL(fileURLWithPath: output).appendingPathComponent(tutorial.name).path
    }

    /// Parses, then runs, one tutorial file; errors become a message and a nil result.
    func run(_ file: String, executor: TutorialExecutor) -> (Tutorial, TutorialResult, folder: String)? {
        do {
            let tutorial = try TutorialParser.parse(contentsOf: file)
            let folder = outputFolder(for: tutorial, executor: executor)
            return (tutorial, try executor.run(tutorial, outputFolder: folder), folder)
        } catch let error as TutorialError {
            Terminal.error(error.description)
        } catch {
            Terminal.error("\(error)")
        }
        return nil
    }
}

/// Writing to the terminal's two streams.
public enum Terminal {
    public static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    public static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
