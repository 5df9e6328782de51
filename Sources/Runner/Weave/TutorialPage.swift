import Foundation

/// Weaves one executed tutorial into its HTML page, in the manner of sphinx-gallery:
/// prose, each step's highlighted code, its "Out" block, figures and time; the error at the
/// failing step; total running time; downloads; the API the tutorial uses.
struct TutorialPage {
    var tutorial: GalleryTutorial
    var source: String
    /// Public library symbols the steps use, sorted (each has a back-reference page).
    var apiUsed: [String]
    /// Identifier in code → the library symbol it names (see `LibrarySymbols.lookup`).
    var lookup: [String: String] = [:]
    var chrome: PageChrome

    var paths: SitePaths { SitePaths(tutorialPath: tutorial.path) }

    func html() -> String {
        let root = paths.rootPrefix
        let symbols = Set(apiUsed)
        let highlighter = SwiftHighlighter { word in
            guard let symbol = lookup[word] ?? (symbols.contains(word) ? word : nil), symbols.contains(symbol) else { return nil }
            return root + HTML.href(SitePaths.apiPage(symbol))
        }
        let layout = SourceLayout(markdown: source)
        var prose = ProseRenderer()
        var body = ""

        body += "<div class=\"admonition note\"><p><a href=\"#download\">Go to the end</a> to download the full example code or to run it as a notebook.</p></div>\n"
        if tutorial.ranOnSimulatedData {
            body += "<div class=\"admonition warning simulated\"><p><strong>Simulated data.</strong> This tutorial ran on a simulated data set with the real data's dimensions, not on the recorded subject: its numbers and figures illustrate the method, not the study's findings.</p></div>\n"
        }
        if tutorial.failed {
            let expected = tutorial.meta.expectFailure ? " (as its front matter expects)" : ""
            body += "<div class=\"admonition error failure\"><p><strong>This tutorial failed\(expected).</strong> "
            if let failure = tutorial.failure {
                body += "</p><pre>\(HTML.escape(failure))</pre></div>\n"
            } else if let s = tutorial.failedStep {
                body += "It stopped at <a href=\"#step-\(s + 1)\">step \(s + 1) (line \(tutorial.steps[s].line))</a>; later steps did not run.</p></div>\n"
            }
        }

        var sawHeading1 = false
        var segmentsHTML = ""
        for segment in layout.segments {
            switch segment {
            case .prose(let text, _):
                let rendered = prose.render(text)
                segmentsHTML += "<div class=\"prose\">\n\(rendered)</div>\n"
                if prose.headings.contains(where: { $0.level == 1 }) { sawHeading1 = true }
            case .step(let n):
                segmentsHTML += stepHTML(n, code: layout.stepCodes[n], highlighter: highlighter)
            }
        }
        if !sawHeading1 { body += "<h1>\(HTML.escape(tutorial.meta.title))</h1>\n" }
        body += segmentsHTML

        body += "<p class=\"total-time\"><strong>Total running time:</strong> \(Self.totalTime(tutorial.totalSeconds))</p>\n"
        body += downloadsHTML()
        if !apiUsed.isEmpty {
            body += "<div class=\"api-used\"><h2 id=\"api-used\">Library API used in this tutorial</h2><ul>\n"
            for s in apiUsed {
                body += "<li><a href=\"\(root)\(HTML.href(SitePaths.apiPage(s)))\"><code>\(HTML.escape(s))</code></a> — other tutorials using it</li>\n"
            }
            body += "</ul></div>\n"
        }
        return chrome.document(sitePath: paths.page, title: tutorial.meta.title, toc: prose.headings, body: body)
    }

    private func stepHTML(_ n: Int, code layoutCode: String, highlighter: SwiftHighlighter) -> String {
        guard n < tutorial.steps.count else {
            // The source has a step the record does not (should not happen: same source key).
            return "<div class=\"step not-run\"><pre class=\"code\"><code>\(highlighter.html(layoutCode))</code></pre></div>\n"
        }
        let step = tutorial.steps[n]
        let failedHere = step.error != nil && !step.expectError
        var cls = "step"
        if !step.ran { cls += " not-run" }
        if failedHere { cls += " failed" }
        var html = "<div class=\"\(cls)\" id=\"step-\(n + 1)\">\n"
        html += "<div class=\"step-head\"><a href=\"#step-\(n + 1)\">step \(n + 1) · line \(step.line)</a>"
        html += step.ran ? "<span class=\"time\">\(Self.seconds(step.seconds))</span>" : "<span class=\"time\">not run</span>"
        html += "</div>\n"
        if !step.hideCode {
            html += "<pre class=\"code\"><code class=\"language-swift\">\(highlighter.html(step.code))</code></pre>\n"
        }
        if !step.hideOutput {
            var out = step.stdout
            if step.expectError, let e = step.error { out += (out.isEmpty || out.hasSuffix("\n") ? "" : "\n") + e }
            if !out.isEmpty {
                html += "<div class=\"out\"><div class=\"label\">Out:</div><pre>\(HTML.escape(Self.trimmedOutput(out)))</pre></div>\n"
            }
            if !step.stderr.isEmpty {
                html += "<div class=\"out stderr\"><div class=\"label\">stderr:</div><pre>\(HTML.escape(Self.trimmedOutput(step.stderr)))</pre></div>\n"
            }
        }
        for (k, figure) in step.figures.enumerated() {
            let src = paths.rootPrefix + HTML.href(paths.figure(step: n, index: k))
            html += "<figure><img src=\"\(src)\" alt=\"\(HTML.escape(figure.alt))\" loading=\"lazy\"><figcaption>\(HTML.escape(figure.alt))</figcaption></figure>\n"
        }
        if failedHere, let error = step.error {
            html += "<div class=\"out error\"><div class=\"label\">Error at line \(step.line):</div><pre>\(HTML.escape(Self.trimmedOutput(error)))</pre></div>\n"
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

    /// "0 minutes 3.123 seconds", as sphinx-gallery words it.
    static func totalTime(_ s: Double) -> String {
        let minutes = Int(s / 60)
        return String(format: "(%d minutes %.3f seconds)", minutes, s - Double(minutes) * 60)
    }
}
