import Foundation

/// `tutor merge`: the whole site from the partial results of every shard, written by the
/// same `SiteWriter` as `tutor build`, so it equals a single build of the same tutorials
/// apart from measured times and memory.
///
/// The partials must be one split of one build: same format, tutorial set, library build
/// and shard count, every shard exactly once, every tutorial in exactly one of them.
/// Anything else is an error naming the folder at fault, and the site is left as it was.
struct PartialMerger {
    var partials: [URL]
    /// The partials as the user named them, for messages.
    var names: [String]
    var out: URL
    var keepGoing = false
    var progress: BuildProgress
    /// The merging `tutor`'s library, for the DocC documentation (partials carry only the
    /// names): used when its public names are the shards' (else the site has none).
    var librarySymbols: LibrarySymbolSource = .none
    var cache: URL?
    /// The URL path the site is served under ("" for a host's root), for DocC's pages.
    var sitePath = ""

    enum Failure: Error, CustomStringConvertible, Equatable {
        case noPartials
        case unreadable(String, reason: String)
        case differentBuild(String, what: String, first: String)
        case duplicateShard(String, shard: String, first: String)
        case missingShards([Int], of: Int)
        case tutorialMissing(String, expectedIn: String)
        case tutorialTwice(String, in: String, and: String)

        var description: String {
            switch self {
            case .noPartials: "no partial results given"
            case let .unreadable(dir, reason): "\(dir): error: not a partial result of tutor build --shard: \(reason)"
            case let .differentBuild(dir, what, first): "\(dir): error: partial of a different build than \(first): its \(what) differs"
            case let .duplicateShard(dir, shard, first): "\(dir): error: shard \(shard) is given twice (also \(first))"
            case let .missingShards(missing, count): "error: missing shard\(missing.count == 1 ? "" : "s") \(missing.map { "\($0)/\(count)" }.joined(separator: ", ")): every shard's partial result is needed"
            case let .tutorialMissing(path, dir): "\(dir): error: its partial lacks \(path), which its shard should hold"
            case let .tutorialTwice(path, a, b): "\(b): error: \(path) is also in \(a); shards computed different splits (were they built with different timings files?)"
            }
        }
    }

    struct Report {
        var tutorials = 0
        /// Tutorials that failed without `expect-failure`, or passed with it.
        var failed: [String] = []
        var wroteSite = false
    }

    func merge() throws -> Report {
        guard !partials.isEmpty else { throw Failure.noPartials }
        var manifests: [(name: String, url: URL, manifest: PartialManifest)] = []
        for (url, name) in zip(partials, names) {
            let file = url.appendingPathComponent(PartialManifest.fileName)
            guard let data = try? Data(contentsOf: file) else {
                throw Failure.unreadable(name, reason: "no \(PartialManifest.fileName)")
            }
            let manifest: PartialManifest
            do { manifest = try JSONDecoder().decode(PartialManifest.self, from: data) } catch {
                throw Failure.unreadable(name, reason: "\(PartialManifest.fileName): \(error)")
            }
            guard manifest.format == PartialManifest.currentFormat else {
                throw Failure.unreadable(name, reason: "format \(manifest.format), this tutor reads \(PartialManifest.currentFormat)")
            }
            manifests.append((name, url, manifest))
        }
        let first = manifests[0]
        var byShard: [Int: String] = [:]
        for m in manifests {
            let checks: [(String, Bool)] = [
                ("tutorial set", m.manifest.tutorialSet == first.manifest.tutorialSet),
                ("shard count", m.manifest.shard.count == first.manifest.shard.count),
                ("library build", m.manifest.library == first.manifest.library),
                ("site title", m.manifest.siteTitle == first.manifest.siteTitle),
                ("section READMEs", m.manifest.sections == first.manifest.sections),
            ]
            if let what = checks.first(where: { !$0.1 })?.0 { throw Failure.differentBuild(m.name, what: what, first: first.name) }
            if let other = byShard[m.manifest.shard.index] {
                throw Failure.duplicateShard(m.name, shard: m.manifest.shard.description, first: other)
            }
            byShard[m.manifest.shard.index] = m.name
        }
        // A shard whose symbol extraction failed has none (and said so); the pages are
        // written here, so another shard's list of the same library serves them all.
        let withSymbols = manifests.filter { !$0.manifest.symbols.isEmpty }
        if let other = withSymbols.first(where: { $0.manifest.symbols != withSymbols[0].manifest.symbols }) {
            throw Failure.differentBuild(other.name, what: "library symbols", first: withSymbols[0].name)
        }
        for m in manifests where m.manifest.symbols.isEmpty && !withSymbols.isEmpty {
            progress.say("\(m.name): warning: has no library symbols; using those of \(withSymbols[0].name)")
        }
        let symbols = Set(withSymbols.first?.manifest.symbols ?? [])
        var api = LibraryAPI(symbols: symbols)
        if let cache {
            let local = LibrarySymbols.load(librarySymbols, cache: cache, progress: progress, sitePath: sitePath)
            if local.symbols == symbols {
                api = local
            } else if !local.symbols.isEmpty {
                progress.say("warning: no API documentation: this tutor's library is not the one the shards ran with")
            }
        }
        let count = first.manifest.shard.count
        let missing = (1...count).filter { byShard[$0] == nil }
        guard missing.isEmpty else { throw Failure.missingShards(missing, of: count) }

        var items: [String: SiteWriter.Item] = [:]
        var keys: [String: String] = [:]
        var owner: [String: String] = [:]
        for m in manifests {
            for path in m.manifest.assigned {
                if let other = owner[path] { throw Failure.tutorialTwice(path, in: other, and: m.name) }
                owner[path] = m.name
                let folder = PartialRecord.folder(path, in: m.url)
                guard let data = try? Data(contentsOf: folder.appendingPathComponent(PartialRecord.fileName)),
                      let source = try? Data(contentsOf: folder.appendingPathComponent(PartialRecord.sourceName)) else {
                    throw Failure.tutorialMissing(path, expectedIn: m.name)
                }
                let record: PartialRecord
                do { record = try JSONDecoder().decode(PartialRecord.self, from: data) } catch {
                    throw Failure.unreadable(m.name, reason: "\(path): \(PartialRecord.fileName): \(error)")
                }
                let (tutorial, _) = TutorialParser.parseForPage(source: [UInt8](source), path: record.displayPath)
                let entry = GalleryEntry(sitePath: path, tutorial: tutorial, result: record.result)
                items[path] = SiteWriter.Item(entry: entry, folder: folder, thumbnail: record.thumbnail)
                keys[path] = record.key
            }
        }
        let all = first.manifest.tutorials
        if let lost = all.first(where: { owner[$0] == nil }) {
            // A shard that computed another split than the others left this one out.
            let shard = first.manifest.plan.firstIndex { $0.contains(lost) }.map { $0 + 1 } ?? 1
            throw Failure.tutorialMissing(lost, expectedIn: byShard[shard] ?? first.name)
        }

        let ordered = all.compactMap { items[$0] }
        var report = Report(tutorials: ordered.count)
        report.failed = ordered.map(\.entry).filter { $0.failed != $0.expectFailure }.map(\.sitePath)
        if !report.failed.isEmpty && !keepGoing {
            progress.say("not writing \(out.lastPathComponent)/: \(report.failed.count) tutorial\(report.failed.count == 1 ? "" : "s") failed (use --keep-going to write it anyway)")
            return report
        }
        let stamp = SiteStamp.make(siteTitle: first.manifest.siteTitle, keys: all.map { ($0, keys[$0] ?? "") },
                                   sections: first.manifest.sections, api: api)
        let writer = SiteWriter(siteTitle: first.manifest.siteTitle, sections: first.manifest.sections, items: ordered, api: api)
        try writer.writeSite(to: out, stamp: report.failed.isEmpty ? stamp : nil)
        report.wroteSite = true
        progress.say("wrote \(out.path) from \(count) shard\(count == 1 ? "" : "s") (\(ordered.count) tutorials)")
        return report
    }
}
