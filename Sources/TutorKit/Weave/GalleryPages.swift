import Foundation

/// A section of the gallery: one folder of `tutorials/`, its `README.md` as header.
struct GallerySection: Sendable {
    /// Folder relative to the tutorials root (`""` for the root itself).
    var folder: String
    /// The folder's README.md text, if any.
    var readme: String?
    /// Tutorials in display order (front matter `order`, then title).
    var tutorials: [GalleryEntry]
}

/// The pages about the whole gallery: the index with its cards, the execution times and
/// the API back-references (an index and one mini-gallery per library symbol).
struct GalleryPages {
    var sections: [GallerySection]
    /// Tutorial path → whether a thumbnail PNG was written for it.
    var hasThumbnail: [String: Bool]
    /// Library symbol → paths of the tutorials using it.
    var usage: [String: [String]]
    /// Symbol → its DocC page, relative to `SitePaths.docsFolder` (empty: no documentation).
    var docPages: [String: String] = [:]
    var chrome: PageChrome

    var tutorials: [GalleryEntry] { sections.flatMap(\.tutorials) }

    func index() -> String {
        var prose = ProseRenderer()
        var body = ""
        for section in sections {
            let anchor = section.folder.isEmpty ? "gallery" : HTML.slug(section.folder)
            body += "<section class=\"gallery-section\" id=\"section-\(anchor)\">\n"
            if let readme = section.readme {
                body += "<div class=\"prose\">\n\(prose.render(readme))</div>\n"
            } else if !section.folder.isEmpty {
                body += "<h2>\(HTML.escape(section.folder))</h2>\n"
            } else {
                body += "<h1>Tutorials</h1>\n"
            }
            if !section.tutorials.isEmpty {
                body += "<div class=\"gallery\">\n"
                for t in section.tutorials { body += card(t, from: SitePaths.index) }
                body += "</div>\n"
            }
            body += "</section>\n"
        }
        return chrome.document(sitePath: SitePaths.index, title: "Gallery", toc: prose.headings, body: body)
    }

    func card(_ t: GalleryEntry, from sitePath: String) -> String {
        let root = SitePaths.rootPrefix(of: sitePath)
        let paths = t.paths
        let image = hasThumbnail[t.sitePath] == true ? paths.thumbnail : SitePaths.placeholder
        let failed = t.failed && !t.expectFailure
        var html = "<a class=\"card\(failed ? " failed" : "")\" href=\"\(root)\(HTML.href(paths.page))\" title=\"\(HTML.escape(t.summary))\">"
        html += "<img src=\"\(root)\(HTML.href(image))\" alt=\"\(HTML.escape(t.title))\">"
        html += "<div class=\"card-body\"><div class=\"card-title\">\(HTML.escape(t.title))</div>"
        if !t.summary.isEmpty { html += "<div class=\"card-summary\">\(HTML.escape(t.summary))</div>" }
        if failed { html += "<span class=\"badge\">failed</span>" }
        return html + "</div></a>\n"
    }

    /// Tutorials sorted by running time, slowest first, with each program's peak resident
    /// memory, like sphinx-gallery's `sg_execution_times` (its "Mem (MB)" column).
    func executionTimes() -> String {
        let sorted = tutorials.sorted { ($0.result.totalSeconds, $1.sitePath) > ($1.result.totalSeconds, $0.sitePath) }
        let total = tutorials.reduce(0) { $0 + $1.result.totalSeconds }
        var body = "<h1>Computation times</h1>\n"
        body += "<p><strong>\(TutorialPage.totalTime(total))</strong> total for \(tutorials.count) tutorial\(tutorials.count == 1 ? "" : "s").</p>\n"
        body += "<table class=\"execution-times\">\n<thead><tr><th>Tutorial</th><th>Time</th><th>Peak memory</th><th>Steps</th><th>Status</th></tr></thead>\n<tbody>\n"
        for t in sorted {
            let paths = t.paths
            let status = !t.result.isRun ? "not run (recorded outputs)" : t.failed ? (t.expectFailure ? "failed (expected)" : "failed") : "ok"
            body += "<tr><td><a href=\"\(HTML.href(paths.page))\">\(HTML.escape(t.title))</a> (<code>\(HTML.escape(t.sitePath))</code>)</td>"
            body += "<td class=\"num\">\(TutorialPage.seconds(t.result.totalSeconds))</td>"
            body += "<td class=\"num\">\(TutorialPage.memory(t.result.peakMemoryBytes))</td>"
            body += "<td class=\"num\">\(t.tutorial.steps.count)</td><td>\(status)</td></tr>\n"
        }
        body += "</tbody>\n</table>\n"
        return chrome.document(sitePath: SitePaths.executionTimes, title: "Computation times", body: body)
    }

    func apiIndex() -> String {
        var body = "<h1>Library API used by the tutorials</h1>\n"
        if let landing = docPages.isEmpty ? nil : "documentation/decoding/" {
            body += "<p>The library's reference documentation: <a href=\"\(HTML.href(landing))\">Decoding</a>.</p>\n"
        }
        if usage.isEmpty {
            body += "<p>No tutorial uses a public symbol of the library yet.</p>\n"
        } else {
            body += "<table>\n<thead><tr><th>Symbol</th><th>Tutorials</th><th>Reference</th></tr></thead>\n<tbody>\n"
            for symbol in usage.keys.sorted() {
                let doc = docPages[symbol].map { "<a href=\"\(HTML.href($0))\">documentation</a>" } ?? ""
                body += "<tr><td><a href=\"\(HTML.href(String(SitePaths.apiPage(symbol).dropFirst(4))))\"><code>\(HTML.escape(symbol))</code></a></td><td class=\"num\">\(usage[symbol]!.count)</td><td>\(doc)</td></tr>\n"
            }
            body += "</tbody>\n</table>\n"
        }
        return chrome.document(sitePath: SitePaths.apiIndex, title: "API reference use", body: body)
    }

    /// The mini-gallery of the tutorials using `symbol`.
    func apiPage(_ symbol: String) -> String {
        let page = SitePaths.apiPage(symbol)
        let users = Set(usage[symbol] ?? [])
        var body = "<h1>Examples using <code>\(HTML.escape(symbol))</code></h1>\n"
        if let doc = docPages[symbol] {
            body += "<p class=\"api-doc\"><a href=\"\(HTML.href(doc))\">Reference documentation of <code>\(HTML.escape(symbol))</code></a></p>\n"
        }
        body += "<div class=\"gallery\">\n"
        for t in tutorials where users.contains(t.sitePath) { body += card(t, from: page) }
        body += "</div>\n"
        return chrome.document(sitePath: page, title: "Examples using \(symbol)", body: body)
    }
}
