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
/// An interrupt (SIGINT, SIGTERM) of `tutor` ends every registered program and removes the
/// files being written (`Temporaries`) before `tutor` exits, so none outlives it and
/// nothing is left half-written.
enum RunningPrograms {
    struct Program: Hashable, Sendable {
        var pid: Int32
        var nonce: String
        /// When it was started, to tell whether the process ids given out since can have wrapped.
        var started = ContinuousClock.now
    }

    private static let running = Mutex<Set<Program>>([])
    /// Set by an interrupt before it ends the programs.
    private static let interrupted = Atomic<Bool>(false)

    /// Registers a started program (installing the interrupt handlers on first use).
    static func register(_ program: Program) {
        _ = interruptHandlers
        running.withLock { _ = $0.insert(program) }
    }

    static func unregister(_ program: Program) {
        running.withLock { _ = $0.remove(program) }
    }

    /// Called once a program or tool has ended: when an interrupt ended it, waits for the
    /// interrupt to exit `tutor`, so the run is not reported as a failed tutorial (and its
    /// exit status and message are the interrupt's).
    static func waitIfInterrupted() {
        guard interrupted.load(ordering: .sequentiallyConsistent) else { return }
        while true { sleep(60) }
    }

    /// Kills the program's process group and every process it started.
    /// `leaderAlive: false` once the program itself has been reaped (its number may be reused).
    static func end(_ program: Program, leaderAlive: Bool = true) {
        guard program.pid > 0 else { return }
        kill(-program.pid, SIGKILL)
        if leaderAlive { kill(program.pid, SIGKILL) }
        // A process it started has a later id; ids are given out in turn, so unless they can
        // have wrapped around since (a long run), only those given out since need reading.
        let recent = ContinuousClock.now - program.started < .seconds(5)
        for pid in descendants(withNonce: program.nonce, since: recent ? program.pid : nil) { kill(pid, SIGKILL) }
    }

    /// Processes whose environment holds `TUTOR_NONCE=<nonce>` (Linux `/proc`; empty elsewhere),
    /// among those whose ids were given out from `since` on when it is given.
    ///
    /// This runs after every tutorial, over every process of a shared machine: the ids are
    /// bounded by the last one given out (`/proc/loadavg`'s last field) so that only the few
    /// processes started meanwhile are opened, not hundreds.
    static func descendants(withNonce nonce: String, since first: Int32? = nil) -> [Int32] {
        #if os(Linux)
        let needle = Array("\(HarnessChannel.nonceVariable)=\(nonce)".utf8)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        let window = first.flatMap { first in lastProcessID().map { (first, $0) } }
        // Read with one reused buffer.
        var buffer = [UInt8](repeating: 0, count: 1 << 17)
        let me = getpid()
        return names.compactMap { name -> Int32? in
            guard let pid = Int32(name), pid != me else { return nil }
            if let (first, last) = window {
                // The ids from `first` to `last`, wrapping past the largest.
                let inWindow = first <= last ? (pid >= first && pid <= last) : (pid >= first || pid <= last)
                guard inWindow else { return nil }
            }
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

    /// The id the kernel gave out last in this pid namespace (the last field of `/proc/loadavg`).
    static func lastProcessID() -> Int32? {
        #if os(Linux)
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return nil }
        return text.split(whereSeparator: \.isWhitespace).last.flatMap { Int32($0) }
        #else
        return nil
        #endif
    }

    static let interruptedMessage = "tutor: interrupted; stopped every process it had started"

    /// SIGINT and SIGTERM end every running program, then `tutor` with the usual status
    /// (128 + the signal's number) and one line saying so.
    nonisolated(unsafe) private static let interruptHandlers: [any DispatchSourceSignal] = [SIGINT, SIGTERM].map { signalNumber in
        signal(signalNumber, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
        source.setEventHandler {
            interrupted.store(true, ordering: .sequentiallyConsistent)
            for program in running.withLock({ $0 }) { end(program) }
            Temporaries.removeAll()
            Terminal.finish(interruptedMessage)
            exit(128 + signalNumber)
        }
        source.resume()
        return source
    }
}
