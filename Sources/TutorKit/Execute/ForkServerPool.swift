import Foundation
import Synchronization

/// The fork servers a runner keeps: at most one, that of the program run last.
///
/// `tutor` runs one merged program at a time; when another one comes (`tutor serve` after an
/// edit), the old server is told to end once its children have, and a request still on its
/// way to it starts its program instead. `tutor`'s own pool is ``shared``; a test running
/// programs beside others in one process gives its executor a pool of its own, so that
/// another test's program does not end its server between two runs.
final class ForkServerPool: Sendable {
    private let current = Mutex<(executable: String, server: ForkServer)?>(nil)

    /// The pool `tutor` uses, whose server is ended and waited for at exit.
    static let shared: ForkServerPool = {
        let pool = ForkServerPool()
        atexit { ForkServerPool.shared.close(waitingUpTo: 5) }
        return pool
    }()

    init() {}

    /// The server of `executable`, started if need be; nil when it cannot start.
    func server(for executable: String) -> ForkServer? {
        current.withLock { current in
            if let current, current.executable == executable, !current.server.hasEnded { return current.server }
            guard let server = try? ForkServer(executable: executable) else { return nil }
            current?.server.close()
            current = (executable, server)
            return server
        }
    }

    /// Tells the server to end and waits up to `seconds` for it, so that it and the
    /// tutorials it ran are this process's reaped descendants (their CPU time counts as the
    /// build's) and none is left behind.
    func close(waitingUpTo seconds: Double) {
        guard let server = current.withLock({ current in
            defer { current = nil }
            return current?.server
        }) else { return }
        server.close()
        let deadline = Date(timeIntervalSinceNow: seconds)
        while server.isRunning, Date() < deadline { usleep(1000) }
    }
}
