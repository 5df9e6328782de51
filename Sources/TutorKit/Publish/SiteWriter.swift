import Foundation

/// Writes a complete site into an empty folder from executed tutorials: pages, downloads,
/// figures, thumbnails, the index, execution times (page and JSON), the library's DocC
/// documentation and API back-reference pages under `api/`, and the shared assets. The one page writer: `tutor build` and `tutor merge` both end here.
struct SiteWriter {
    struct Item: Sendable {
        var entry: GalleryEntry
        /// The folder holding the tutorial's figures and thumbnail.
        var folder: URL
        var thumbnail: String?
    }

    var siteTitle = "Tutorials"
    var sections: [SectionHeader]
    var items: [Item]
    var api: LibraryAPI

    /// Writes the site and puts it at `out` whole (`stamp`, when given, marks it complete
    /// for the next build's up-to-date check).
    func writeSite(to out: URL, stamp: String?, beforeReplacing: (URL) throws -> Void = { _ in }) throws {
        try FileSystem.writeDirectory(out, beforeReplacing: beforeReplacing) { temporary in
            try write(into: temporary)
            if let stamp {
                try AtomicFile.write(Array(stamp.utf8), to: temporary.appendingPathComponent(SiteBuilder.stampFile).path)
            }
        }
    }

    func write(into out: URL) throws {
        let fm = FileManager.default
        let chrome = PageChrome(siteTitle: siteTitle)
        func put(_ text: String, _ path: String) throws { try put(Data(text.utf8), path) }
        func put(_ data: Data, _ path: String, replacing: Bool = false) throws {
            let url = out.appendingPathComponent(path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            if replacing { try? fm.removeItem(at: url) }
            try data.write(to: url)
        }
        if let docs = api.docs {
            // DocC's static site first: the back-reference pages beside it are ours, and
            // `api/index.html` (DocC's empty root) becomes the index linking both.
            // Hard links where the cache and the site share a file system: the DocC site is
            // thousands of files, and copying them dominated building a small gallery. Files
            // written into `api/` below are removed first, so the cache's copies never change.
            let folder = out.appendingPathComponent(SitePaths.docsFolder)
            do {
                try FileSystem.linkTree(docs.path, to: folder.path)
            } catch {
                try? fm.removeItem(at: folder)
                try fm.copyItem(at: docs, to: folder)
            }
        }
        try put(Stylesheet.css, SitePaths.stylesheet)
        try put(Placeholder.svg, SitePaths.placeholder)

        let lookup = LibrarySymbols.lookup(api.symbols)
        var usage: [String: [String]] = [:]
        var hasThumbnail: [String: Bool] = [:]
        for item in items {
            let entry = item.entry
            let paths = entry.paths
            let used = entry.tutorial.steps.reduce(into: Set<String>()) { $0.formUnion(LibrarySymbols.used(in: $1.code, lookup: lookup)) }
            for s in used { usage[s, default: []].append(entry.sitePath) }
            let figureData = item.figureData()
            for (n, row) in figureData.enumerated() {
                for (k, data) in row.enumerated() {
                    if let data { try put(data, paths.figure(step: n, index: k)) }
                    let figure = entry.result.steps[n].figures[k]
                    if let file = figure.comparison?.expectedFile, let expected = try? Data(contentsOf: item.folder.appendingPathComponent(file)) {
                        try put(expected, paths.figureExpected(step: n, index: k))
                    }
                    if let file = figure.comparison?.diffFile, let diff = try? Data(contentsOf: item.folder.appendingPathComponent(file)) {
                        try put(diff, paths.figureDiff(step: n, index: k))
                    }
                }
            }
            if let thumb = item.thumbnail, let data = try? Data(contentsOf: item.folder.appendingPathComponent(thumb)) {
                try put(data, paths.thumbnail)
                hasThumbnail[entry.sitePath] = true
            }
            let page = TutorialPage(entry: entry, apiUsed: used.sorted(), lookup: lookup, docPages: api.pages, chrome: chrome)
            try put(page.html(), paths.page)
            try put(Data(entry.tutorial.source), paths.markdown)
            try put(SwiftScript.text(entry), paths.swift)
            try put(try item.notebook(figureData).json(), paths.notebook)
        }

        let byFolder = Dictionary(grouping: items.map(\.entry)) { SourceTree.folder(of: $0.sitePath) }
        let gallerySections = sections.map { header in
            let tutorials = (byFolder[header.folder] ?? []).sorted {
                ($0.order ?? Int.max, $0.title, $0.sitePath) < ($1.order ?? Int.max, $1.title, $1.sitePath)
            }
            return GallerySection(folder: header.folder, readme: header.readme, tutorials: tutorials)
        }
        let pages = GalleryPages(sections: gallerySections, hasThumbnail: hasThumbnail, usage: usage, docPages: api.pages, chrome: chrome)
        try put(pages.index(), SitePaths.index)
        try put(pages.executionTimes(), SitePaths.executionTimes)
        try put(ExecutionTimings(items.map(\.entry)).json(), ExecutionTimings.fileName)
        try put(Data(pages.apiIndex().utf8), SitePaths.apiIndex, replacing: true)
        for symbol in usage.keys { try put(Data(pages.apiPage(symbol).utf8), SitePaths.apiPage(symbol), replacing: true) }
    }
}

extension SiteWriter.Item {
    /// Each step's figure bytes, by step and figure (nil where the file is gone).
    func figureData() -> [[Data?]] {
        entry.result.steps.map { step in
            step.figures.map { try? Data(contentsOf: folder.appendingPathComponent($0.file)) }
        }
    }

    /// The tutorial as a Jupyter notebook with `figures` (from `figureData()`) inline.
    func notebook(_ figures: [[Data?]]) -> Notebook {
        Notebook(entry: entry) { n, k in
            n < figures.count && k < figures[n].count ? figures[n][k].map { [UInt8]($0) } : nil
        }
    }
}
