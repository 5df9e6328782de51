/// One executed tutorial as the gallery sees it: what the weaver turns into a page, a
/// notebook and a card, and what the build cache stores between builds.
///
/// It is deliberately independent of the runner's own model (the publish layer converts),
/// so that cached records stay readable across runner changes and the weaver can be tested
/// without compiling anything. Figure files are named relative to the record's folder.
struct GalleryTutorial: Codable, Sendable, Equatable {
    /// Path of the Markdown source relative to the tutorials root, with `/` separators
    /// (e.g. `basics/plot_decoding.md`); it decides where the page goes in the site.
    var path: String
    var meta: GalleryMeta
    var steps: [GalleryStep]
    /// A failure that belongs to no single step (the program did not compile, the run
    /// passed the tutorial's timeout, the runner could not start); shown at the top.
    var failure: String?
    /// Wall time of the whole run, compile included.
    var totalSeconds: Double

    /// The first step that failed, if any.
    var failedStep: Int? { steps.firstIndex { $0.error != nil && !$0.expectError } }
    var failed: Bool { failure != nil || failedStep != nil }

    /// True when the data behind the tutorial was simulated: front matter says so, or a
    /// step reported it on stderr (the Haxby loader says "simulated" once when it makes data).
    var ranOnSimulatedData: Bool {
        meta.simulatedData || steps.contains { step in
            step.stderr.split(whereSeparator: \.isNewline).contains { $0.lowercased().contains("simulated") }
        }
    }
}

/// Front matter fields the gallery uses.
struct GalleryMeta: Codable, Sendable, Equatable {
    var title: String
    var summary: String = ""
    var order: Int?
    /// File name (or 1-based index, as text) of the figure to use as the card's picture.
    var thumbnail: String?
    var simulatedData = false
    var expectFailure = false
}

/// One executable step and what it did.
struct GalleryStep: Codable, Sendable, Equatable {
    /// 1-based line of the step's opening fence in the source.
    var line: Int
    var code: String
    /// The step's `label=`, if any (front matter `thumbnail` may name it).
    var label: String?
    var hideCode = false
    var hideOutput = false
    var expectError = false
    /// False for `no-run` steps and for steps after a failure.
    var ran = true
    var stdout = ""
    var stderr = ""
    var seconds: Double = 0
    var figures: [GalleryFigure] = []
    /// The error text of a step that threw, trapped or timed out (or the expected error).
    var error: String?
}

struct GalleryFigure: Codable, Sendable, Equatable {
    /// PNG file name inside the record's folder.
    var file: String
    var alt: String
}
