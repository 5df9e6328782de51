import Foundation

/// Where each generated file of a tutorial lives in the site, relative to the site root.
///
/// Pages mirror the tutorials folder (`basics/plot_x.md` → `basics/plot_x.html`); images
/// and thumbnails are collected under `_images/`; every link is relative, so the site works
/// from `file://` and from any sub-path of a static host.
struct SitePaths: Sendable {
    let source: String

    init(tutorialPath: String) { source = tutorialPath }

    /// `basics/plot_x` — the source path without `.md`.
    var stem: String { source.hasSuffix(".md") ? String(source.dropLast(3)) : source }
    /// `basics_plot_x` — a flat, file-name-safe identity used for images.
    var flatStem: String { stem.replacingOccurrences(of: "/", with: "_") }
    var page: String { stem + ".html" }
    var markdown: String { stem + ".md" }
    var swift: String { stem + ".swift" }
    var notebook: String { stem + ".ipynb" }
    var thumbnail: String { "_images/thumb/\(flatStem).png" }

    func figure(step: Int, index: Int) -> String {
        "_images/\(flatStem)_step\(String(step + 1).leftPad(2))_\(String(index + 1).leftPad(2)).png"
    }

    /// The baseline of a figure that failed its comparison.
    func figureExpected(step: Int, index: Int) -> String {
        String(figure(step: step, index: index).dropLast(4)) + "_expected.png"
    }

    /// The difference image of a figure that failed its comparison.
    func figureDiff(step: Int, index: Int) -> String {
        String(figure(step: step, index: index).dropLast(4)) + "_diff.png"
    }

    /// `../` repeated once per folder level of the page, to get back to the site root.
    var rootPrefix: String { Self.rootPrefix(of: page) }

    static func rootPrefix(of sitePath: String) -> String {
        String(repeating: "../", count: sitePath.split(separator: "/").count - 1)
    }

    static let stylesheet = "_static/gallery.css"
    static let placeholder = "_static/no_image.svg"
    static let index = "index.html"
    static let executionTimes = "execution-times.html"
    static let apiIndex = "api/index.html"
    /// The folder of the library's DocC site (DocC's pages name it as their base path).
    static let docsFolder = "api"
    /// A DocC page (`documentation/decoding/x/`, relative to `docsFolder`).
    static func docsPage(_ page: String) -> String { docsFolder + "/" + page }
    static func apiPage(_ symbol: String) -> String { "api/\(symbol).html" }
}

extension String {
    fileprivate func leftPad(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

