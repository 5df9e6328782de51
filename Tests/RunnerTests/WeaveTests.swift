import Foundation
import Testing
@testable import TutorKit

@Suite struct WeaveTests {
    @Test func layoutSplitsProseAroundStepsAndDropsOutputBlocks() {
        let source = "---\ntitle: T\n---\nIntro.\n\n```swift step\nlet a = 1\n```\n\n```output\nold\n```\n\nMiddle.\n\n```swift\nshown only\n```\n\n```swift step hide-code\nprint(a)\n```\n"
        let layout = SourceLayout(markdown: source)
        #expect(layout.stepCodes == ["let a = 1", "print(a)"])
        guard layout.segments.count == 4 else { Issue.record("segments: \(layout.segments)"); return }
        #expect(layout.segments[0] == .prose("Intro.\n", line: 4))
        #expect(layout.segments[1] == .step(0))
        if case .prose(let middle, _) = layout.segments[2] {
            #expect(middle.contains("Middle.") && middle.contains("shown only") && !middle.contains("old"))
        } else { Issue.record("expected prose") }
        #expect(layout.segments[3] == .step(1))
    }

    @Test func headingsGetUniqueAnchorsAcrossChunks() {
        var prose = ProseRenderer()
        let a = prose.render("## Fit the *model*\n\ntext")
        let b = prose.render("## Fit the model\n### `code` & more")
        #expect(a.hasPrefix("<h2 id=\"fit-the-model\">Fit the <em>model</em><a class=\"headerlink\""))
        #expect(b.contains("<h2 id=\"fit-the-model-1\">"))
        #expect(prose.headings.map(\.anchor) == ["fit-the-model", "fit-the-model-1", "code-more"])
        #expect(prose.headings.last?.text == "code & more")
    }

    @Test func rawHTMLInProseIsOmitted() {
        var prose = ProseRenderer()
        let html = prose.render("<script>alert(1)</script>\n\nText <img src=x onerror=y>.")
        #expect(!html.contains("<script") && !html.contains("<img"))
    }

    @Test func frontMatterFieldsForTheGallery() throws {
        let meta = try GalleryFrontMatter.meta(of: "---\ntitle: T\nsummary: S\norder: 3\nthumbnail: 2\nexpect-failure: true\nsimulated-data: true\n---\n", file: "t.md")
        #expect(meta == GalleryMeta(title: "T", summary: "S", order: 3, thumbnail: "2", simulatedData: true, expectFailure: true))
        #expect(try GalleryFrontMatter.meta(of: "# From heading\n", file: "x/y.md").title == "From heading")
        #expect(try GalleryFrontMatter.meta(of: "text\n", file: "x/plot_y.md").title == "plot_y")
        #expect(throws: GalleryFrontMatter.Malformed.self) { try GalleryFrontMatter.meta(of: "---\n[1, 2\n---\n", file: "bad.md") }
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

    @Test func publicLibraryNamesAndNamespaceFunctions() {
        let text = """
        public struct NiftiMasker {
            public func fit() {}
            public static func fromFile() {}
        }
        @frozen public final class SVC {}
        public func crossValScore<T>(_ x: T) {}
        struct Internal {
            public static func notPublicContainer() {}
        }
        public enum _Hidden {}
        public enum Plotting {}
        extension Plotting {
            /// Docs.
            public static func plotROI() {}
            static func helper() {}
                public static func nested() {}
        }
        extension Other {
            public static func plotROI() {}
        }
        """
        let names = LibrarySymbols.declarations(in: text)
        #expect(names == ["NiftiMasker", "NiftiMasker.fromFile", "SVC", "crossValScore", "Plotting", "Plotting.plotROI", "Other.plotROI"])
        let lookup = LibrarySymbols.lookup(Set(names))
        #expect(lookup["plotROI"] == nil, "two containers have it: ambiguous")
        #expect(lookup["fromFile"] == "NiftiMasker.fromFile" && lookup["SVC"] == "SVC")
        let used = LibrarySymbols.used(in: "let m = NiftiMasker.fromFile() // SVC\nprint(\"crossValScore\")", lookup: lookup)
        #expect(used == ["NiftiMasker", "NiftiMasker.fromFile"])
    }

    @Test func totalTimeReadsLikeSphinxGallery() {
        #expect(TutorialPage.totalTime(75.5) == "(1 minutes 15.500 seconds)")
        #expect(TutorialPage.seconds(0.1234) == "0.123 s")
    }
}

@Suite struct ProseLinkTests {
    @Test func tutorialLinksPointAtPages() {
        #expect(ProseRenderer.pageURL(forLink: "other.md") == "other.html")
        #expect(ProseRenderer.pageURL(forLink: "sub/other.md#part") == "sub/other.html#part")
        #expect(ProseRenderer.pageURL(forLink: "https://example.org/x.md") == nil)
        #expect(ProseRenderer.pageURL(forLink: "#anchor") == nil)
        #expect(ProseRenderer.pageURL(forLink: "data.csv") == nil)
        var renderer = ProseRenderer()
        #expect(renderer.render("See [the next one](next.md).").contains("href=\"next.html\""))
    }
}
