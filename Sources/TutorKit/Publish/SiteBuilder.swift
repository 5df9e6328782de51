import Foundation

/// One gallery build: find the tutorials, reuse cached results, run the others in
/// parallel, write the site into a temporary folder and swap it in only when complete.
struct SiteBuilder: Sendable {
    var options: BuildOptions
    var executor: any TutorialExecuting
    var progress: BuildProgress
    /// Called with the finished temporary site just before it replaces the old one
    /// (tests use it to inject a failure at the last moment).
    var beforeReplacing: @Sendable (URL) throws -> Void = { _ in }

    /// Bumped when the site's layout or templates change, so `--force` is not needed.
    static let siteVersion = "site-1"
    static let stampFile = ".tutor-build-stamp"

    struct Job: Sendable {
        var path: String
        var file: URL
        /// `file` as messages name it (relative to the working folder when inside it).
        var displayPath: String
        var key: String
        /// The parsed tutorial (when parsing failed: the file as one block of prose).
        var tutorial: Tutorial
        /// Why the file could not be parsed (`file.md:LINE: error: …`).
        var parseError: String?
    }

    func build() async throws -> BuildReport {
        var report = BuildReport()
        let tree = try SourceTree(paths: options.paths, relativeTo: options.workingDirectory)
        try OutputFolder.checkWritable(options.out, asGiven: options.outAsGiven ?? options.out.path)
        let cache = BuildCache(folder: options.cache, root: tree.root)
        try FileManager.default.createDirectory(at: options.cache, withIntermediateDirectories: true)
        removeStaleTemporaries()

        let libraryStamp = options.currentLibraryStamp
        let jobs = try tree.tutorials.map { path -> Job in
            let file = tree.root.appendingPathComponent(path)
            let cwd = options.workingDirectory.standardizedFileURL.path + "/"
            let displayPath = file.path.hasPrefix(cwd) ? String(file.path.dropFirst(cwd.count)) : file.path
            let data = try Data(contentsOf: file)
            let key = BuildCache.key(source: data, displayPath: displayPath, libraryStamp: libraryStamp)
            do {
                let tutorial = try TutorialParser.parse(source: [UInt8](data), path: displayPath)
                return Job(path: path, file: file, displayPath: displayPath, key: key, tutorial: tutorial)
            } catch {
                let text = String(decoding: data, as: UTF8.self)
                let whole = Tutorial(path: displayPath, source: [UInt8](data), steps: [], blocks: [.prose(text, line: 1)])
                return Job(path: path, file: file, displayPath: displayPath, key: "", tutorial: whole, parseError: "\(error)")
            }
        }
        var cached: [String: BuildCache.Entry] = [:]
        if !options.force {
            for job in jobs where job.parseError == nil {
                guard let entry = cache.lookup(job.path, key: job.key) else { continue }
                // A failure is run again (it may have been the machine's fault) unless the
                // caller wants speed over that, like `tutor serve` between edits.
                let unexpectedFailure = !entry.result.succeeded && !job.tutorial.frontMatter.expectFailure
                if !unexpectedFailure || options.reuseFailures { cached[job.path] = entry }
            }
        }
        let toRun = jobs.filter { cached[$0.path] == nil }
        // The tutorials to run compile together while the library's symbols load.
        let runnable = toRun.filter { $0.parseError == nil }.map(\.tutorial)
        if runnable.count > 1 { progress.say("compiling \(runnable.count) tutorials together") }
        async let preparedExecutor = executor.preparing(runnable)
        let symbols = LibrarySymbols.load(options.librarySymbols, cache: options.cache, progress: progress)
        let stamp = siteStamp(tree: tree, jobs: jobs, symbols: symbols)
        let stampURL = options.out.appendingPathComponent(Self.stampFile)
        if !options.force, cached.count == jobs.count,
           (try? String(contentsOf: stampURL, encoding: .utf8)) == stamp {
            report.upToDate = true
            report.cached = jobs.map(\.path)
            report.seconds = progress.elapsed
            progress.say("\(options.out.lastPathComponent)/ is up to date (\(jobs.count) tutorial\(jobs.count == 1 ? "" : "s"))")
            return report
        }

        var items: [String: SiteWriter.Item] = [:]
        var scratches: [URL] = []
        for job in jobs {
            guard let entry = cached[job.path] else { continue }
            report.cached.append(job.path)
            progress.say("\(job.path): cached (ran in \(TutorialPage.seconds(entry.result.totalSeconds)))")
            let published = GalleryEntry(sitePath: job.path, tutorial: job.tutorial, result: entry.result)
            items[job.path] = SiteWriter.Item(entry: published, folder: cache.entryFolder(for: job.path), thumbnail: entry.thumbnail)
        }
        let executor = await preparedExecutor
        let runner = GalleryJobRunner(cache: cache, executor: executor, progress: progress)
        try await withThrowingTaskGroup(of: GalleryJobRunner.Finished.self) { group in
            var pending = toRun.makeIterator()
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
        defer { for s in scratches { try? FileManager.default.removeItem(at: s) } }

        let ordered = jobs.compactMap { items[$0.path] }
        // Like sphinx-gallery's expected failures: one that passes is an error too, so the
        // front matter cannot silently go stale.
        report.failed = ordered.map(\.entry).filter { $0.failed != $0.expectFailure }.map(\.sitePath)
        for item in ordered where item.entry.expectFailure && !item.entry.failed {
            progress.say("\(item.entry.sitePath):1: error: ran without failing, but its front matter says expect-failure: true")
        }
        if !report.failed.isEmpty && !options.keepGoing {
            progress.say("not writing \(options.out.lastPathComponent)/: \(report.failed.count) tutorial\(report.failed.count == 1 ? "" : "s") failed (use --keep-going to write it anyway)")
            report.seconds = progress.elapsed
            return report
        }

        let temporary = options.out.deletingLastPathComponent()
            .appendingPathComponent(".\(options.out.lastPathComponent).building-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
        do {
            try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
            let writer = SiteWriter(siteTitle: options.siteTitle, tree: tree, items: ordered, symbols: symbols)
            try writer.write(into: temporary)
            if report.failed.isEmpty {
                try AtomicFile.write(Array(stamp.utf8), to: temporary.appendingPathComponent(Self.stampFile).path)
            }
            try beforeReplacing(temporary)
            try FileSystem.replaceDirectory(options.out, with: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        report.wroteSite = true
        report.seconds = progress.elapsed
        progress.say("wrote \(options.out.path) (\(report.ran.count) ran, \(report.cached.count) cached)")
        return report
    }

    /// Identity of everything the site is made of; equal stamps mean an identical site.
    private func siteStamp(tree: SourceTree, jobs: [Job], symbols: Set<String>) -> String {
        var f = Fingerprint()
        f.add(Self.siteVersion)
        f.add(Self.weaverIdentity)
        f.add(options.siteTitle)
        for job in jobs { f.add(job.path); f.add(job.key) }
        for folder in tree.folders {
            f.add(folder)
            f.add((try? Data(contentsOf: tree.root.appendingPathComponent(folder).appendingPathComponent("README.md"))) ?? Data())
        }
        for s in symbols.sorted() { f.add(s) }
        return f.hex
    }

    /// Size and modification time of the running `tutor`: a rebuilt weaver may write different
    /// pages from the same results, so it invalidates the site (not the stored run results).
    private static let weaverIdentity: String = Bundle.main.executablePath.flatMap(FileStamp.of) ?? ""

    /// Temporary sites left by interrupted builds (their process is gone).
    private func removeStaleTemporaries() {
        let parent = options.out.deletingLastPathComponent()
        let prefix = ".\(options.out.lastPathComponent).building-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            let pid = Int32(name.dropFirst(prefix.count).prefix { $0.isNumber }) ?? 0
            if pid > 0 && pid != ProcessInfo.processInfo.processIdentifier && kill(pid, 0) == 0 { continue }
            if pid == ProcessInfo.processInfo.processIdentifier { continue }
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }
}
