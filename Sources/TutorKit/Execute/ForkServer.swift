import Foundation
import Synchronization
import TutorProtocol

/// The runner's side of a merged program's fork server (`TutorHarness.__TutorForkServer`): one server
/// per program, started on first use by a ``ForkServerPool``; each tutorial run asks it for a
/// child and learns the child's end from it.
///
/// The server is `tutor`'s child; when its requests socket closes (``close()``), the server
/// ends once its children have.
final class ForkServer: Sendable {
    private struct State {
        var nextToken = 0
        var pids: [Int: Int32] = [:]
        var statuses: [Int32: Int32] = [:]
        var waiters: [String: DispatchSemaphore] = [:]
        var ended = false
        /// Set once no more requests go to this server.
        var closed = false
    }

    private let process: Process
    private let requests: FileHandle
    private let state = Mutex(State())

    /// False when `TUTOR_FORK_SERVER=0`: every tutorial of a merged program then starts it
    /// afresh (`program <id>`), to compare or to rule the server out.
    static let isEnabled = ProcessInfo.processInfo.environment["TUTOR_FORK_SERVER"] != "0"

    /// Whether the server has ended (its replies pipe closed).
    var hasEnded: Bool { state.withLock { $0.ended } }

    /// Whether the server's process is still running.
    var isRunning: Bool { process.isRunning }

    init(executable: String) throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--serve"]
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        // Requests go through a socket, not a pipe: `send` with MSG_NOSIGNAL turns a dead
        // server into an error instead of a SIGPIPE that would end `tutor`.
        var ends: [Int32] = [0, 0]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &ends) == 0 else { throw ForkServerError.unusable }
        let output = Pipe()
        process.standardInput = FileHandle(fileDescriptor: ends[1], closeOnDealloc: false)
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        requests = FileHandle(fileDescriptor: ends[0], closeOnDealloc: true)
        do {
            try process.run()
        } catch {
            Foundation.close(ends[1])
            throw error
        }
        Foundation.close(ends[1])
        let descriptor = output.fileHandleForReading.fileDescriptor
        Thread.detachNewThread { [self] in readReplies(descriptor) }
    }

    /// Forks a child that runs tutorial `id`, writing into the FIFOs; returns its pid.
    func start(id: String, nonce: String, figuresFolder: String, stdout: String, stderr: String) throws -> Int32 {
        let semaphore = DispatchSemaphore(value: 0)
        let token = state.withLock { state -> Int in
            state.nextToken += 1
            state.waiters["pid \(state.nextToken)"] = semaphore
            return state.nextToken
        }
        let line = ForkServerChannel.line(ForkRequest(
            token: token, tutorial: id, nonce: nonce, figuresFolder: figuresFolder, stdout: stdout, stderr: stderr))
        let sent = state.withLock { state -> Bool in
            guard !state.closed, !state.ended else { return false }
            // Sent whole under the lock: requests never interleave.
            return line.withUnsafeBytes { send(requests.fileDescriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) } == line.count
        }
        guard sent else {
            state.withLock { _ = $0.waiters.removeValue(forKey: "pid \(token)") }
            throw ForkServerError.unusable
        }
        semaphore.wait()
        let pid = state.withLock { $0.pids.removeValue(forKey: token) } ?? -1
        guard pid > 0 else { throw ForkServerError.unusable }
        return pid
    }

    /// Sends no more requests: the server ends once its children have.
    func close() {
        state.withLock { state in
            guard !state.closed else { return }
            state.closed = true
            try? requests.close()
        }
    }

    /// Waits until child `pid` ends, or `timeout` passes (nil), and gives its wait status.
    func waitForExit(_ pid: Int32, timeout: DispatchTime) -> Int32? {
        let semaphore = DispatchSemaphore(value: 0)
        let known = state.withLock { state -> Int32? in
            if let status = state.statuses.removeValue(forKey: pid) { return status }
            if state.ended { return -1 }
            state.waiters["exit \(pid)"] = semaphore
            return nil
        }
        if let known { return known }
        if semaphore.wait(timeout: timeout) == .success {
            return state.withLock { $0.statuses.removeValue(forKey: pid) } ?? -1
        }
        state.withLock { _ = $0.waiters.removeValue(forKey: "exit \(pid)") }
        return nil
    }

    private func readReplies(_ descriptor: Int32) {
        var pending: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            pending += buffer[..<count]
            while let end = pending.firstIndex(of: 10) {
                let reply = ForkServerChannel.decode(ForkReply.self, from: pending[..<end])
                pending.removeSubrange(...end)
                state.withLock { state in
                    switch reply {
                    case .started(let token, let pid):
                        state.pids[token] = pid
                        state.waiters.removeValue(forKey: "pid \(token)")?.signal()
                    case .exited(let pid, let status):
                        state.statuses[pid] = status
                        state.waiters.removeValue(forKey: "exit \(pid)")?.signal()
                    case nil:
                        break
                    }
                }
            }
        }
        // The server is gone: nobody will answer; wake everyone.
        state.withLock { state in
            state.ended = true
            for waiter in state.waiters.values { waiter.signal() }
            state.waiters = [:]
        }
    }
}

enum ForkServerError: Error {
    /// The server is gone or refused: run the program directly instead.
    case unusable
}
