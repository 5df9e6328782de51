import Foundation

/// What the gallery asks of an executor: run one parsed tutorial, report progress, and
/// return its result with the figures saved in `figuresFolder`.
///
/// The gallery build is written against this protocol so weaving, caching and atomic
/// publishing can be tested with scripted executors; `TutorialExecutor` is the real one.
public protocol TutorialExecuting: Sendable {
    func execute(
        _ tutorial: Tutorial, figuresFolder: URL, progress: @escaping @Sendable (ExecutionProgress) -> Void
    ) async throws -> TutorialResult

    /// An executor ready to run `tutorials` (e.g. compiled together); by default itself.
    func preparing(_ tutorials: [Tutorial]) async -> any TutorialExecuting
}

extension TutorialExecuting {
    public func preparing(_ tutorials: [Tutorial]) async -> any TutorialExecuting { self }
}

/// Progress of one execution, for the build's log lines.
public enum ExecutionProgress: Sendable {
    case compiling
    /// Step `index` (0-based) of `count` starts; `line` is its fence line.
    case step(index: Int, count: Int, line: Int)
}
