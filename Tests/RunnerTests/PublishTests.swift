import Foundation
import Testing
import TestSupport
@testable import TutorKit
@testable import TutorServe

@Suite struct PublishTests {
    @Test func thumbnailFitsTheBoxAndKeepsColours() throws {
        // A 800×200 image, left half red, right half blue: scaled by 0.5 into 400×100,
        // centred vertically on white.
        var rgba = [UInt8](repeating: 255, count: 800 * 200 * 4)
        for y in 0..<200 {
            for x in 0..<800 {
                let p = (y * 800 + x) * 4
                (rgba[p], rgba[p + 1], rgba[p + 2]) = x < 400 ? (255, 0, 0) : (0, 0, 255)
            }
        }
        let png = try Thumbnail.encode(rgba, width: 800, height: 200, what: "wide")
        let thumb = try Thumbnail.make(from: png, what: "wide")
        let (pixels, w, h) = try Thumbnail.decode(thumb, what: "thumb")
        #expect(w == 400 && h == 280)
        func pixel(_ x: Int, _ y: Int) -> [UInt8] { Array(pixels[((y * w + x) * 4)..<((y * w + x) * 4 + 3)]) }
        expectEqual(pixel(100, 140), [255, 0, 0])
        expectEqual(pixel(300, 140), [0, 0, 255])
        expectEqual(pixel(100, 20), [255, 255, 255], "above the picture is paper")
    }

    @Test func unreadablePNGNamesTheFile() {
        #expect(throws: Thumbnail.Failure.self) { try Thumbnail.make(from: Array("not a png".utf8), what: "fig.png") }
        do { _ = try Thumbnail.make(from: [1, 2, 3], what: "fig.png") } catch { #expect("\(error)".contains("fig.png")) }
    }

    @Test func replacingADirectorySwapsWholeTrees() throws {
        let s = try Scratch()
        try s.write("site/a.txt", "old")
        try s.write("new/b.txt", "new")
        try FileSystem.replaceDirectory(s.root.appendingPathComponent("site"), with: s.root.appendingPathComponent("new"))
        #expect(try s.read("site/b.txt") == "new")
        #expect(!s.exists("site/a.txt") && !s.exists("new"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: s.root.path)
        expectEqual(leftovers.sorted(), ["site", "tutorials"])
    }

    @Test func staleTemporarySitesAreRemoved() async throws {
        let s = try Scratch()
        try s.write("tutorials/plot_a.md", "```swift step\nprint(\"a\")\n```\n")
        try s.write(".site.building-999999-deadbeef/index.html", "half")
        _ = try await s.build(ScriptedExecutor())
        #expect(!s.exists(".site.building-999999-deadbeef"))
        #expect(s.exists("site/index.html"))
    }

    @Test func explicitFilesAndFrontMatterThumbnailNumber() async throws {
        let s = try Scratch()
        try s.write("tutorials/plot_two.md", "---\nthumbnail: 2\n---\n```swift step\nfigure(\"one\")\n```\n\n```swift step\nfigure(\"two\")\n```\n")
        try s.write("tutorials/plot_other.md", "```swift step\nprint(\"x\")\n```\n")
        var options = s.options()
        options.paths = ["tutorials/plot_two.md"]
        let report = try await s.build(ScriptedExecutor(), options)
        expectEqual(report.ran, ["plot_two.md"])
        // The second figure (step 2, drawn with seed 1) is the thumbnail, not the first.
        let thumb = try Thumbnail.decode([UInt8](Data(contentsOf: s.root.appendingPathComponent("site/_images/thumb/plot_two.png"))), what: "t")
        let second = try Thumbnail.decode([UInt8](Data(contentsOf: s.root.appendingPathComponent("site/_images/plot_two_step02_01.png"))), what: "s")
        expectEqual(second.rgba[0], 40, "seed 1 shifts red by 40")
        let centre = ((140 * 400) + 200) * 4
        let expected = try Thumbnail.decode(Thumbnail.make(from: ScriptedExecutor.png(width: 120, height: 80, seed: 1), what: "e"), what: "e")
        expectEqual(Array(thumb.rgba[centre..<centre + 4]), Array(expected.rgba[centre..<centre + 4]))
    }

    @Test func thumbnailByStepLabel() async throws {
        let s = try Scratch()
        try s.write("tutorials/plot_l.md", "---\nthumbnail: second\n---\n```swift step\nfigure(\"one\")\n```\n\n```swift step label=second\nfigure(\"two\")\n```\n")
        _ = try await s.build(ScriptedExecutor())
        let thumb = try Data(contentsOf: s.root.appendingPathComponent("site/_images/thumb/plot_l.png"))
        let expected = try Thumbnail.make(from: ScriptedExecutor.png(width: 120, height: 80, seed: 1), what: "e")
        expectEqual([UInt8](thumb), expected)
    }

    @Test func serverInjectsReloadScriptAndRefusesEscapes() throws {
        let s = try Scratch()
        try s.write("site/index.html", "<html><body><p>hi</p></body></html>")
        try s.write("site/a/b.css", "p{}")
        let site = s.root.appendingPathComponent("site")
        let page = GalleryServer.file(site: site, path: "/")
        expectEqual(page.status, .ok)
        expectEqual(page.type, "text/html; charset=utf-8")
        let html = String(decoding: page.data, as: UTF8.self)
        #expect(html.hasPrefix("<html><body><p>hi</p><script>") && html.contains("/__reload") && html.hasSuffix("</script>\n</body></html>"))
        #expect(!(try s.read("site/index.html")).contains("script"), "the file itself is untouched")
        let css = GalleryServer.file(site: site, path: "/a/b.css")
        #expect(css.type == "text/css; charset=utf-8" && css.data == Data("p{}".utf8))
        expectEqual(GalleryServer.file(site: site, path: "/a/").status, .notFound, "a folder without index.html")
        expectEqual(GalleryServer.file(site: site, path: "/../tutorials").status, .forbidden)
        expectEqual(GalleryServer.file(site: site, path: "/missing.html").status, .notFound)
    }

    @Test func watcherSeesEditsAndNewFiles() throws {
        let s = try Scratch()
        try s.write("tutorials/a.md", "one")
        let watcher = SourceWatcher(watched: [s.root.appendingPathComponent("tutorials")])
        let first = watcher.snapshot()
        expectEqual(watcher.snapshot(), first)
        try s.write("tutorials/a.md", "one more")
        let second = watcher.snapshot()
        #expect(second != first)
        try s.write("tutorials/sub/b.md", "b")
        expectEqual(watcher.snapshot().count, 2)
    }
}
