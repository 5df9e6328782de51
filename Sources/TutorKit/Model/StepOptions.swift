/// The words after `swift step` in a step's info string.
///
/// `hide-code` and `hide-output` only matter to the gallery; `no-run` keeps the step out of
/// the program (it is shown, never compiled); `expect-error` makes a throw the expected outcome.
public struct StepOptions: Sendable, Equatable {
    public var hideCode = false
    public var hideOutput = false
    public var noRun = false
    public var expectError = false
    /// A name other tools use to refer to the step (unique within the tutorial).
    public var label: String?
    /// Seconds this step may run.
    public var timeout: Double?
    /// Relative tolerance for numbers when checking this step's output (default 1e-6).
    public var tolerance: Double?
    /// Largest RMS difference (0–255 scale) between this step's figures and their
    /// baselines that still passes (default `FigureChecker.defaultTolerance`).
    public var figureTolerance: Double?

    /// The options written back as info-string words, in a fixed order (for `tutor list`).
    public var words: [String] {
        var words: [String] = []
        if hideCode { words.append("hide-code") }
        if hideOutput { words.append("hide-output") }
        if noRun { words.append("no-run") }
        if expectError { words.append("expect-error") }
        if let label { words.append("label=\(label)") }
        if let timeout { words.append("timeout=\(Self.format(timeout))") }
        if let tolerance { words.append("tolerance=\(Self.format(tolerance))") }
        if let figureTolerance { words.append("figure-tolerance=\(Self.format(figureTolerance))") }
        return words
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
