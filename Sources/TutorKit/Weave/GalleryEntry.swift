/// One tutorial as the gallery publishes it: the parsed `Tutorial`, its `TutorialResult`,
/// and where it sits in the tutorials folder (which decides where its page goes).
struct GalleryEntry: Sendable {
    /// Path of the Markdown source relative to the tutorials root, `/`-separated
    /// (e.g. `basics/plot_decoding.md`).
    var sitePath: String
    var tutorial: Tutorial
    var result: TutorialResult

    var paths: SitePaths { SitePaths(tutorialPath: sitePath) }
    var title: String { tutorial.title }
    var summary: String { tutorial.frontMatter.summary ?? "" }
    var order: Int? { tutorial.frontMatter.order }
    var expectFailure: Bool { tutorial.frontMatter.expectFailure }
    var failed: Bool { !result.succeeded }

    /// The failure that belongs to no step: the compiler's output, or why it could not run.
    var programFailure: String? { result.compileErrors ?? result.failure }

    /// True when the data behind the tutorial was simulated: its front matter says so, or
    /// the library reported serving simulated data while it ran.
    var ranOnSimulatedData: Bool {
        tutorial.frontMatter.simulatedData || !result.simulatedDatasets.isEmpty
    }

    /// The step and its result at `index` (nil when the result has no such step).
    func step(_ index: Int) -> (step: Step, result: StepResult?) {
        (tutorial.steps[index], index < result.steps.count ? result.steps[index] : nil)
    }
}
