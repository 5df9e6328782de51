/// What happened when a tutorial ran: one result per step, in step order.
public struct TutorialResult: Sendable {
    public var tutorial: Tutorial
    /// The compiler's output when the program did not build (diagnostics already point at
    /// the tutorial's lines); nil when it built.
    public var compileErrors: String?
    /// One per step of `tutorial.steps`, same order.
    public var steps: [StepResult]
    /// Seconds spent compiling (0 when the cached binary was used).
    public var compileSeconds: Double
    /// True when the compiled program came from the cache.
    public var usedCache: Bool
    /// The folder holding this run's figures.
    public var outputFolder: String

    public init(
        tutorial: Tutorial, compileErrors: String? = nil, steps: [StepResult],
        compileSeconds: Double = 0, usedCache: Bool = false, outputFolder: String
    ) {
        self.tutorial = tutorial
        self.compileErrors = compileErrors
        self.steps = steps
        self.compileSeconds = compileSeconds
        self.usedCache = usedCache
        self.outputFolder = outputFolder
    }

    /// True when it compiled and no step failed.
    public var succeeded: Bool {
        compileErrors == nil && steps.allSatisfy { $0.outcome.failure == nil }
    }

    /// The first failing step with its failure, if any.
    public var firstFailure: (step: Step, failure: StepFailure)? {
        for (step, result) in zip(tutorial.steps, steps) {
            if let failure = result.outcome.failure { return (step, failure) }
        }
        return nil
    }
}
