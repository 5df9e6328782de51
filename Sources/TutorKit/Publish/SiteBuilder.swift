import Foundation

/// One gallery build: find the tutorials, reuse cached results, run the others in
/// parallel, write the site into a temporary folder and swap it in only when complete.
/// With `options.shard`, only that shard's tutorials run and a partial result is written
/// to `options.partial` instead (`PartialWriter`; `PartialMerger` makes the site of them).
struct SiteBuilder: Sendable {
    var options: BuildOptions
    var executor: any TutorialExecuting
    var progress: BuildProgress
    /// Called with the finished temporary site just before it replaces the old one
    /// (tests use it to inject a failure at the last moment).
    var beforeReplacing: @Sendable (URL) throws -> Void = { _ in }

    static let stampFile = ".tutor-build-stamp"

    func build() async throws -> BuildReport {
        var report = BuildReport()
        let tree = try SourceTree(paths: options.paths, relativeTo: options.workingDirectory)
        let destination = options.partial ?? options.out
        let destinationName = options.partial == nil ? (options.outAsGiven ?? options.out.path) : (options.partialAsGiven ?? destination.path)
        try OutputFolder.checkWritable(destination, asGiven: destinationName)
        let cache = BuildCache(folder: options.cache, rootName: options.display(tree.root))
        try FileManager.default.createDirectory(at: options.cache, withIntermediateDirectories: true)
        removeStaleTemporaries(of: destination)

        let libraryStamp = options.currentLibraryStamp
        let allJobs = try tree.tutorials.map { try Job(path: $0, in: tree.root, options: options, libraryStamp: libraryStamp) }
        let sections = tree.sectionHeaders
        var jobs = allJobs
        var plan: [[String]] = []
        if let shard = options.shard {
            plan = try shardPlan(allJobs.map(\.path), shard: shard, tree: tree)
            let mine = Set(plan[shard.index - 1])
            jobs = allJobs.filter { mine.contains($0.path) }
            progress.say("shard \(shard): \(jobs.count) of \(allJobs.count) tutorials")
        }
        // Each tutorial's stored entry, under whatever key, read once: reused if current, and
        // its running time orders the runs if not.
        var stored: [String: BuildCache.Entry] = [:]
        for job in jobs { stored[job.path] = cache.storedEntry(job.path) }
        var cached: [String: BuildCache.Entry] = [:]
        if !options.force {
            for job in jobs where job.parseError == nil {
                guard let entry = stored[job.path].flatMap({ cache.usable($0, of: job.path, key: job.key) }) else { continue }
                // A failure is run again (it may have been the machine's fault) unless the
                // caller wants speed over that, like `tutor serve` between edits.
                let unexpectedFailure = !entry.result.succeeded && !job.tutorial.frontMatter.expectFailure
                if !unexpectedFailure || options.reuseFailures { cached[job.path] = entry }
            }
        }
        // `--quick`: a slow tutorial without a usable stored run is woven from what its file
        // records; one meant to fail runs (recorded outputs cannot show its failure).
        let recorded = Set(jobs.filter {
            options.quick && cached[$0.path] == nil && $0.parseError == nil && $0.tutorial.frontMatter.skippedWhenQuick
        }.map(\.path))
        let toRun = jobs.filter { cached[$0.path] == nil && !recorded.contains($0.path) }
        // The tutorials to run compile together, then run, while the library's symbols load
        // and DocC documents it (on a miss) beside them: the API is needed only to write the site.
        let runnable = toRun.filter { $0.parseError == nil }.map(\.tutorial)
        if runnable.count > 1 { progress.say("compiling \(runnable.count) tutorials together") }
        async let preparedExecutor = executor.preparing(runnable)
        async let loadedAPI = loadAPI()
        let stampURL = options.out.appendingPathComponent(Self.stampFile)
        func stamp(_ api: LibraryAPI) -> String {
            SiteStamp.make(siteTitle: options.siteTitle, keys: allJobs.map { ($0.path, $0.key) }, sections: sections, api: api)
        }
        if options.partial == nil, !options.force, cached.count == jobs.count,
           (try? String(contentsOf: stampURL, encoding: .utf8)) == stamp(await loadedAPI) {
            report.upToDate = true
            report.cached = jobs.map(\.path)
            report.seconds = progress.elapsed
            progress.say("\(options.out.lastPathComponent)/ is up to date (\(jobs.count) tutorial\(jobs.count == 1 ? "" : "s"))")
            return report
        }

        var items: [String: SiteWriter.Item] = [:]
        var scratches: [URL] = []
        defer { for s in scratches { Temporaries.remove(s.path) } }
        for job in jobs {
            guard let entry = cached[job.path] else { continue }
            report.cached.append(job.path)
            progress.say("\(job.path): cached (ran in \(TutorialPage.seconds(entry.result.totalSeconds)))")
            let published = GalleryEntry(sitePath: job.path, tutorial: job.tutorial, result: entry.result)
            items[job.path] = SiteWriter.Item(entry: published, folder: cache.entryFolder(for: job.path), thumbnail: entry.thumbnail)
        }
        let executor = await preparedExecutor
        let runner = GalleryJobRunner(cache: cache, executor: executor, progress: progress)
        for job in jobs where recorded.contains(job.path) {
            let item = try runner.replay(job)
            items[job.path] = item
            scratches.append(item.folder)
            report.recorded.append(job.path)
        }
        let timingsFile = options.timings ?? tree.root.appendingPathComponent(ExecutionTimings.fileName)
        let longestFirst = RunOrder.sorted(toRun, seconds: RunOrder.measuredSeconds(of: toRun, stored: stored, timingsFile: timingsFile))
        try await withThrowingTaskGroup(of: GalleryJobRunner.Finished.self) { group in
            var pending = longestFirst.makeIterator()
            func startNext() {
                guard let job = pending.next() else { return }
                group.addTask { try await runner.run(job) }
            }
            for _ in 0..<max(1, options.jobs) { startNext() }
            while let result = try await group.next() {
                items[result.item.entry.sitePath] = result.item
                report.ran.append(result.item.entry.sitePath)
                if !result.stored { scratches.append(result.item.folder) }
                startNext()
            }
        }
        let api = await loadedAPI

        let ordered = jobs.compactMap { items[$0.path] }
        // Like sphinx-gallery's expected failures: one that passes is an error too, so the
        // front matter cannot silently go stale.
        report.failed = ordered.map(\.entry).filter { $0.failed != $0.expectFailure }.map(\.sitePath)
        for item in ordered where item.entry.expectFailure && !item.entry.failed {
            progress.say("\(item.entry.sitePath):1: error: ran without failing, but its front matter says expect-failure: true")
        }
        if !report.failed.isEmpty && !options.keepGoing {
            progress.say("not writing \(destination.lastPathComponent)/: \(report.failed.count) tutorial\(report.failed.count == 1 ? "" : "s") failed (use --keep-going to write it anyway)")
            report.seconds = progress.elapsed
            return report
        }

        if let shard = options.shard, let partial = options.partial {
            let manifest = PartialManifest(
                shard: shard, plan: plan, tutorialSet: PartialManifest.tutorialSet(allJobs),
                library: Fingerprint(["library", libraryStamp]).hex, siteTitle: options.siteTitle,
                sections: sections, symbols: api.symbols.sorted())
            let keys = Dictionary(uniqueKeysWithValues: jobs.map { ($0.path, $0.key) })
            try PartialWriter(manifest: manifest, items: ordered, keys: keys).write(to: partial)
            report.wroteSite = true
            report.seconds = progress.elapsed
            progress.say("wrote shard \(shard) to \(partial.path) (\(report.ran.count) ran, \(report.cached.count) cached)")
            return report
        }

        let writer = SiteWriter(siteTitle: options.siteTitle, sections: sections, items: ordered, api: api)
        try writer.writeSite(to: options.out, stamp: report.failed.isEmpty ? stamp(api) : nil, beforeReplacing: beforeReplacing)
        report.wroteSite = true
        report.seconds = progress.elapsed
        progress.say("wrote \(options.out.path) (\(report.ran.count) ran, \(report.cached.count) cached\(report.recorded.isEmpty ? "" : ", \(report.recorded.count) from recorded outputs"))")
        return report
    }

    /// The library's API for the site (``LibrarySymbols``), loaded on a thread of its own: on a
    /// miss DocC runs for seconds, beside the tutorials.
    private func loadAPI() async -> LibraryAPI {
        let options = self.options, progress = self.progress
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: LibrarySymbols.load(
                    options.librarySymbols, cache: options.libraryDocsCache ?? options.cache, progress: progress, sitePath: options.sitePath))
            }
        }
    }

    /// The shards of `tutorials`, balanced by the timings file when there is one.
    private func shardPlan(_ tutorials: [String], shard: Shard, tree: SourceTree) throws -> [[String]] {
        let file = options.timings ?? tree.root.appendingPathComponent(ExecutionTimings.fileName)
        let timings = try ExecutionTimings.read(file)
        if timings == nil, options.timings != nil {
            throw ExecutionTimings.Unreadable(path: file.path, reason: "no such file")
        }
        return Shard.plan(tutorials, count: shard.count, seconds: timings?.seconds ?? [:])
    }

    /// Temporary folders left beside `destination` by interrupted builds (their process is gone).
    private func removeStaleTemporaries(of destination: URL) {
        let parent = destination.deletingLastPathComponent()
        let prefix = ".\(destination.lastPathComponent).building-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            let pid = Int32(name.dropFirst(prefix.count).prefix { $0.isNumber }) ?? 0
            if pid > 0 && pid != ProcessInfo.processInfo.processIdentifier && kill(pid, 0) == 0 { continue }
            if pid == ProcessInfo.processInfo.processIdentifier { continue }
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }
}
