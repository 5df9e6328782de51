import Foundation

/// Runs one tutorial for the gallery: executes it, picks and shrinks its thumbnail, and
/// stores the result in the cache when it is worth keeping (succeeded, or failed as expected).
struct TutorialRun: Sendable {
    var cache: BuildCache
    var executor: any GalleryExecutor
    var progress: BuildProgress

    struct Result: Sendable {
        var item: SiteWriter.Item
        /// False when the result lives in a scratch folder to delete after the build.
        var stored: Bool
    }

    func run(_ job: SiteBuilder.Job) async throws -> Result {
        let scratch = try cache.scratchFolder(for: job.path)
        let started = ContinuousClock.now
        var outcome: ExecutionOutcome
        if let metaError = job.metaError {
            outcome = ExecutionOutcome(steps: [], failure: metaError, totalSeconds: 0)
        } else {
            progress.say("\(job.path): running")
            let request = ExecutionRequest(file: job.file, relativePath: job.path, displayPath: job.displayPath, figuresFolder: scratch)
            let progress = self.progress, path = job.path
            do {
                outcome = try await executor.execute(request) { event in
                    switch event {
                    case .compiling: progress.say("\(path): compiling")
                    case .step(let i, let n, let line): progress.say("\(path): step \(i + 1)/\(n) (line \(line))")
                    }
                }
            } catch {
                let d = ContinuousClock.now - started
                outcome = ExecutionOutcome(steps: [], failure: "\(error)", totalSeconds: Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
            }
        }
        let tutorial = GalleryTutorial(path: job.path, meta: job.meta, steps: outcome.steps,
                                       failure: outcome.failure, totalSeconds: outcome.totalSeconds)
        let thumbnail = makeThumbnail(tutorial, job: job, folder: scratch)
        let entry = BuildCache.Entry(key: job.key, tutorial: tutorial, thumbnail: thumbnail)
        report(tutorial)
        if job.metaError == nil {
            try cache.store(entry, scratch: scratch)
            return Result(item: .init(tutorial: tutorial, source: job.source, folder: cache.entryFolder(for: job.path), thumbnail: thumbnail), stored: true)
        }
        return Result(item: .init(tutorial: tutorial, source: job.source, folder: scratch, thumbnail: thumbnail), stored: false)
    }

    private func report(_ t: GalleryTutorial) {
        let time = TutorialPage.seconds(t.totalSeconds)
        if let s = t.failedStep {
            let first = t.steps[s].error?.split(separator: "\n").first ?? ""
            progress.say("\(t.path):\(t.steps[s].line): error: step \(s + 1) failed after \(time): \(first)\(t.meta.expectFailure ? " (expected)" : "")")
        } else if let failure = t.failure {
            progress.say("\(t.path): error: \(failure.split(separator: "\n").first ?? "")\(t.meta.expectFailure ? " (expected)" : "")")
        } else {
            progress.say("\(t.path): done in \(time)")
        }
    }

    /// The card picture: front matter `thumbnail` (a 1-based figure number, a step label —
    /// that step's first figure — or a PNG path relative to the tutorial), else the first
    /// figure; nil when there is none.
    private func makeThumbnail(_ t: GalleryTutorial, job: SiteBuilder.Job, folder: URL) -> String? {
        let figures = t.steps.flatMap(\.figures)
        var chosen: URL?
        if let wanted = t.meta.thumbnail {
            if let n = Int(wanted), n >= 1, n <= figures.count {
                chosen = folder.appendingPathComponent(figures[n - 1].file)
            } else if let step = t.steps.first(where: { $0.label == wanted }), let figure = step.figures.first {
                chosen = folder.appendingPathComponent(figure.file)
            } else {
                let url = job.file.deletingLastPathComponent().appendingPathComponent(wanted)
                if FileManager.default.fileExists(atPath: url.path) { chosen = url }
                else if !figures.isEmpty { progress.say("\(job.path):1: warning: thumbnail '\(wanted)' is neither a figure number, a labelled step with a figure, nor a file; using the first figure") }
            }
        }
        if chosen == nil, let first = figures.first { chosen = folder.appendingPathComponent(first.file) }
        guard let source = chosen, let data = try? Data(contentsOf: source) else { return nil }
        do {
            let png = try Thumbnail.make(from: [UInt8](data), what: source.lastPathComponent)
            try Data(png).write(to: folder.appendingPathComponent("thumb.png"))
            return "thumb.png"
        } catch {
            progress.say("\(job.path): warning: \(error)")
            return nil
        }
    }
}
