import Foundation
import Synchronization
import TutorProtocol

/// The tutorial programs running now, and how to end one with everything it started.
///
/// A program runs in its own process group (`Process` makes it a group leader; the harness
/// makes sure with `setpgid`). Its children need not stay in that group — `Process` puts
/// each child it starts in a group of its own — but they inherit its environment, which
/// carries the run's nonce. So ending a program kills its group and, on Linux, every
/// process whose environment holds that nonce, wherever it was reparented.
/// An interrupt (SIGINT, SIGTERM) of `tutor` ends every registered program before `tutor`
/// exits, so none outlives it.
enum RunningPrograms {
    struct Program: Hashable, Sendable {
        var pid: Int32
        var nonce: String
    }

    private static let running = Mutex<Set<Program>>([])

    /// Registers a started program (installing the interrupt handlers on first use).
    static func register(_ program: Program) {
        _ = interruptHandlers
        running.withLock { _ = $0.insert(program) }
    }

    static func unregister(_ program: Program) {
        running.withLock { _ = $0.remove(program) }
    }

    /// Kills the program's process group and every process it started.
    /// `leaderAlive: false` once the program itself has been reaped (its number may be reused).
    static func end(_ program: Program, leaderAlive: Bool = true) {
        guard program.pid > 0 else { return }
        kill(-program.pid, SIGKILL)
        if leaderAlive { kill(program.pid, SIGKILL) }
        for pid in descendants(withNonce: program.nonce) { kill(pid, SIGKILL) }
    }

    /// Processes whose environment holds `TUTOR_NONCE=<nonce>` (Linux `/proc`; empty elsewhere).
    static func descendants(withNonce nonce: String) -> [Int32] {
        #if os(Linux)
        let needle = Array("\(HarnessChannel.nonceVariable)=\(nonce)".utf8)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        // Read with one reused buffer: this runs after every tutorial, over every process.
        var buffer = [UInt8](repeating: 0, count: 1 << 17)
        let me = getpid()
        return names.compactMap { name -> Int32? in
            guard let pid = Int32(name), pid != me else { return nil }
            let descriptor = open("/proc/\(name)/environ", O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { return nil }
            defer { close(descriptor) }
            var count = 0
            while count < buffer.count {
                let got = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + count, $0.count - count) }
                guard got > 0 else { break }
                count += got
            }
            return buffer[..<count].split(separator: 0).contains { $0.elementsEqual(needle) } ? pid : nil
        }
        #else
        return []
        #endif
    }

    /// SIGINT and SIGTERM end every running program, then `tutor` with the usual status.
    nonisolated(unsafe) private static let interruptHandlers: [any DispatchSourceSignal] = [SIGINT, SIGTERM].map { signalNumber in
        signal(signalNumber, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
        source.setEventHandler {
            for program in running.withLock({ $0 }) { end(program) }
            exit(128 + signalNumber)
        }
        source.resume()
        return source
    }
}
