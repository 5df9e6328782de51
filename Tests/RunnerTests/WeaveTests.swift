import Foundation
import Testing
import TestSupport
@testable import TutorKit

@Suite struct WeaveTests {
    @Test func readingOrderSplitsProseAroundStepsAndDropsOutputBlocks() throws {
        let source = "---\ntitle: T\n---\nIntro.\n\n```swift step\nlet a = 1\n```\n\n```output\nold\n```\n\nMiddle.\n\n```swift\nshown only\n```\n\n```swift step hide-code\nprint(a)\n```\n"
        let tutorial = try TutorialParser.parse(source: Array(source.utf8), path: "t.md")
        expectEqual(tutorial.steps.map(\.displayCode), ["let a = 1", "print(a)"])
        guard tutorial.blocks.count == 4 else { Issue.record("blocks: \(tutorial.blocks)"); return }
        expectEqual(tutorial.blocks[0], .prose("Intro.\n", line: 4))
        expectEqual(tutorial.blocks[1], .step(0))
        if case .prose(let middle, _) = tutorial.blocks[2] {
            #expect(middle.contains("Middle.") && middle.contains("shown only") && !middle.contains("old"))
        } else { Issue.record("expected prose") }
        expectEqual(tutorial.blocks[3], .step(1))
    }

    @Test func headingsGetUniqueAnchorsAcrossChunks() {
        var prose = ProseRenderer()
        let a = prose.render("## Fit the *model*\n\ntext")
        let b = prose.render("## Fit the model\n### `code` & more")
        #expect(a.hasPrefix("<h2 id=\"fit-the-model\">Fit the <em>model</em><a class=\"headerlink\""))
        #expect(b.contains("<h2 id=\"fit-the-model-1\">"))
        expectEqual(prose.headings.map(\.anchor), ["fit-the-model", "fit-the-model-1", "code-more"])
        expectEqual(prose.headings.last?.text, "code & more")
    }

    @Test func rawHTMLInProseIsOmitted() {
        var prose = ProseRenderer()
        let html = prose.render("<script>alert(1)</script>\n\nText <img src=x onerror=y>.")
        #expect(!html.contains("<script") && !html.contains("<img"))
    }

    @Test func titleFromFrontMatterElseHeadingElseFileName() throws {
        func title(_ text: String, _ path: String) throws -> String {
            try TutorialParser.parse(source: Array(text.utf8), path: path).title
        }
        #expect(try title("---\ntitle: T\n---\n# Heading\n", "t.md") == "T")
        #expect(try title("Intro.\n\n# From *heading*\n", "x/y.md") == "From heading")
        #expect(try title("text\n", "x/plot_y.md") == "plot_y")
        #expect(throws: TutorialError.self) { try TutorialParser.parse(source: Array("---\n[1, 2\n---\n".utf8), path: "bad.md") }
    }

    @Test func galleryKeysAreRunnerFrontMatterToo() throws {
        let source = "---\ntitle: T\nexpect-failure: true\nsimulated-data: false\n---\n```swift step\n```\n"
        let tutorial = try TutorialParser.parse(source: Array(source.utf8), path: "t.md")
        #expect(tutorial.frontMatter.expectFailure)
        #expect(!tutorial.frontMatter.simulatedData)
        #expect(throws: TutorialError.self) {
            try TutorialParser.parse(source: Array("---\nexpect-failure: maybe\n---\n".utf8), path: "t.md")
        }
    }

    @Test func publicLibraryNamesFromTheSymbolGraph() throws {
        func symbol(_ kind: String, _ path: [String]) -> String {
            "{\"kind\": {\"identifier\": \"\(kind)\"}, \"identifier\": {\"precise\": \"s:\(path.joined())\"}, \"pathComponents\": [\(path.map { "\"\($0)\"" }.joined(separator: ", "))]}"
        }
        let graph = "{\"symbols\": [" + [
            symbol("swift.struct", ["NiftiMasker"]), symbol("swift.method", ["NiftiMasker", "fit(_:)"]),
            symbol("swift.type.method", ["NiftiMasker", "fromFile(_:)"]), symbol("swift.class", ["SVC"]),
            symbol("swift.func", ["crossValScore(_:_:)"]), symbol("swift.enum", ["_Hidden"]),
            symbol("swift.enum", ["Plotting"]), symbol("swift.type.method", ["Plotting", "plotROI(_:)"]),
            symbol("swift.type.method", ["Other", "plotROI(_:)"]), symbol("swift.var", ["version"]),
        ].joined(separator: ", ") + "]}"
        let names = try LibrarySymbols.names(inSymbolGraph: Data(graph.utf8))
        expectEqual(names, ["NiftiMasker", "NiftiMasker.fromFile", "SVC", "crossValScore", "Plotting", "Plotting.plotROI", "Other.plotROI"])
        let lookup = LibrarySymbols.lookup(names)
        #expect(lookup["plotROI"] == nil, "two containers have it: ambiguous")
        #expect(lookup["fromFile"] == "NiftiMasker.fromFile" && lookup["SVC"] == "SVC")
        let used = LibrarySymbols.used(in: "let m = NiftiMasker.fromFile() // SVC\nprint(\"crossValScore\")", lookup: lookup)
        expectEqual(used, ["NiftiMasker", "NiftiMasker.fromFile"])
    }

    @Test func symbolsAndDocumentationOfTheBuiltLibraryComeFromTheCompilerAndDocCAndAreCached() throws {
        let build = try LibraryBuild.forRunningExecutable()
        let cache = try TemporaryFolder()
        let progress = BuildProgress(quiet: true)
        let api = LibrarySymbols.load(.symbolGraph(build), cache: URL(fileURLWithPath: cache.path), progress: progress)
        #expect(api.symbols.isSuperset(of: ["NiftiMasker", "Datasets.fetchHaxby", "SVC"]))
        let docs = try #require(api.docs)
        #expect(FileManager.default.fileExists(atPath: docs.appendingPathComponent("documentation/decoding/index.html").path))
        for name in ["NiftiMasker", "Datasets.fetchHaxby", "SVC", "crossValScore"] {
            let page = try #require(api.pages[name], "\(name) has a DocC page")
            #expect(FileManager.default.fileExists(atPath: docs.appendingPathComponent(page + "index.html").path), "\(page)")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: cache.path).sorted()
        #expect(files.count == 2 && files[0].hasPrefix("api-") && files[1].hasPrefix("symbols-"))
        expectEqual(LibrarySymbols.load(.symbolGraph(build), cache: URL(fileURLWithPath: cache.path), progress: progress), api)
    }

    @Test func totalTimeReadsLikeSphinxGallery() {
        expectEqual(TutorialPage.totalTime(75.5), "(1 minutes 15.500 seconds)")
        expectEqual(TutorialPage.seconds(0.1234), "0.123 s")
    }
}

@Suite struct ProseLinkTests {
    @Test func tutorialLinksPointAtPages() {
        expectEqual(ProseRenderer.pageURL(forLink: "other.md"), "other.html")
        expectEqual(ProseRenderer.pageURL(forLink: "sub/other.md#part"), "sub/other.html#part")
        #expect(ProseRenderer.pageURL(forLink: "https://example.org/x.md") == nil)
        #expect(ProseRenderer.pageURL(forLink: "#anchor") == nil)
        #expect(ProseRenderer.pageURL(forLink: "data.csv") == nil)
        var renderer = ProseRenderer()
        #expect(renderer.render("See [the next one](next.md).").contains("href=\"next.html\""))
    }
}
