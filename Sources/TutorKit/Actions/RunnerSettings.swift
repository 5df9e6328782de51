import Foundation
import Synchronization

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

/// Writing to the terminal's two streams. Every write `tutor` makes goes through one lock,
/// whole, and `finish` closes it: after Ctrl-C's line nothing more is written, so a progress
/// line from a thread still running cannot follow it (or split it).
public enum Terminal {
    /// True once `finish` has written the last line.
    private static let closed = Mutex(false)

    public static func out(_ text: String) { write(text, to: .standardOutput) }

    public static func error(_ text: String) {
        write(text.hasSuffix("\n") ? text : text + "\n", to: .standardError)
    }

    static func write(_ text: String, to handle: FileHandle) {
        closed.withLock { closed in
            if !closed { handle.write(Data(text.utf8)) }
        }
    }

    /// Writes `line` to stderr as the last thing `tutor` says: later writes are dropped.
    /// A writer blocked on a full pipe (a pager that stopped reading) must not keep Ctrl-C from
    /// ending `tutor`: after a second without the lock, the line is written anyway.
    static func finish(_ line: String) {
        let data = Data((line + "\n").utf8)
        for _ in 0..<100 {
            let done: Void? = closed.withLockIfAvailable { closed in
                if !closed { FileHandle.standardError.write(data) }
                closed = true
            }
            if done != nil { return }
            usleep(10_000)
        }
        FileHandle.standardError.write(data)
    }
}
