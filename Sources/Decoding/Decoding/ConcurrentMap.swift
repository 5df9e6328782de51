import Foundation

/// `(0..<count).map(body)` on up to `jobs` threads (-1: every core), results in index order.
/// Each index is computed exactly as in a serial run, so the output does not depend on `jobs`.
/// The first error, by index, is rethrown.
func concurrentMap<T: Sendable>(count: Int, jobs: Int, _ body: @escaping @Sendable (Int) throws -> T) throws -> [T] {
    let workers = min(jobs < 0 ? ProcessInfo.processInfo.activeProcessorCount : max(jobs, 1), count)
    if workers <= 1 { return try (0..<count).map(body) }
    let results = ResultSlots<T>(count: count)
    DispatchQueue.concurrentPerform(iterations: workers) { w in
        for i in stride(from: w, to: count, by: workers) { results.set(i, Result { try body(i) }) }
    }
    return try results.values()
}

private final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<T, any Error>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ result: Result<T, any Error>) {
        lock.lock(); defer { lock.unlock() }
        slots[i] = result
    }

    func values() throws -> [T] { try slots.map { try $0!.get() } }
}
