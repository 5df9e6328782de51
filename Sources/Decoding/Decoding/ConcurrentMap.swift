import CLapack
import Foundation

/// `(0..<count).map(body)` on up to `jobs` threads (-1: every core), results in index order.
/// Each index is computed exactly as in a serial run, so the output does not depend on `jobs`.
/// The first error, by index, is rethrown.
///
/// Workers take the next index when they finish one (not a fixed share each): the Decoder's
/// tasks differ several-fold in cost (a category's fits, a fold's size), and with a fixed
/// stride one worker could be left with the long ones while the other idles.
///
/// OpenBLAS runs on one thread meanwhile, as joblib's workers limit BLAS for nilearn: a
/// threaded BLAS call inside each worker spun its threads against the other workers (46 % of
/// a perf sample of plot_haxby_different_estimators' ridge fits was OpenBLAS's waiting loop),
/// and one thread sums each product in one order whatever `jobs` is.
func concurrentMap<T: Sendable>(count: Int, jobs: Int, _ body: @escaping @Sendable (Int) throws -> T) throws -> [T] {
    let blasThreads = openblas_get_num_threads()
    openblas_set_num_threads(1)
    defer { openblas_set_num_threads(blasThreads) }
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
