import Foundation

/// Runs `body` for folds 0..<count, on `jobs` workers (−1: every core; ≤ 1: in order on the
/// calling thread). Each fold's computation is independent, so results do not depend on it.
func forEachFold(_ count: Int, jobs: Int, _ body: @Sendable (Int) -> Void) {
    let workers = min(jobs < 0 ? ProcessInfo.processInfo.activeProcessorCount : max(jobs, 1), count)
    if workers <= 1 {
        for f in 0..<count { body(f) }
    } else {
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            for f in stride(from: w, to: count, by: workers) { body(f) }
        }
    }
}

/// Per-fold outcomes written from worker threads.
final class ScoreSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<Double, CrossValidationError>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ fold: Int, _ outcome: Result<Double, CrossValidationError>) {
        lock.lock(); defer { lock.unlock() }
        slots[fold] = outcome
    }

    func values() throws(CrossValidationError) -> [Double] {
        try slots.map { slot throws(CrossValidationError) in try slot!.get() }
    }
}

/// Every training fold must hold two classes for a classifier to be fitted on it.
func checkTrainingFolds(_ folds: [TrainTestSplit], _ y: [String]) throws(CrossValidationError) {
    for (f, fold) in folds.enumerated() {
        let classes = Set(fold.train.map { y[$0] })
        if classes.count < 2 { throw .trainingFoldHasOneClass(fold: f, label: classes.first ?? "") }
    }
}
