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
    private let servers = Mutex<[String: ForkServer]>([:])

    /// The pool `tutor` uses, whose servers are ended and waited for at exit.
    static let shared: ForkServerPool = {
        let pool = ForkServerPool()
        atexit { ForkServerPool.shared.closeAll(waitingUpTo: 5) }
        return pool
    }()

    init() {}

    /// The server of `executable`, started if need be; nil when it cannot start.
    func server(for executable: String) -> ForkServer? {
        servers.withLock { servers in
            if let server = servers[executable], !server.hasEnded { return server }
            guard let server = try? ForkServer(executable: executable) else { return nil }
            for old in servers.values { old.close() }
            servers = [executable: server]
            return server
        }
    }

    /// Tells every server to end and waits up to `seconds` for them, so that they and the
    /// tutorials they ran are this process's reaped descendants (their CPU time counts as the
    /// build's) and none is left behind.
    func closeAll(waitingUpTo seconds: Double) {
        let all = servers.withLock { servers in
            defer { servers = [:] }
            return Array(servers.values)
        }
        for server in all { server.close() }
        let deadline = Date(timeIntervalSinceNow: seconds)
        for server in all {
            while server.isRunning, Date() < deadline { usleep(1000) }
        }
    }
}
