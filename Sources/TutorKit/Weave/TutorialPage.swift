import Foundation

/// Weaves one executed tutorial into its HTML page, in the manner of sphinx-gallery:
/// prose, each step's highlighted code, its "Out" block, figures and time; the error at the
/// failing step; total running time; downloads; the API the tutorial uses.
struct TutorialPage {
    var entry: GalleryEntry
    /// Public library symbols the steps use, sorted (each has a back-reference page).
    var apiUsed: [String]
    /// Identifier in code → the library symbol it names (see `LibrarySymbols.lookup`).
    var lookup: [String: String] = [:]
    /// Symbol → its DocC page (`LibraryAPI.pages`); code links there when it has one.
    var docPages: [String: String] = [:]
    var chrome: PageChrome

    var paths: SitePaths { entry.paths }

    func html() -> String {
        let root = paths.rootPrefix
        let symbols = Set(apiUsed)
        let highlighter = SwiftHighlighter { word in
            guard let symbol = lookup[word] ?? (symbols.contains(word) ? word : nil), symbols.contains(symbol) else { return nil }
            return root + HTML.href(docPages[symbol].map(SitePaths.docsPage) ?? SitePaths.apiPage(symbol))
        }
        let tutorial = entry.tutorial
        var body = ""

        body += "<div class=\"admonition note\"><p><a href=\"#download\">Go to the end</a> to download the full example code or to run it as a notebook.</p></div>\n"
        if entry.ranOnSimulatedData {
            body += "<div class=\"admonition warning simulated\"><p><strong>Simulated data.</strong> This tutorial ran on a simulated data set with the real data's dimensions, not on the recorded subject: its numbers and figures illustrate the method, not the study's findings.</p></div>\n"
        }
        if !entry.result.isRun {
            body += "<div class=\"admonition note recorded\"><p><strong>Not re-run in this build.</strong> This tutorial is marked slow: its outputs and figures are the ones recorded in the tutorial, which <code>tutor check</code> verifies by running it.</p></div>\n"
        }
        if entry.failed {
            let expected = entry.expectFailure ? " (as its front matter expects)" : ""
            body += "<div class=\"admonition error failure\"><p><strong>This tutorial failed\(expected).</strong> "
            if let failure = entry.programFailure {
                body += "</p><pre>\(HTML.escape(failure))</pre></div>\n"
            } else if let s = entry.result.failedStepIndex {
                body += "It stopped at <a href=\"#step-\(s + 1)\">step \(s + 1) (line \(tutorial.steps[s].line))</a>; later steps did not run.</p></div>\n"
            } else {
                body += "</p></div>\n"
            }
        }

        body += StepOutputHTML.figureSummary(entry)

        var prose = ProseRenderer()
        let rendered = prose.render(StepPlaceholders.markdown(of: tutorial))
        let content = StepPlaceholders.fill(rendered, count: tutorial.steps.count) { stepHTML($0, highlighter: highlighter) }
        if !prose.headings.contains(where: { $0.level == 1 }) { body += "<h1>\(HTML.escape(entry.title))</h1>\n" }
        body += "<div class=\"prose\">\n\(content)</div>\n"

        if entry.result.isRun {
            body += "<p class=\"total-time\"><strong>Total running time:</strong> \(Self.totalTime(entry.result.totalSeconds))</p>\n"
        }
        body += downloadsHTML()
        if !apiUsed.isEmpty {
            body += "<div class=\"api-used\"><h2 id=\"api-used\">Library API used in this tutorial</h2><ul>\n"
            for s in apiUsed {
                let examples = "<a href=\"\(root)\(HTML.href(SitePaths.apiPage(s)))\">other tutorials using it</a>"
                if let doc = docPages[s] {
                    body += "<li><a href=\"\(root)\(HTML.href(SitePaths.docsPage(doc)))\"><code>\(HTML.escape(s))</code></a> — \(examples)</li>\n"
                } else {
                    body += "<li><a href=\"\(root)\(HTML.href(SitePaths.apiPage(s)))\"><code>\(HTML.escape(s))</code></a> — other tutorials using it</li>\n"
                }
            }
            body += "</ul></div>\n"
        }
        return chrome.document(sitePath: paths.page, title: entry.title, toc: prose.headings, body: body)
    }

    private func stepHTML(_ n: Int, highlighter: SwiftHighlighter) -> String {
        let (step, result) = entry.step(n)
        let failure = result?.outcome.failure
        let ran = result?.ran ?? false
        var cls = "step"
        if !ran { cls += " not-run" }
        if failure != nil { cls += " failed" }
        var html = "<div class=\"\(cls)\" id=\"step-\(n + 1)\">\n"
        html += "<div class=\"step-head\"><a href=\"#step-\(n + 1)\">step \(n + 1) · line \(step.line)</a>"
        if !entry.result.isRun {
            html += "<span class=\"time\">\(ran ? "recorded" : "not run")</span>"
        } else {
            html += ran ? "<span class=\"time\">\(Self.seconds(result?.seconds ?? 0))</span>" : "<span class=\"time\">not run</span>"
        }
        html += "</div>\n"
        if !step.options.hideCode {
            html += "<pre class=\"code\"><code class=\"language-swift\">\(highlighter.html(step.displayCode))</code></pre>\n"
        }
        if let result, !step.options.hideOutput {
            if !result.stdout.isEmpty {
                let segments = OutputSegment.segments(of: result.stdout, tables: result.tables)
                html += "<div class=\"out\"><div class=\"label\">Out:</div>"
                html += StepOutputHTML.folded(StepOutputHTML.html(segments), height: segments.reduce(0) { $0 + $1.height }, id: "out-\(n + 1)")
                html += "</div>\n"
            }
            if !result.stderr.isEmpty {
                html += "<div class=\"out stderr\"><div class=\"label\">stderr:</div><pre>\(HTML.escape(Self.trimmedOutput(result.stderr)))</pre></div>\n"
            }
        }
        for (k, figure) in (result?.figures ?? []).enumerated() {
            html += StepOutputHTML.figure(figure, step: n, index: k, paths: paths)
        }
        if let failure {
            html += "<div class=\"out error\"><div class=\"label\">Error at line \(step.line):</div><pre>\(HTML.escape(Self.trimmedOutput(failure.description)))</pre></div>\n"
        }
        return html + "</div>\n"
    }

    private func downloadsHTML() -> String {
        let name = { (p: String) in String(p.split(separator: "/").last ?? "") }
        return """
        <div class="downloads" id="download">
        <a download href="\(HTML.href(name(paths.markdown)))">Download Markdown source: <code>\(HTML.escape(name(paths.markdown)))</code></a>
        <a download href="\(HTML.href(name(paths.swift)))">Download Swift code: <code>\(HTML.escape(name(paths.swift)))</code></a>
        <a download href="\(HTML.href(name(paths.notebook)))">Download executed notebook: <code>\(HTML.escape(name(paths.notebook)))</code></a>
        </div>

        """
    }

    static func trimmedOutput(_ text: String) -> String {
        var s = Substring(text)
        while s.last == "\n" { s.removeLast() }
        return String(s)
    }

    static func seconds(_ s: Double) -> String { String(format: "%.3f s", s) }

    /// "123.4 MiB"; "–" when the program did not report its memory (it did not start).
    static func memory(_ bytes: Int?) -> String {
        guard let bytes else { return "–" }
        return String(format: "%.1f MiB", Double(bytes) / 1_048_576)
    }

    /// "0 minutes 3.123 seconds", as sphinx-gallery words it.
    static func totalTime(_ s: Double) -> String {
        let minutes = Int(s / 60)
        return String(format: "(%d minutes %.3f seconds)", minutes, s - Double(minutes) * 60)
    }
}
