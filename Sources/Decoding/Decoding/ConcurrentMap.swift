import Foundation

/// `(0..<count).map(body)` on up to `jobs` threads (-1: every core), results in index order.
/// Each index is computed exactly as in a serial run, so the output does not depend on `jobs`.
/// The first error, by index, is rethrown.
///
/// Workers take the next index when they finish one (not a fixed share each): the Decoder's
/// tasks differ several-fold in cost (a category's fits, a fold's size), and with a fixed
/// stride one worker could be left with the long ones while the other idles.
func concurrentMap<T: Sendable>(count: Int, jobs: Int, _ body: @escaping @Sendable (Int) throws -> T) throws -> [T] {
    let workers = min(jobs < 0 ? ProcessInfo.processInfo.activeProcessorCount : max(jobs, 1), count)
    if workers <= 1 { return try (0..<count).map(body) }
    let results = ResultSlots<T>(count: count)
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
        while let i = results.claim() { results.set(i, Result { try body(i) }) }
    }
    return try results.values()
}

private final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<T, any Error>?]
    private var next = 0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// The next index no worker has taken, or nil when all are taken.
    func claim() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    func set(_ i: Int, _ result: Result<T, any Error>) {
        lock.lock(); defer { lock.unlock() }
        slots[i] = result
    }

    func values() throws -> [T] { try slots.map { try $0!.get() } }
}
