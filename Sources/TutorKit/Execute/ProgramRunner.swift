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
    /// True when the fork server started the program, false when it was started afresh.
    var forked = false
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

    /// The fork server of a merged program, to run the tutorial (`arguments[0]`) as a child
    /// of it instead of starting the program afresh; nil: start the program.
    var server: ForkServer? = nil

    /// A started program: its pid, how to wait for its end, and how it ended.
    private struct Started {
        var pid: Int32
        /// True once the program has ended, waiting until `deadline` at most.
        var waitUntil: (DispatchTime) -> Bool
        /// Exit status (or signal number) and whether a signal ended it.
        var ending: () -> (status: Int32, signaled: Bool)
        var streams: (stdout: Int32, stderr: Int32)
        var cleanUp: () -> Void
    }

    func run() throws -> CapturedRun {
        let nonce = UUID().uuidString
        try FileManager.default.createDirectory(atPath: figuresFolder, withIntermediateDirectories: true)
        let shared = Shared(.init(
            stdout: StreamSplitter(nonce: nonce, cap: outputCap),
            stderr: StreamSplitter(nonce: nonce, cap: outputCap)))
        let started = ContinuousClock.now
        let child: Started
        var forked = false
        if let server, let id = arguments.first, let started = try? fork(from: server, id: id, nonce: nonce) {
            child = started
            forked = true
        } else {
            child = try spawn(nonce: nonce)
        }
        defer { child.cleanUp() }
        let program = RunningPrograms.Program(pid: child.pid, nonce: nonce)
        RunningPrograms.register(program)
        defer { RunningPrograms.unregister(program) }
        let readers = DispatchGroup()
        for (descriptor, isStdout) in [(child.streams.stdout, true), (child.streams.stderr, false)] {
            readers.enter()
            let onStepBegin = self.onStepBegin
            Thread.detachNewThread {
                Self.read(descriptor, into: shared, isStdout: isStdout, onStepBegin: onStepBegin)
                readers.leave()
            }
        }

        var timeout: (step: Int, seconds: Double, ownLimit: Bool)?
        while !child.waitUntil(.now() + .milliseconds(20)) {
            let now = ContinuousClock.now
            let running = shared.state.withLock { $0.stepStarted }
            if let running, let limit = stepTimeouts[running.step], now - running.at > .seconds(limit) {
                timeout = (running.step, limit, true)
            } else if now - started > .seconds(totalTimeout) {
                timeout = (running?.step ?? 0, totalTimeout, false)
            }
            if timeout != nil {
                RunningPrograms.end(program)
                while !child.waitUntil(.distantFuture) {}
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
        let ending = child.ending()
        return shared.state.withLock { state in
            state.stdout.finish()
            state.stderr.finish()
            return CapturedRun(
                stdout: state.stdout, stderr: state.stderr, events: state.events,
                status: ending.status, signaled: ending.signaled, timeout: timeout, forked: forked)
        }
    }

    /// Starts the program as a new process (`Process`), reading it through pipes.
    private func spawn(nonce: String) throws -> Started {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
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
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        return Started(
            pid: process.processIdentifier,
            waitUntil: { deadline in
                guard exited.wait(timeout: deadline) == .success else { return false }
                exited.signal()  // ended for good: later waits return at once
                return true
            },
            ending: { (process.terminationStatus, process.terminationReason == .uncaughtSignal) },
            streams: (out.fileHandleForReading.fileDescriptor, err.fileHandleForReading.fileDescriptor),
            cleanUp: {
                try? out.fileHandleForReading.close()
                try? err.fileHandleForReading.close()
            })
    }

    /// Has the fork server start the tutorial, reading it through two FIFOs (opened before
    /// the request, so the child's opens never block).
    private func fork(from server: ForkServer, id: String, nonce: String) throws -> Started {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tutor-run-\(nonce)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let paths = (folder + "/stdout", folder + "/stderr")
        var descriptors: [Int32] = []
        let cleanUp = {
            for descriptor in descriptors { close(descriptor) }
            try? FileManager.default.removeItem(atPath: folder)
        }
        for path in [paths.0, paths.1] {
            let descriptor = mkfifo(path, 0o600) == 0 ? open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC) : -1
            guard descriptor >= 0 else { cleanUp(); throw ForkServerError.unusable }
            descriptors.append(descriptor)
        }
        let pid: Int32
        do {
            pid = try server.start(id: id, nonce: nonce, figuresFolder: figuresFolder, stdout: paths.0, stderr: paths.1)
        } catch {
            cleanUp()
            throw error
        }
        let status = Mutex<Int32?>(nil)
        return Started(
            pid: pid,
            waitUntil: { deadline in
                if status.withLock({ $0 }) != nil { return true }
                guard let ended = server.waitForExit(pid, timeout: deadline) else { return false }
                status.withLock { $0 = ended }
                return true
            },
            ending: {
                let raw = status.withLock { $0 } ?? 0
                let signal = raw & 0x7F
                return signal == 0 ? ((raw >> 8) & 0xFF, false) : (signal, true)
            },
            streams: (descriptors[0], descriptors[1]),
            cleanUp: cleanUp)
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
