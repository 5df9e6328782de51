import Foundation
import Testing
import TestSupport
@testable import TutorKit

/// `tutor build` end to end: the real binary, the real runner, the fixture gallery
/// (standard library and the figure hook only). Skipped when `tutor` was not built next to
/// the tests (e.g. `swift build --build-tests` builds it; a filtered build may not).
enum GalleryBinary {
    static let buildFolder = Bundle.main.executableURL.map { url -> URL in
        var folder = url.deletingLastPathComponent()
        while folder.pathExtension == "xctest" || folder.lastPathComponent == "MacOS" || folder.lastPathComponent == "Contents" {
            folder = folder.deletingLastPathComponent()
        }
        return folder
    }
    static let tutor = buildFolder?.appendingPathComponent("tutor")
    static let available = tutor.map { FileManager.default.isExecutableFile(atPath: $0.path) } ?? false
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/gallery/tutorials")

    /// This `tutor` run in `folder`: its status and its output (stdout and stderr).
    static func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, output: String) {
        let result = try Subprocess.run([tutor?.path ?? "tutor"] + arguments, currentDirectory: folder.path)
        return (result.status, result.output)
    }
}

@Suite(.serialized) struct GalleryCommandTests {

    /// `tutor` run in `folder`; `stderr` is its output (build and serve print only there).
    func tutor(_ arguments: [String], in folder: URL) throws -> (status: Int32, stderr: String) {
        let result = try GalleryBinary.run(arguments, in: folder)
        return (result.status, result.output)
    }

    @Test(.enabled(if: GalleryBinary.available, "tutor is not built next to the tests"))
    func buildsTheFixtureGalleryThenReusesIt() throws {
        let s = try Scratch()
        let first = try tutor(["build", GalleryBinary.fixture.path, "--out", s.root.appendingPathComponent("site").path, "--force"], in: s.root)
        expectEqual(first.status, 0, "\(first.stderr)")
        #expect(first.stderr.contains("plot_gradient.md: step 2/3 (line 67)"), "progress names tutorial and step")
        #expect(first.stderr.contains("plot_expected_failure.md:20: error: step 2 failed"))
        let page = try s.read("site/plot_gradient.html")
        #expect(page.contains("<img src=\"_images/plot_gradient_step02_01.png\" alt=\"Gradient 480×240, red to blue\""))
        #expect(page.contains("&lt;script&gt;alert(&#39;not run in the page&#39;)&lt;/script&gt; &amp; &lt;b&gt;not bold&lt;/b&gt;"))
        #expect(page.contains("href=\"api/FigureCapture.html\""))
        #expect(page.contains("<a class=\"t api\" href=\"api/documentation/decoding/figurecapture/\">FigureCapture</a>"),
                "library symbols in code link to their DocC page")
        #expect(s.exists("site/api/documentation/decoding/figurecapture/index.html"))
        #expect(s.exists("site/api/documentation/decoding/index.html"))
        #expect(s.exists("site/_images/thumb/plot_gradient.png"))
        let hidden = try s.read("site/basics/plot_hidden.html")
        #expect(hidden.contains("invalid parameter C=-1"), "an expect-error step's error is its output")
        #expect(hidden.contains("<div class=\"out stderr\"><div class=\"label\">stderr:</div><pre>warning: this is a warning</pre>"))
        #expect(!hidden.contains("squares = "), "hide-code")
        let failing = try s.read("site/basics/plot_expected_failure.html")
        #expect(failing.contains("threw an error: need at least 10 samples, got 0"))

        let second = try tutor(["build", GalleryBinary.fixture.path, "--out", s.root.appendingPathComponent("site").path], in: s.root)
        expectEqual(second.status, 0)
        #expect(second.stderr.contains("is up to date"), "\(second.stderr)")
    }

    @Test(.enabled(if: GalleryBinary.available, "tutor is not built next to the tests"))
    func failingTutorialExitsOneAndKeepsTheOldSite() throws {
        let s = try Scratch()
        try s.write("site/index.html", "previous site")
        try s.write("tutorials/plot_bad.md", "```swift step\nlet x: [Int] = []\nprint(x[1])\n```\n\nEnd.\n")
        let result = try tutor(["build", "tutorials", "--out", "site", "-j", "1"], in: s.root)
        expectEqual(result.status, 1)
        #expect(try s.read("site/index.html") == "previous site")
        let kept = try tutor(["build", "tutorials", "--out", "site", "--keep-going"], in: s.root)
        expectEqual(kept.status, 1)
        #expect(try s.read("site/index.html").contains("plot_bad.html"))
        #expect(try s.read("site/plot_bad.html").contains("<div class=\"out error\">"))
    }
}
