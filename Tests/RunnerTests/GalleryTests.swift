import Foundation
import Testing
import TestSupport
@testable import TutorKit

/// End-to-end gallery builds with a scripted executor: the site's files and structure,
/// escaping, links, the cache, and the all-or-nothing replacement of the site.
@Suite struct GalleryTests {
    @Test func buildWritesTheWholeSite() async throws {
        let s = try Scratch.sampleGallery()
        let report = try await s.build(ScriptedExecutor())
        #expect(report.wroteSite && report.failed.isEmpty)
        expectEqual(Set(report.ran), ["plot_intro.md", "advanced/plot_more.md"])
        for file in ["index.html", "execution-times.html", "api/index.html", "api/NiftiMasker.html",
                     "plot_intro.html", "plot_intro.md", "plot_intro.swift", "plot_intro.ipynb",
                     "advanced/plot_more.html", "advanced/plot_more.ipynb", "_static/gallery.css",
                     "_static/no_image.svg", "_images/thumb/plot_intro.png", "_images/plot_intro_step02_01.png"] {
            #expect(s.exists("site/" + file), "missing \(file)")
        }
        #expect(!s.exists("site/_images/thumb/advanced_plot_more.png"))
        #expect(!s.exists("site/api/Hidden.html"))
        #expect(!s.exists("site/api/crossValScore.html"), "not used by any step")
    }

    @Test func indexHasSectionsFromFoldersAndCards() async throws {
        let s = try Scratch.sampleGallery()
        try s.write("tutorials/plot_second.md", "---\ntitle: A second one\norder: 0\n---\n```swift step\nprint(\"x\")\n```\n")
        _ = try await s.build(ScriptedExecutor())
        let index = try s.read("site/index.html")
        let root = try #require(index.range(of: "<h1 id=\"example-gallery\">"))
        let advanced = try #require(index.range(of: "<h1 id=\"advanced\">"))
        #expect(root.lowerBound < advanced.lowerBound, "root section first")
        // Cards follow `order`: "A second one" (0) before the introduction (1).
        let second = try #require(index.range(of: "href=\"plot_second.html\""))
        let intro = try #require(index.range(of: "href=\"plot_intro.html\""))
        #expect(second.lowerBound < intro.lowerBound)
        #expect(index.contains("<img src=\"_images/thumb/plot_intro.png\" alt=\"Introduction &lt;to&gt; decoding\">"))
        #expect(index.contains("src=\"_static/no_image.svg\""), "placeholder for the tutorial without figures")
        #expect(index.contains("Masks &amp; models, &quot;quoted&quot;."))
    }

    @Test func tutorialPageShowsProseCodeOutputFiguresAndTimes() async throws {
        let s = try await Scratch.builtSampleGallery()
        let page = try s.read("site/plot_intro.html")
        #expect(page.contains("<h2 id=\"loading-the-data\">Loading the data<a class=\"headerlink\" href=\"#loading-the-data\""))
        #expect(page.contains("<aside class=\"toc\">"))
        #expect(page.contains("<li class=\"level-2\"><a href=\"#plotting\">Plotting</a></li>"))
        #expect(page.contains("<p>Some <em>prose</em> before the first step.</p>"))
        #expect(page.contains("<span class=\"k\">let</span> masker = <a class=\"t api\" href=\"api/NiftiMasker.html\">NiftiMasker</a>()"))
        #expect(page.contains("<div class=\"label\">Out:</div><pre>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</pre>"))
        #expect(!page.contains("stale recorded output"), "the recorded output block is replaced by what ran")
        #expect(page.contains("<img src=\"_images/plot_intro_step02_01.png\" alt=\"Weights &lt;b&gt;map&lt;/b&gt;\""))
        #expect(page.contains("<span class=\"time\">0.020 s</span>"))
        #expect(page.contains("Total running time:</strong> (0 minutes 0.530 seconds)"))
        #expect(page.contains("href=\"plot_intro.ipynb\""))
        #expect(!page.contains("Simulated data."))
        let more = try s.read("site/advanced/plot_more.html")
        #expect(more.contains("Simulated data."), "stderr said the data was simulated")
        #expect(!more.contains("<pre class=\"code\">"), "hide-code")
        #expect(more.contains("hidden code ran"))
        #expect(more.contains("href=\"../_static/gallery.css\""))
    }

    @Test func nothingPrintedBecomesMarkup() async throws {
        let s = try Scratch.sampleGallery()
        try s.write("tutorials/plot_evil.md", """
        ---
        title: "<script>alert(1)</script>"
        summary: "<img src=x onerror=alert(2)>"
        ---
        <script>alert(3)</script>

        ```swift step
        print("</pre><script>alert(4)</script>")
        eprint("<iframe src=x>")
        fail("<b>bad</b> & worse")
        ```
        """)
        var options = s.options(keepGoing: true)
        options.jobs = 1
        _ = try await s.build(ScriptedExecutor(), options)
        for file in try Self.htmlFiles(in: s.root.appendingPathComponent("site")) {
            let html = try String(contentsOf: file, encoding: .utf8)
            #expect(!html.lowercased().contains("<script"), "\(file.lastPathComponent) has a script element")
            #expect(!html.contains("<iframe"), "\(file.lastPathComponent)")
            #expect(!html.contains("<img src=x"), "\(file.lastPathComponent)")
            #expect(!html.contains("<b>bad"), "\(file.lastPathComponent)")
        }
        let page = try s.read("site/plot_evil.html")
        #expect(page.contains("&lt;/pre&gt;&lt;script&gt;alert(4)&lt;/script&gt;"))
        #expect(page.contains("&lt;b&gt;bad&lt;/b&gt; &amp; worse"))
    }

    @Test func everyLocalLinkResolves() async throws {
        let s = try await Scratch.builtSampleGallery()
        let site = s.root.appendingPathComponent("site")
        var checked = 0
        for file in try Self.htmlFiles(in: site) {
            let html = try String(contentsOf: file, encoding: .utf8)
            for link in Self.links(in: html) where !link.hasPrefix("http") {
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let path = String(parts[0]).removingPercentEncoding ?? String(parts[0])
                let target = path.isEmpty ? file : file.deletingLastPathComponent().appendingPathComponent(path).standardizedFileURL
                #expect(FileManager.default.fileExists(atPath: target.path), "\(file.lastPathComponent): \(link)")
                #expect(target.path.hasPrefix(site.path), "\(link) leaves the site")
                if parts.count == 2, !parts[1].isEmpty, target.pathExtension == "html" {
                    let text = try String(contentsOf: target, encoding: .utf8)
                    #expect(text.contains("id=\"\(parts[1])\""), "\(file.lastPathComponent): anchor \(link)")
                }
                checked += 1
            }
        }
        #expect(checked > 30)
    }

    @Test func cacheReusesUnchangedTutorials() async throws {
        let s = try Scratch.sampleGallery()
        let first = ScriptedExecutor()
        _ = try await s.build(first)
        expectEqual(first.executed.count, 2)

        let again = ScriptedExecutor()
        let second = try await s.build(again)
        #expect(again.executed.isEmpty && second.upToDate)

        try s.write("tutorials/plot_intro.md", try s.read("tutorials/plot_intro.md") + "\nMore text.\n")
        let edited = ScriptedExecutor()
        let third = try await s.build(edited)
        expectEqual(edited.executed, ["plot_intro.md"])
        #expect(third.cached == ["advanced/plot_more.md"] && third.wroteSite)
        #expect(try s.read("site/plot_intro.html").contains("More text."))

        try s.write("tutorials/advanced/README.md", "# Advanced, renamed\n")
        let readme = ScriptedExecutor()
        let fourth = try await s.build(readme)
        #expect(readme.executed.isEmpty && fourth.wroteSite, "a README change rewrites the site without running")
        #expect(try s.read("site/index.html").contains("Advanced, renamed"))

        let newLibrary = ScriptedExecutor()
        _ = try await s.build(newLibrary, s.options(library: "lib-2"))
        expectEqual(newLibrary.executed.count, 2, "a new library build runs everything")

        let entries = try FileManager.default.contentsOfDirectory(atPath: s.root.appendingPathComponent(".tutor-cache/gallery").path)
        let intro = try #require(entries.first { $0.hasPrefix("plot_intro-") })
        try FileManager.default.removeItem(at: s.root.appendingPathComponent(".tutor-cache/gallery/\(intro)/thumb.png"))
        let damaged = ScriptedExecutor()
        _ = try await s.build(damaged, s.options(library: "lib-2"))
        expectEqual(damaged.executed, ["plot_intro.md"], "an entry missing a file is run again")

        try s.write("lib/libDecoding.so", "build 1")
        var withFile = s.options(library: "lib-2")
        withFile.libraryFiles = [s.root.appendingPathComponent("lib/libDecoding.so")]
        _ = try await s.build(ScriptedExecutor(), withFile)
        try await Task.sleep(for: .milliseconds(20))
        try s.write("lib/libDecoding.so", "build 2, larger")
        let rebuiltLibrary = ScriptedExecutor()
        _ = try await s.build(rebuiltLibrary, withFile)
        expectEqual(rebuiltLibrary.executed.count, 2, "the library file changed between builds with the same options")

        let forced = ScriptedExecutor()
        _ = try await s.build(forced, s.options(force: true, library: "lib-2"))
        expectEqual(forced.executed.count, 2)
    }

    @Test func failedBuildLeavesThePreviousSite() async throws {
        let s = try await Scratch.builtSampleGallery()
        let before = try s.read("site/index.html")

        // A failure injected after the new site is written, before it replaces the old one.
        try s.write("tutorials/plot_new.md", "```swift step\nprint(\"new\")\n```\n")
        struct Injected: Error {}
        await #expect(throws: Injected.self) {
            try await s.build(ScriptedExecutor(), beforeReplacing: { _ in throw Injected() })
        }
        #expect(try s.read("site/index.html") == before)
        #expect(!s.exists("site/plot_new.html"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: s.root.path).filter { $0.contains("building") }
        #expect(leftovers.isEmpty)

        // A failing tutorial: no site without --keep-going.
        try s.write("tutorials/plot_new.md", "```swift step\nfail(\"boom\")\n```\n\n```swift step\nprint(\"after\")\n```\n")
        let failed = try await s.build(ScriptedExecutor())
        #expect(failed.failed == ["plot_new.md"] && !failed.wroteSite)
        #expect(try s.read("site/index.html") == before)

        // With --keep-going the site shows the error at the failing step.
        let kept = try await s.build(ScriptedExecutor(), s.options(keepGoing: true))
        #expect(kept.failed == ["plot_new.md"] && kept.wroteSite)
        let page = try s.read("site/plot_new.html")
        #expect(page.contains("<div class=\"step failed\" id=\"step-1\">"))
        #expect(page.contains("Error at line 1:</div><pre>threw an error: boom</pre>"))
        #expect(page.contains("<div class=\"step not-run\" id=\"step-2\">"))
        #expect(try s.read("site/index.html").contains("<a class=\"card failed\""))

        let again = ScriptedExecutor()
        _ = try await s.build(again, s.options(keepGoing: true))
        expectEqual(again.executed, ["plot_new.md"], "a failure is run again")
        var serving = s.options(keepGoing: true)
        serving.reuseFailures = true
        let served = ScriptedExecutor()
        _ = try await s.build(served, serving)
        #expect(served.executed.isEmpty, "serve reuses a stored failure until its source changes")
    }

    @Test func expectedFailureIsNotABuildFailure() async throws {
        let s = try Scratch()
        try s.write("tutorials/plot_broken.md", "---\ntitle: Broken on purpose\nexpect-failure: true\n---\n```swift step\nfail(\"as planned\")\n```\n")
        let report = try await s.build(ScriptedExecutor())
        #expect(report.failed.isEmpty && report.wroteSite)
        #expect(try s.read("site/execution-times.html").contains("failed (expected)"))
        let again = ScriptedExecutor()
        _ = try await s.build(again)
        #expect(again.executed.isEmpty, "an expected failure is cached like a success")

        try s.write("tutorials/plot_broken.md", "---\ntitle: Fixed by now\nexpect-failure: true\n---\n```swift step\nprint(\"fine\")\n```\n")
        let passed = try await s.build(ScriptedExecutor())
        #expect(passed.failed == ["plot_broken.md"] && !passed.wroteSite, "an expected failure that passes is an error")
    }

    @Test func executionTimesAreSortedSlowestFirst() async throws {
        let s = try await Scratch.builtSampleGallery()
        let page = try s.read("site/execution-times.html")
        let intro = try #require(page.range(of: "plot_intro.html"))
        let more = try #require(page.range(of: "advanced/plot_more.html"))
        #expect(intro.lowerBound < more.lowerBound, "0.53 s before 0.51 s")
        #expect(page.contains("(0 minutes 1.040 seconds)"))
    }

    static func htmlFiles(in folder: URL) throws -> [URL] {
        let walker = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
        return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "html" }
    }

    static func links(in html: String) -> [String] {
        var links: [String] = []
        for attribute in ["href=\"", "src=\""] {
            var rest = Substring(html)
            while let r = rest.range(of: attribute) {
                rest = rest[r.upperBound...]
                if let end = rest.firstIndex(of: "\"") { links.append(String(rest[..<end])) }
            }
        }
        return links
    }
}
