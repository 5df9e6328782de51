import Foundation

/// What the gallery asks of the runner: execute one tutorial, report progress, and return
/// each step's results with its figures saved as PNG files in `figuresFolder`.
///
/// The build is written against this protocol so the weaving, caching and atomic publishing
/// can be tested with scripted executors; `RunnerExecutor` adapts the real runner.
protocol GalleryExecutor: Sendable {
    func execute(_ request: ExecutionRequest, progress: @escaping @Sendable (ExecutionEvent) -> Void) async throws -> ExecutionOutcome
}

struct ExecutionRequest: Sendable {
    /// The Markdown file.
    var file: URL
    /// Its path relative to the tutorials root (for pages).
    var relativePath: String
    /// The path diagnostics name (relative to the working folder, like the user typed it).
    var displayPath: String
    /// An empty folder for the figure PNGs; `GalleryFigure.file` names files in it.
    var figuresFolder: URL
}

enum ExecutionEvent: Sendable {
    case compiling
    /// Step `index` (0-based) of `count` starts; `line` is its fence line.
    case step(index: Int, count: Int, line: Int)
}

struct ExecutionOutcome: Sendable {
    var steps: [GalleryStep]
    /// A failure at no single step (compile error, timeout of the whole tutorial…).
    var failure: String?
    var totalSeconds: Double
}
