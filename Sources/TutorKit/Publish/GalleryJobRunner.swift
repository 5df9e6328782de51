import Foundation

/// Runs one tutorial for the gallery: executes it, picks and shrinks its thumbnail, and
/// stores the result in the cache (when the tutorial could be parsed at all).
struct GalleryJobRunner: Sendable {
    var cache: BuildCache
    var executor: any TutorialExecuting
    var progress: BuildProgress

    struct Finished: Sendable {
        var item: SiteWriter.Item
        /// False when the result lives in a scratch folder to delete after the build.
        var stored: Bool
    }

    func run(_ job: SiteBuilder.Job) async throws -> Finished {
        let scratch = try cache.scratchFolder(for: job.path)
        let started = ContinuousClock.now
        var result: TutorialResult
        if let parseError = job.parseError {
            result = TutorialResult(path: job.tutorial.path, steps: [], failure: parseError)
        } else {
            progress.say("\(job.path): running")
            let progress = self.progress, path = job.path
            do {
                result = try await executor.execute(job.tutorial, figuresFolder: scratch) { event in
                    switch event {
                    case .compiling: progress.say("\(path): compiling")
                    case .step(let i, let n, let line): progress.say("\(path): step \(i + 1)/\(n) (line \(line))")
                    }
                }
            } catch {
                result = TutorialResult(
                    path: job.tutorial.path, steps: [], failure: "\(error)",
                    totalSeconds: (ContinuousClock.now - started).seconds)
            }
        }
        if job.parseError == nil {
            // Found from the file itself: the path messages use is relative to the working
            // folder the build was asked from, which need not be this process's.
            FigureChecker.check(job.tutorial, &result, runFolder: scratch.path, baselines: BaselineFolder(tutorialPath: job.file.path))
        }
        let entry = GalleryEntry(sitePath: job.path, tutorial: job.tutorial, result: result)
        let thumbnail = makeThumbnail(entry, job: job, folder: scratch)
        report(entry)
        guard job.parseError == nil else {
            return Finished(item: .init(entry: entry, folder: scratch, thumbnail: thumbnail), stored: false)
        }
        try cache.store(BuildCache.Entry(key: job.key, result: result, thumbnail: thumbnail), for: job.path, scratch: scratch)
        return Finished(item: .init(entry: entry, folder: cache.entryFolder(for: job.path), thumbnail: thumbnail), stored: true)
    }

    /// A slow tutorial for `tutor build --quick`: not run, but woven from its recorded
    /// outputs and baselines (`TutorialResult(recordedIn:baselines:)`). The baselines are
    /// copied into a scratch folder with the thumbnail, as a run's figures are; the result is
    /// never stored in the cache.
    func replay(_ job: SiteBuilder.Job) throws -> SiteWriter.Item {
        let scratch = try cache.scratchFolder(for: job.path)
        let baselines = BaselineFolder(tutorialPath: job.file.path)
        let result = TutorialResult(recordedIn: job.tutorial, baselines: baselines)
        for figure in result.steps.flatMap(\.figures) {
            try FileManager.default.copyItem(
                atPath: baselines.path + "/" + figure.file, toPath: scratch.appendingPathComponent(figure.file).path)
        }
        let entry = GalleryEntry(sitePath: job.path, tutorial: job.tutorial, result: result)
        progress.say("\(job.path): slow, woven from its recorded outputs (not run; --quick)")
        return .init(entry: entry, folder: scratch, thumbnail: makeThumbnail(entry, job: job, folder: scratch))
    }

    private func report(_ entry: GalleryEntry) {
        let time = TutorialPage.seconds(entry.result.totalSeconds)
        let expected = entry.expectFailure ? " (expected)" : ""
        if let (step, failure) = entry.result.firstFailure(in: entry.tutorial) {
            let first = failure.description.split(separator: "\n").first ?? ""
            progress.say("\(entry.sitePath):\(step.line): error: step \(step.number) failed after \(time): \(first)\(expected)")
        } else if let failure = entry.programFailure {
            progress.say("\(entry.sitePath): error: \(failure.split(separator: "\n").first ?? "")\(expected)")
        } else {
            progress.say("\(entry.sitePath): done in \(time)")
        }
        // Figures are checked, not required to match: the page shows what differs.
        for (step, result) in zip(entry.tutorial.steps, entry.result.steps) {
            for (k, figure) in result.figures.enumerated() {
                guard let problem = figure.comparison?.problem, figure.comparison?.verdict != .missingBaseline else { continue }
                progress.say("\(entry.sitePath):\(step.line): warning: figure \(k + 1) of \(step.displayName) \(problem)")
            }
        }
    }

    /// The card picture: front matter `thumbnail` (a 1-based figure number, a step label —
    /// that step's first figure — or a PNG path relative to the tutorial), else the first
    /// figure; nil when there is none.
    private func makeThumbnail(_ entry: GalleryEntry, job: SiteBuilder.Job, folder: URL) -> String? {
        let figures = entry.result.steps.flatMap(\.figures)
        var chosen: URL?
        if let wanted = entry.tutorial.frontMatter.thumbnail {
            let labeled = entry.tutorial.steps.firstIndex { $0.options.label == wanted }
            if let n = Int(wanted), n >= 1, n <= figures.count {
                chosen = folder.appendingPathComponent(figures[n - 1].file)
            } else if let labeled, let figure = entry.step(labeled).result?.figures.first {
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
            try AtomicFile.write(png, to: folder.appendingPathComponent("thumb.png").path)
            return "thumb.png"
        } catch {
            progress.say("\(job.path): warning: \(error)")
            return nil
        }
    }
}
