import Foundation
import Synchronization

/// Runs a compiled tutorial program, splitting its output per step while it runs and
/// killing it when the running step or the whole run passes its time limit.
struct ProgramRunner: Sendable {
    var executable: String
    /// Folder the harness writes figures into (`TUTOR_FIGURES`). The program also runs in it,
    /// so files a tutorial saves by relative path land beside its figures, not in the
    /// author's working folder.
    var figuresFolder: String
    /// Bytes kept per step and stream.
    var outputCap: Int
    /// Seconds each step may take, by step number (absent: no limit of its own).
    var stepTimeouts: [Int: Double]
    /// Seconds the whole program may take.
    var totalTimeout: Double
    /// Told the number of each step as it starts (from a reader thread), for live progress.
    var onStepBegin: (@Sendable (Int) -> Void)? = nil

    /// Everything seen during a run, for `RunAssembler` to turn into step results.
    struct Run {
        var stdout: StreamSplitter
        var stderr: StreamSplitter
        var events: [StreamSplitter.Event]
        var status: Int32
        var signaled: Bool
        /// Set when the runner killed the program: the step that was running and the limit.
        var timeout: (step: Int, seconds: Double, ownLimit: Bool)?
    }

    /// What the reader threads and the watcher share.
    private final class Shared: Sendable {
        struct State {
            var stdout: StreamSplitter
            var stderr: StreamSplitter
            var events: [StreamSplitter.Event] = []
            var stepStarted: (step: Int, at: ContinuousClock.Instant)?
            var open = 2
        }
        let state: Mutex<State>
        init(_ state: State) { self.state = Mutex(state) }
    }

    func run() throws -> Run {
        let nonce = UUID().uuidString
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        try FileManager.default.createDirectory(atPath: figuresFolder, withIntermediateDirectories: true)
        process.currentDirectoryURL = URL(fileURLWithPath: figuresFolder)
        var environment = ProcessInfo.processInfo.environment
        environment[Harness.nonceVariable] = nonce
        environment[Harness.figuresVariable] = figuresFolder
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice

        let shared = Shared(.init(
            stdout: StreamSplitter(nonce: nonce, cap: outputCap),
            stderr: StreamSplitter(nonce: nonce, cap: outputCap)))
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        let started = ContinuousClock.now
        try process.run()
        let readers = DispatchGroup()
        for (handle, isStdout) in [(out.fileHandleForReading, true), (err.fileHandleForReading, false)] {
            readers.enter()
            let descriptor = handle.fileDescriptor
            let onStepBegin = self.onStepBegin
            Thread.detachNewThread {
                Self.read(descriptor, into: shared, isStdout: isStdout, onStepBegin: onStepBegin)
                readers.leave()
            }
        }

        var timeout: (step: Int, seconds: Double, ownLimit: Bool)?
        while exited.wait(timeout: .now() + .milliseconds(20)) == .timedOut {
            let now = ContinuousClock.now
            let running = shared.state.withLock { $0.stepStarted }
            if let running, let limit = stepTimeouts[running.step], now - running.at > .seconds(limit) {
                timeout = (running.step, limit, true)
            } else if now - started > .seconds(totalTimeout) {
                timeout = (running?.step ?? 0, totalTimeout, false)
            }
            if timeout != nil {
                kill(process.processIdentifier, SIGKILL)
                exited.wait()
                break
            }
        }
        // A program that left children holding the pipes open must not hang the runner.
        if readers.wait(timeout: .now() + .seconds(5)) == .timedOut {
            try? out.fileHandleForReading.close()
            try? err.fileHandleForReading.close()
            readers.wait()
        }
        return shared.state.withLock { state in
            state.stdout.finish()
            state.stderr.finish()
            return Run(
                stdout: state.stdout, stderr: state.stderr, events: state.events,
                status: process.terminationStatus,
                signaled: process.terminationReason == .uncaughtSignal, timeout: timeout)
        }
    }

    private static func read(
        _ descriptor: Int32, into shared: Shared, isStdout: Bool, onStepBegin: (@Sendable (Int) -> Void)?
    ) {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            let begun: [Int] = shared.state.withLock { state in
                guard isStdout else {
                    _ = state.stderr.feed(buffer[..<count])
                    return []
                }
                let events = state.stdout.feed(buffer[..<count])
                var begun: [Int] = []
                for case .begin(let step) in events {
                    state.stepStarted = (step, .now)
                    begun.append(step)
                }
                state.events += events
                return begun
            }
            if let onStepBegin { begun.forEach(onStepBegin) }
        }
    }
}
