import Foundation
import Synchronization

/// The staging files and folders this process is writing now (the temporary side of every
/// write that appears only when complete). An interrupt removes them before `tutor` exits,
/// so it leaves nothing half-written behind; a normal run moves or removes each itself.
enum Temporaries {
    private static let paths = Mutex<Set<String>>([])

    static func track(_ path: String) {
        paths.withLock { _ = $0.insert(path) }
    }

    /// `path` was moved into place or removed: no longer this process's to clean up.
    static func untrack(_ path: String) {
        paths.withLock { _ = $0.remove(path) }
    }

    /// Removes `path` and stops tracking it.
    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
        untrack(path)
    }

    /// Removes every tracked path (on interrupt).
    static func removeAll() {
        for path in paths.withLock({ $0 }) { try? FileManager.default.removeItem(atPath: path) }
    }
}
