import Foundation

/// The real runner behind the gallery: parses the tutorial with `TutorialParser`, runs it
/// with `TutorialExecutor` against the built library, and turns its `TutorialResult` into
/// gallery steps.
struct RunnerExecutor: GalleryExecutor {
    var executor: TutorialExecutor

    func execute(_ request: ExecutionRequest, progress: @escaping @Sendable (ExecutionEvent) -> Void) async throws -> ExecutionOutcome {
        let data = try Data(contentsOf: request.file)
        let tutorial = try TutorialParser.parse(source: Array(data), path: request.displayPath)
        progress(.compiling)
        let executor = self.executor
        let folder = request.figuresFolder.path
        let started = Date()
        // The runner blocks while the program runs: keep it off the cooperative threads.
        let result: TutorialResult = try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result {
                    try executor.run(tutorial, outputFolder: folder) { number in
                        let step = tutorial.steps[number - 1]
                        progress(.step(index: number - 1, count: tutorial.steps.count, line: step.line))
                    }
                })
            }
        }
        let total = Date().timeIntervalSince(started)
        var steps: [GalleryStep] = []
        for (step, outcome) in zip(tutorial.steps, result.steps) {
            var g = GalleryStep(line: step.line, code: step.code.hasSuffix("\n") ? String(step.code.dropLast()) : step.code)
            g.label = step.options.label
            g.hideCode = step.options.hideCode
            g.hideOutput = step.options.hideOutput
            g.expectError = step.options.expectError
            g.stdout = outcome.stdout
            g.stderr = outcome.stderr
            g.seconds = outcome.seconds ?? 0
            switch outcome.outcome {
            case .completed: g.ran = true
            case .skipped, .notReached: g.ran = false
            case .failed(let failure):
                g.ran = true
                g.expectError = false  // an expect-error step that did not throw is a failure
                g.error = failure.description
            }
            for figure in outcome.figures {
                let url = URL(fileURLWithPath: figure.path)
                var name = url.lastPathComponent
                if url.deletingLastPathComponent().standardizedFileURL.path != request.figuresFolder.standardizedFileURL.path {
                    name = "step-\(step.number)-\(g.figures.count + 1).png"
                    try? FileManager.default.copyItem(at: url, to: request.figuresFolder.appendingPathComponent(name))
                }
                g.figures.append(GalleryFigure(file: name, alt: figure.altText))
            }
            steps.append(g)
        }
        return ExecutionOutcome(steps: steps, failure: result.compileErrors, totalSeconds: total)
    }
}
