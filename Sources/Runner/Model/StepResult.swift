/// What happened when one step ran.
public struct StepResult: Sendable {
    /// The step's `Step.number`.
    public var step: Int
    /// Everything the step wrote to standard output (lossy UTF-8, cut at the output cap).
    /// For an `expect-error` step that threw, the error's description ends it.
    public var stdout: String
    /// Everything the step wrote to standard error (lossy UTF-8, cut at the output cap),
    /// without the runtime's crash report, which becomes `outcome`'s message instead.
    public var stderr: String
    /// Wall time of the step's code alone, in seconds; nil when it did not finish.
    public var seconds: Double?
    /// Figures the step drew, in drawing order.
    public var figures: [CapturedFigure]
    public var outcome: StepOutcome

    public init(
        step: Int, stdout: String = "", stderr: String = "", seconds: Double? = nil,
        figures: [CapturedFigure] = [], outcome: StepOutcome
    ) {
        self.step = step
        self.stdout = stdout
        self.stderr = stderr
        self.seconds = seconds
        self.figures = figures
        self.outcome = outcome
    }
}

/// A figure saved from `FigureCapture` after a step.
public struct CapturedFigure: Sendable, Equatable {
    /// Where the PNG file was written.
    public var path: String
    /// The figure's `altText`.
    public var altText: String

    public init(path: String, altText: String) {
        self.path = path
        self.altText = altText
    }
}

/// How a step ended.
public enum StepOutcome: Sendable, Equatable {
    /// It ran to its end (or, for `expect-error`, threw as it should).
    case completed
    /// It is marked `no-run`, so it was shown but never compiled.
    case skipped
    /// An earlier step failed (or the program did not compile), so it never started.
    case notReached
    case failed(StepFailure)

    public var failure: StepFailure? {
        if case .failed(let failure) = self { return failure }
        return nil
    }
}

/// Why a step failed; `message` is the text to show at the step's line.
public struct StepFailure: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// An error escaped the step; `message` is `String(describing:)`-style text of it.
        case threw
        /// The program stopped on a runtime trap (fatalError, index out of range, a signal…).
        case trapped
        /// The step ran past its own or the tutorial's timeout and was killed.
        case timedOut
        /// An `expect-error` step finished without throwing.
        case didNotThrow
        /// The program exited on its own in the middle of the step (e.g. `exit(0)`).
        case exited
    }

    public var kind: Kind
    public var message: String

    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String {
        switch kind {
        case .threw: "threw an error: \(message)"
        case .trapped: "crashed: \(message)"
        case .timedOut: "timed out: \(message)"
        case .didNotThrow: "is marked expect-error but did not throw"
        case .exited: "stopped the program: \(message)"
        }
    }
}
