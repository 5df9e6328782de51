import Foundation
import Synchronization
import TutorProtocol

/// Everything seen while a tutorial program ran, for `RunAssembler` to turn into results.
struct CapturedRun {
    var stdout: StreamSplitter
    var stderr: StreamSplitter
    var events: [HarnessEvent]
    var status: Int32
    var signaled: Bool
    /// Set when the runner killed the program: the step that was running and the limit.
    var timeout: (step: Int, seconds: Double, ownLimit: Bool)?
}

/// Runs a compiled tutorial program, splitting its output per step while it runs and
/// killing it when the running step or the whole run passes its time limit.
///
/// When the program ends, for whatever reason, every process it started is killed too
/// (`RunningPrograms`), and the pipes are read only briefly afterwards: a leftover child
/// can neither keep the run waiting nor outlive it.
struct ProgramRunner: Sendable {
    var executable: String
    /// Arguments of the program (the tutorial's id in a merged program).
    var arguments: [String] = []
    /// Folder the harness writes figures into. The program also runs in it, so files a
    /// tutorial saves by relative path land beside its figures, not in the author's folder.
    var figuresFolder: String
    /// Bytes kept per step and stream.
    var outputCap: Int
    /// Seconds each step may take, by step number (absent: no limit of its own).
    var stepTimeouts: [Int: Double]
    /// Seconds the whole program may take.
    var totalTimeout: Double
    /// Told the number of each step as it starts (from a reader thread), for live progress.
    var onStepBegin: (@Sendable (Int) -> Void)? = nil
    /// How long the pipes are still read once the program and its session are gone.
    var drainMilliseconds = 1000

    /// What the reader threads and the watcher share.
    private final class Shared: Sendable {
        struct State {
            var stdout: StreamSplitter
            var stderr: StreamSplitter
            var events: [HarnessEvent] = []
            var stepStarted: (step: Int, at: ContinuousClock.Instant)?
            var stopReading = false
        }
        let state: Mutex<State>
        init(_ state: State) { self.state = Mutex(state) }
    }

    func run() throws -> CapturedRun {
        let nonce = UUID().uuidString
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        try FileManager.default.createDirectory(atPath: figuresFolder, withIntermediateDirectories: true)
        process.currentDirectoryURL = URL(fileURLWithPath: figuresFolder)
        var environment = ProcessInfo.processInfo.environment
        environment[HarnessChannel.nonceVariable] = nonce
        environment[HarnessChannel.figuresVariable] = figuresFolder
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
        let program = RunningPrograms.Program(pid: process.processIdentifier, nonce: nonce)
        RunningPrograms.register(program)
        defer { RunningPrograms.unregister(program) }
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
                RunningPrograms.end(program)
                exited.wait()
                break
            }
        }
        RunningPrograms.waitIfInterrupted()
        RunningPrograms.end(program, leaderAlive: false)
        if readers.wait(timeout: .now() + .milliseconds(drainMilliseconds)) == .timedOut {
            // Something we could not find still holds the pipes: stop reading them.
            shared.state.withLock { $0.stopReading = true }
            readers.wait()
        }
        try? out.fileHandleForReading.close()
        try? err.fileHandleForReading.close()
        return shared.state.withLock { state in
            state.stdout.finish()
            state.stderr.finish()
            return CapturedRun(
                stdout: state.stdout, stderr: state.stderr, events: state.events,
                status: process.terminationStatus,
                signaled: process.terminationReason == .uncaughtSignal, timeout: timeout)
        }
    }

    /// Reads `descriptor` until end of file or until told to stop, polling so a stop is
    /// noticed even while no data comes.
    private static func read(
        _ descriptor: Int32, into shared: Shared, isStdout: Bool, onStepBegin: (@Sendable (Int) -> Void)?
    ) {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        while !shared.state.withLock({ $0.stopReading }) {
            let ready = poll(&poller, 1, 50)
            if ready < 0, errno == EINTR { continue }
            guard ready >= 0 else { break }
            if ready == 0 { continue }
            let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR || errno == EAGAIN { continue }
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
