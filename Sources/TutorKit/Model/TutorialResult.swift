/// What happened when a tutorial ran: the one result model every later stage reads
/// (check, update, the transcript, the gallery and its cache), next to the `Tutorial` it
/// came from. Codable, so runs can be stored and merged; figures are named relative to
/// the folder the run wrote them into.
public struct TutorialResult: Codable, Sendable, Equatable {
    /// The tutorial's `path`.
    public var path: String
    public var compilation = Compilation()
    /// One per step of the tutorial, same order.
    public var steps: [StepResult]
    /// A failure that belongs to no step and no compiler diagnostic: the tutorial could not
    /// be read or parsed, or the runner could not start it.
    public var failure: String? = nil
    /// Wall time of the whole run, compile included.
    public var totalSeconds: Double = 0
    /// The program's peak resident memory, when it reported one.
    public var peakMemoryBytes: Int? = nil
    /// Datasets the library said it simulated (empty: real data, or none loaded).
    public var simulatedDatasets: [String] = []
    /// How the program was started; nil when it did not run (or in a run stored before this was recorded).
    public var launch: ProgramLaunch? = nil
    /// Set when this result was not made by running the tutorial (see
    /// `init(recordedIn:baselines:)`); nil for a run. Such a result is never stored as a run
    /// nor accepted by `tutor check` for one.
    public var notRun: NotRun? = nil

    /// Why a result holds no run.
    public enum NotRun: String, Codable, Sendable, Equatable {
        /// Built from the tutorial's recorded output blocks and figure baselines.
        case recordedOutputs
        /// Compiled against the library but not run (`tutor check --quick` on a tutorial
        /// marked `slow: true`): its steps are not reached, and only the compile is checked.
        case compiledOnly
    }

    /// True when the tutorial actually ran to make this result.
    public var isRun: Bool { notRun == nil }

    /// The compiler's output when the program did not build; nil when it built.
    public var compileErrors: String? { compilation.diagnostics }

    /// True when it compiled, started, and no step failed.
    public var succeeded: Bool {
        compileErrors == nil && failure == nil && steps.allSatisfy { $0.outcome.failure == nil }
    }

    /// The index of the first failing step, if any.
    public var failedStepIndex: Int? { steps.firstIndex { $0.outcome.failure != nil } }

    /// The first failing step with its failure, if any.
    public func firstFailure(in tutorial: Tutorial) -> (step: Step, failure: StepFailure)? {
        guard let index = failedStepIndex, let failure = steps[index].outcome.failure else { return nil }
        return (tutorial.steps[index], failure)
    }
}

/// How the tutorial program was built.
public struct Compilation: Codable, Sendable, Equatable {
    /// Seconds spent compiling (0 when the cached binary was used or nothing was compiled).
    public var seconds: Double = 0
    /// True when the compiled program came from the cache.
    public var cached = false
    /// The compiler's output when it failed (diagnostics name the tutorial's lines).
    public var diagnostics: String?
}
