import Foundation
import Testing
import TestSupport
@testable import TutorKit

/// The DocC documentation in the site: built from a tiny library's symbol graph, copied into
/// `api/`, and linked from the code on tutorial pages and from the back-reference pages.
@Suite struct DocCSiteTests {
    /// A `Decoding` module of a few symbols (one overloaded), its graph in `folder`.
    static func tinyLibraryGraph(in folder: URL) throws {
        let source = folder.appendingPathComponent("Decoding.swift")
        try """
        /// Masks images.
        public struct NiftiMasker { public init() {} }
        /// Scores a model.
        public func crossValScore(_ x: Int) -> Double { 0 }
        public func crossValScore(_ x: Double) -> Double { 0 }
        """.write(to: source, atomically: true, encoding: .utf8)
        let result = try Subprocess.run([
            "swiftc", "-emit-module", "-module-name", "Decoding", source.path,
            "-emit-module-path", folder.appendingPathComponent("Decoding.swiftmodule").path,
            "-emit-symbol-graph", "-emit-symbol-graph-dir", folder.path,
        ])
        expectEqual(result.status, 0, "\(result.output)")
    }

    @Test func siteHasDocCPagesAndCodeLinksToThem() async throws {
        let s = try Scratch.sampleGallery()
        let graph = s.root.appendingPathComponent("graph")
        try FileManager.default.createDirectory(at: graph, withIntermediateDirectories: true)
        try Self.tinyLibraryGraph(in: graph)
        var options = s.options()
        options.librarySymbols = .symbolGraphFolder(graph, catalog: s.root.appendingPathComponent("none.docc"))
        let report = try await s.build(ScriptedExecutor(), options)
        #expect(report.wroteSite)
        #expect(s.exists("site/api/documentation/decoding/index.html"))
        #expect(s.exists("site/api/NiftiMasker.html"), "back-reference pages stay")

        let page = try s.read("site/plot_intro.html")
        let link = "href=\"api/documentation/decoding/niftimasker/\""
        #expect(page.contains("<a class=\"t api\" \(link)>NiftiMasker</a>"))
        // Every link into api/ from the tutorial page resolves to a file of the site.
        let hrefs = page.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        let apiLinks = hrefs.filter { $0.hasPrefix("api/") }
        #expect(!apiLinks.isEmpty)
        for href in apiLinks {
            var path = href.removingPercentEncoding ?? href
            if path.hasSuffix("/") { path += "index.html" }
            #expect(s.exists("site/" + path), "\(href) resolves")
        }
        let back = try s.read("site/api/NiftiMasker.html")
        #expect(back.contains("href=\"documentation/decoding/niftimasker/\""))
        let index = try s.read("site/api/index.html")
        #expect(index.contains("Library API used by the tutorials"), "our index replaces DocC's empty root")

        // A warm build reuses the documentation and writes nothing.
        let again = try await s.build(ScriptedExecutor(), options)
        #expect(again.upToDate)
        #expect(try s.read("site/api/documentation/decoding/index.html").contains("var baseUrl = \"/api/\""))

        // Served under a sub-folder (a GitHub Pages project site), DocC's pages say so.
        options.sitePath = "tutor"
        let moved = try await s.build(ScriptedExecutor(), options)
        #expect(moved.wroteSite && !moved.upToDate)
        let landing = try s.read("site/api/documentation/decoding/index.html")
        #expect(landing.contains("var baseUrl = \"/tutor/api/\""), "\(landing.prefix(600))")
        #expect(try s.read("site/plot_intro.html").contains("<a class=\"t api\" \(link)>NiftiMasker</a>"), "tutorial links stay relative")
    }

    @Test func basePathsBecomeSitePaths() throws {
        expectEqual(LibraryDocs.sitePath("/tutor/"), "tutor")
        expectEqual(LibraryDocs.sitePath("a//b/"), "a/b")
        expectEqual(LibraryDocs.sitePath("/"), "")
        #expect(LibraryDocs.sitePath("/a/../b") == nil)
        #expect(LibraryDocs.sitePath("/a b/") == nil)
        expectEqual(LibraryDocs.hostingBasePath(sitePath: ""), "api")
        expectEqual(LibraryDocs.hostingBasePath(sitePath: "a/b"), "a/b/api")
    }

    @Test func aDocCFailureKeepsTheSymbolsAndDropsOnlyThePages() throws {
        let temporary = try TemporaryFolder()
        let folder = URL(fileURLWithPath: temporary.path)
        let graph = folder.appendingPathComponent("graph")
        try FileManager.default.createDirectory(at: graph, withIntermediateDirectories: true)
        try Self.tinyLibraryGraph(in: graph)
        // A catalog that is a file, not a folder: docc refuses it.
        let catalog = folder.appendingPathComponent("Decoding.docc")
        try Data("not a catalog".utf8).write(to: catalog)
        let cache = folder.appendingPathComponent("cache")
        let api = LibrarySymbols.load(.symbolGraphFolder(graph, catalog: catalog), cache: cache, progress: BuildProgress(quiet: true))
        expectEqual(api.symbols, ["NiftiMasker", "crossValScore"])
        #expect(api.pages.isEmpty && api.docs == nil)
        expectEqual(LibrarySymbols.load(.symbolGraphFolder(graph, catalog: catalog), cache: cache, progress: BuildProgress(quiet: true)), api,
                "the failure is cached, not retried on every build")
    }
}
