import Foundation
import Testing
import TestSupport
import TutorProtocol
@testable import TutorKit

/// What pages and notebooks make of figure comparisons and printed tables.
@Suite struct FigurePageTests {
    @Test func aFailedFigureShowsExpectedActualAndDiffSideBySide() async throws {
        let s = try Scratch()
        try s.write("tutorials/plot_fig.md", "# Figures\n\n```swift step\nfigure(\"same\")\n```\n\n```swift step label=drawn\nfigure(\"changed\")\n```\n")
        // Baselines: the first as drawn (ScriptedExecutor draws step n with seed n), the
        // second from another seed, so it differs.
        try FileManager.default.createDirectory(at: s.root.appendingPathComponent("tutorials/plot_fig.figures"), withIntermediateDirectories: true)
        try Data(ScriptedExecutor.png(width: 120, height: 80, seed: 0)).write(to: s.root.appendingPathComponent("tutorials/plot_fig.figures/step-01-1.png"))
        try Data(ScriptedExecutor.png(width: 120, height: 80, seed: 3)).write(to: s.root.appendingPathComponent("tutorials/plot_fig.figures/drawn-1.png"))
        let report = try await s.build(ScriptedExecutor())
        #expect(report.failed.isEmpty, "a differing figure is shown, not a failed build")
        let page = try s.read("site/plot_fig.html")
        expectEqual(page.components(separatedBy: "class=\"figure-compare\"").count, 2, "only the differing figure")
        #expect(page.contains("<strong>Figure 1 differs from its baseline (RMS "))
        #expect(page.contains("<code>plot_fig.figures/drawn-1.png</code>"))
        for image in ["_images/plot_fig_step02_01_expected.png", "_images/plot_fig_step02_01.png", "_images/plot_fig_step02_01_diff.png"] {
            #expect(page.contains("src=\"\(image)\""), "\(image)")
            #expect(s.exists("site/" + image), "\(image)")
        }
        #expect(page.contains("<a href=\"#figure-2-1\">figure 1 of step 2</a>"))
        #expect(page.contains("id=\"figure-2-1\""))
        // The diff is matplotlib's: |expected − actual| × 10.
        let expected = try ComparableImage(png: [UInt8](Data(contentsOf: s.root.appendingPathComponent("site/_images/plot_fig_step02_01_expected.png"))))
        let actual = try ComparableImage(png: [UInt8](Data(contentsOf: s.root.appendingPathComponent("site/_images/plot_fig_step02_01.png"))))
        let diff = try PNGRaster.decode([UInt8](Data(contentsOf: s.root.appendingPathComponent("site/_images/plot_fig_step02_01_diff.png"))))
        expectEqual(diff.rgba, ImageComparison.difference(expected, actual))

        // Updating the baseline makes the next build re-run and show a plain figure.
        try Data(ScriptedExecutor.png(width: 120, height: 80, seed: 1)).write(to: s.root.appendingPathComponent("tutorials/plot_fig.figures/drawn-1.png"))
        let again = try await s.build(ScriptedExecutor())
        expectEqual(again.ran, ["plot_fig.md"])
        #expect(!(try s.read("site/plot_fig.html")).contains("figure-compare"))
    }

    static let frame = DisplayTable(
        kind: .dataFrame, columns: [.init(name: "labels", isNumeric: false), .init(name: "chunks", isNumeric: true)],
        index: ["0", "1", "1451"], rows: [["rest", "0"], ["face", "0"], ["<cat>", "11"]], rowsElidedAfter: 2,
        footer: "1452 rows × 2 columns", text: "   labels  chunks\n0  rest  0\n1  face  0\n...\n1451  <cat>  11\n\n[1452 rows x 2 columns]")

    @Test func tablesAreHTMLTablesLikePandas() {
        let html = TableHTML.html(Self.frame)
        #expect(html.contains("<table class=\"dataframe frame\">"))
        #expect(html.contains("<thead><tr><th></th><th>labels</th><th class=\"num\">chunks</th></tr></thead>"))
        #expect(html.contains("<tr><th>1</th><td>face</td><td class=\"num\">0</td></tr>\n<tr class=\"elided\"><th>...</th><td>...</td><td class=\"num\">...</td></tr>\n<tr><th>1451</th><td>&lt;cat&gt;</td>"))
        #expect(html.contains("<p class=\"table-footer\">1452 rows × 2 columns</p>"))
    }

    @Test func aStepsTablesShowOnThePageAndInTheNotebook() throws {
        let source = "```swift step\nprint(frame)\n```\n"
        let tutorial = try TutorialParser.parse(source: Array(source.utf8), path: "t.md")
        let stdout = "before\n" + Self.frame.text + "\nafter\n"
        let result = TutorialResult(path: "t.md", steps: [StepResult(number: 1, stdout: stdout, tables: [Self.frame], outcome: .completed)])
        let entry = GalleryEntry(sitePath: "t.md", tutorial: tutorial, result: result)
        let page = TutorialPage(entry: entry, apiUsed: [], chrome: PageChrome(siteTitle: "T")).html()
        #expect(page.contains("<pre>before</pre>\n<div class=\"table-output\"><table class=\"dataframe frame\">"))
        #expect(page.contains("</div>\n<pre>after</pre>"))
        let notebook = try JSONSerialization.jsonObject(with: Notebook(entry: entry) { _, _ in nil }.json()) as! [String: Any]
        let cell = (notebook["cells"] as! [[String: Any]]).first { $0["cell_type"] as? String == "code" }!
        let outputs = cell["outputs"] as! [[String: Any]]
        expectEqual(outputs.map { $0["output_type"] as! String }, ["stream", "display_data", "stream"])
        let data = outputs[1]["data"] as! [String: [String]]
        expectEqual(data["text/plain"]!.joined(), Self.frame.text)
        #expect(data["text/html"]!.joined().hasPrefix("<div class=\"table-output\"><table class=\"dataframe frame\">"))
    }

    @Test func longOutputFoldsBehindShowAll() throws {
        let long = (1...40).map { "line \($0)" }.joined(separator: "\n") + "\n"
        let tutorial = try TutorialParser.parse(source: Array("```swift step\nx\n```\n\n```swift step\ny\n```\n".utf8), path: "t.md")
        let result = TutorialResult(path: "t.md", steps: [
            StepResult(number: 1, stdout: long, outcome: .completed), StepResult(number: 2, stdout: "short\n", outcome: .completed),
        ])
        let page = TutorialPage(entry: GalleryEntry(sitePath: "t.md", tutorial: tutorial, result: result), apiUsed: [], chrome: PageChrome(siteTitle: "T")).html()
        expectEqual(page.components(separatedBy: "<div class=\"fold\">").count, 2)
        #expect(page.contains("<input type=\"checkbox\" class=\"fold-toggle\" id=\"out-1\"><div class=\"fold-body\">"))
        #expect(page.contains("<label class=\"show-all\" for=\"out-1\" data-more=\"show all (40 lines)\" data-less=\"show less\"></label>"))
        #expect(Stylesheet.css.contains(".fold-toggle:checked ~ .fold-body { max-height: none;"))
    }
}
