import TutorProtocol

/// What happened when one step ran.
public struct StepResult: Codable, Sendable, Equatable {
    /// The step's `Step.number`.
    public var number: Int
    /// Everything the step wrote to standard output (lossy UTF-8, cut at the output cap).
    /// For an `expect-error` step that threw, the error's description ends it.
    public var stdout = ""
    /// Everything the step wrote to standard error (lossy UTF-8, cut at the output cap),
    /// without the runtime's crash report, which becomes `outcome`'s message instead.
    public var stderr = ""
    /// Wall time of the step's code alone, in seconds; nil when it did not finish.
    public var seconds: Double? = nil
    /// Figures the step drew, in drawing order.
    public var figures: [StepFigure] = []
    /// Tables the step printed, in printing order; each one's `text` is part of `stdout`.
    public var tables: [DisplayTable] = []
    /// Baseline images recorded for figures the step no longer draws (filled in with the
    /// comparisons, see `FigureChecker`).
    public var baselinesWithoutFigure: [String] = []
    public var outcome: StepOutcome

    /// False when the step never started (`no-run`, or after a failure).
    public var ran: Bool { outcome != .skipped && outcome != .notReached }
}

/// A figure a step drew, saved as a PNG file.
public struct StepFigure: Codable, Sendable, Equatable {
    /// The file's name in the run's output folder (see `TutorProtocol.FigureFiles`).
    public var file: String
    /// The figure's `altText`.
    public var altText: String
    /// How it compared with its baseline image; nil until checked (see `FigureChecker`).
    public var comparison: FigureComparison?

    public init(file: String, altText: String, comparison: FigureComparison? = nil) {
        self.file = file
        self.altText = altText
        self.comparison = comparison
    }
}

/// How a step ended.
public enum StepOutcome: Codable, Sendable, Equatable {
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
public struct StepFailure: Codable, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Codable, Sendable, Equatable {
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
