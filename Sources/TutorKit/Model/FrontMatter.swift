/// The optional YAML block between `---` lines at the very top of a tutorial.
///
/// Only these keys are accepted; any other key is an error, so a typo never silently
/// drops a setting.
public struct FrontMatter: Sendable, Equatable {
    public var title: String?
    /// One or two sentences for the gallery's index card.
    public var summary: String?
    /// Sort key in the gallery (ascending; tutorials without one come last, by file name).
    public var order: Int?
    /// Which figure represents the tutorial in the gallery; its meaning belongs to the
    /// gallery (e.g. a step label). The runner only carries it.
    public var thumbnail: String?
    /// Seconds the whole tutorial may run before it is stopped.
    public var timeout: Double?
    /// The tutorial is meant to fail (the gallery shows its error without failing the build).
    public var expectFailure: Bool = false
    /// Always show the gallery's simulated-data banner on this page.
    public var simulatedData: Bool = false
    /// The tutorial takes long to run: `tutor build --quick` weaves it from its recorded
    /// outputs and figure baselines instead of running it (when no stored run is usable), and
    /// `tutor check --quick` only compiles it. A plain `tutor build` and `tutor check` run it.
    public var slow: Bool = false

    /// Whether `--quick` leaves the tutorial unrun: slow, and not meant to fail (recorded
    /// outputs cannot show a failure, so such a tutorial always runs).
    public var skippedWhenQuick: Bool { slow && !expectFailure }

    public static let keys: Set<String> = [
        "title", "summary", "order", "thumbnail", "timeout", "expect-failure", "simulated-data", "slow",
    ]

    public init(
        title: String? = nil, summary: String? = nil, order: Int? = nil,
        thumbnail: String? = nil, timeout: Double? = nil
    ) {
        self.title = title
        self.summary = summary
        self.order = order
        self.thumbnail = thumbnail
        self.timeout = timeout
    }
}
