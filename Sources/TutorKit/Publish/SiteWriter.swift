import Foundation

/// Writes a complete site into an empty folder from executed tutorials: pages, downloads,
/// figures, thumbnails, the index, execution times and API pages, and the shared assets.
struct SiteWriter {
    struct Item: Sendable {
        var entry: GalleryEntry
        /// The folder holding the tutorial's figures and thumbnail.
        var folder: URL
        var thumbnail: String?
    }

    var siteTitle = "Tutorials"
    var tree: SourceTree
    var items: [Item]
    var symbols: Set<String>

    func write(into out: URL) throws {
        let fm = FileManager.default
        let chrome = PageChrome(siteTitle: siteTitle)
        func put(_ text: String, _ path: String) throws { try put(Data(text.utf8), path) }
        func put(_ data: Data, _ path: String) throws {
            let url = out.appendingPathComponent(path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        try put(Stylesheet.css, SitePaths.stylesheet)
        try put(Placeholder.svg, SitePaths.placeholder)

        let lookup = LibrarySymbols.lookup(symbols)
        var usage: [String: [String]] = [:]
        var hasThumbnail: [String: Bool] = [:]
        for item in items {
            let entry = item.entry
            let paths = entry.paths
            let used = entry.tutorial.steps.reduce(into: Set<String>()) { $0.formUnion(LibrarySymbols.used(in: $1.code, lookup: lookup)) }
            for s in used { usage[s, default: []].append(entry.sitePath) }
            var figureData: [[Data?]] = []
            for (n, step) in entry.result.steps.enumerated() {
                var row: [Data?] = []
                for (k, figure) in step.figures.enumerated() {
                    let data = try? Data(contentsOf: item.folder.appendingPathComponent(figure.file))
                    if let data { try put(data, paths.figure(step: n, index: k)) }
                    row.append(data)
                    if let file = figure.comparison?.expectedFile, let expected = try? Data(contentsOf: item.folder.appendingPathComponent(file)) {
                        try put(expected, paths.figureExpected(step: n, index: k))
                    }
                    if let file = figure.comparison?.diffFile, let diff = try? Data(contentsOf: item.folder.appendingPathComponent(file)) {
                        try put(diff, paths.figureDiff(step: n, index: k))
                    }
                }
                figureData.append(row)
            }
            if let thumb = item.thumbnail, let data = try? Data(contentsOf: item.folder.appendingPathComponent(thumb)) {
                try put(data, paths.thumbnail)
                hasThumbnail[entry.sitePath] = true
            }
            let page = TutorialPage(entry: entry, apiUsed: used.sorted(), lookup: lookup, chrome: chrome)
            try put(page.html(), paths.page)
            try put(Data(entry.tutorial.source), paths.markdown)
            try put(SwiftScript.text(entry), paths.swift)
            let notebook = Notebook(entry: entry) { n, k in
                n < figureData.count && k < figureData[n].count ? figureData[n][k].map { [UInt8]($0) } : nil
            }
            try put(try notebook.json(), paths.notebook)
        }

        let byFolder = Dictionary(grouping: items.map(\.entry)) { SourceTree.folder(of: $0.sitePath) }
        let sections = tree.folders.map { folder in
            let readme = try? String(contentsOf: tree.root.appendingPathComponent(folder).appendingPathComponent("README.md"), encoding: .utf8)
            let tutorials = (byFolder[folder] ?? []).sorted {
                ($0.order ?? Int.max, $0.title, $0.sitePath) < ($1.order ?? Int.max, $1.title, $1.sitePath)
            }
            return GallerySection(folder: folder, readme: readme, tutorials: tutorials)
        }
        let pages = GalleryPages(sections: sections, hasThumbnail: hasThumbnail, usage: usage, chrome: chrome)
        try put(pages.index(), SitePaths.index)
        try put(pages.executionTimes(), SitePaths.executionTimes)
        try put(pages.apiIndex(), SitePaths.apiIndex)
        for symbol in usage.keys { try put(pages.apiPage(symbol), SitePaths.apiPage(symbol)) }
    }
}
