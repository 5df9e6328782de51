/// The parts of a step's HTML that show what it printed and drew: output with tables as
/// tables, long output folded behind a "show all", and a figure that failed its baseline
/// comparison shown as expected, actual and difference side by side.
enum StepOutputHTML {
    /// Outputs taller than this many lines (a table's rows count as lines) are folded.
    static let foldLines = 30

    static func html(_ segments: [OutputSegment]) -> String {
        segments.map { segment in
            switch segment {
            case .text(let text): "<pre>\(HTML.escape(TutorialPage.trimmedOutput(text)))</pre>\n"
            case .table(let table): TableHTML.html(table)
            }
        }.joined()
    }

    /// `content` as is, or folded when taller than `foldLines`: a checkbox and its label
    /// unfold it, so it works without script.
    static func folded(_ content: String, height: Int, id: String) -> String {
        guard height > foldLines else { return content }
        return """
            <div class="fold"><input type="checkbox" class="fold-toggle" id="\(id)">\
            <div class="fold-body">
            \(content)</div><label class="show-all" for="\(id)" data-more="show all (\(height) lines)" data-less="show less"></label></div>

            """
    }

    /// A figure, or — when it failed its baseline comparison — the comparison.
    static func figure(_ figure: StepFigure, step n: Int, index k: Int, paths: SitePaths) -> String {
        let root = paths.rootPrefix
        let actual = root + HTML.href(paths.figure(step: n, index: k))
        let alt = HTML.escape(figure.altText)
        guard let comparison = figure.comparison, let problem = comparison.problem, comparison.expectedFile != nil else {
            return "<figure><img src=\"\(actual)\" alt=\"\(alt)\" loading=\"lazy\"><figcaption>\(alt)</figcaption></figure>\n"
        }
        var html = "<div class=\"figure-check failed\" id=\"figure-\(n + 1)-\(k + 1)\">\n"
        html += "<p class=\"figure-check-message\"><strong>Figure \(k + 1) \(HTML.escape(problem)).</strong> Baseline: <code>\(HTML.escape(comparison.baseline.split(separator: "/").suffix(2).joined(separator: "/")))</code></p>\n"
        html += "<div class=\"figure-compare\">\n"
        let expected = root + HTML.href(paths.figureExpected(step: n, index: k))
        html += "<figure class=\"expected\"><img src=\"\(expected)\" alt=\"expected: \(alt)\" loading=\"lazy\"><figcaption>expected (baseline)</figcaption></figure>\n"
        html += "<figure class=\"actual\"><img src=\"\(actual)\" alt=\"actual: \(alt)\" loading=\"lazy\"><figcaption>actual</figcaption></figure>\n"
        if comparison.diffFile != nil {
            let diff = root + HTML.href(paths.figureDiff(step: n, index: k))
            html += "<figure class=\"diff\"><img src=\"\(diff)\" alt=\"difference: \(alt)\" loading=\"lazy\"><figcaption>difference (×10)</figcaption></figure>\n"
        }
        return html + "</div></div>\n"
    }

    /// A warning at the top of the page linking to each figure that failed its comparison.
    static func figureSummary(_ entry: GalleryEntry) -> String {
        var links: [String] = []
        for (n, result) in entry.result.steps.enumerated() {
            for (k, figure) in result.figures.enumerated() where figure.comparison?.expectedFile != nil && figure.comparison?.passed == false {
                links.append("<a href=\"#figure-\(n + 1)-\(k + 1)\">figure \(k + 1) of step \(n + 1)</a>")
            }
        }
        guard !links.isEmpty else { return "" }
        let count = links.count == 1 ? "A figure differs" : "\(links.count) figures differ"
        return "<div class=\"admonition warning figures-differ\"><p><strong>\(count) from \(links.count == 1 ? "its baseline" : "their baselines"):</strong> \(links.joined(separator: ", ")).</p></div>\n"
    }
}
