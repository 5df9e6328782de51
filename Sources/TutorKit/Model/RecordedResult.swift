extension TutorialResult {
    /// The result a tutorial's file already records, without running it: each step's
    /// ` ```output ` block as what it printed, and its baseline images as what it drew
    /// (`baselines.path` is then the folder the figures are named relative to).
    ///
    /// For `tutor build --quick` on tutorials marked `slow: true`: the page shows what
    /// `tutor check` verifies against a real run. `notRun` marks it, so it is never stored
    /// as a run nor taken by `tutor check` for one; no timing is claimed.
    public init(recordedIn tutorial: Tutorial, baselines: BaselineFolder) {
        let files = Set(baselines.pngFiles())
        let steps = tutorial.steps.map { step -> StepResult in
            guard !step.options.noRun else { return StepResult(number: step.number, outcome: .skipped) }
            var result = StepResult(number: step.number, stdout: step.expected?.text ?? "", outcome: .completed)
            var index = 1
            while files.contains(BaselineFolder.fileName(of: step, figure: index)) {
                result.figures.append(StepFigure(
                    file: BaselineFolder.fileName(of: step, figure: index),
                    altText: "Figure \(index) of \(step.displayName), as recorded in its baseline"))
                index += 1
            }
            return result
        }
        self.init(path: tutorial.path, steps: steps, notRun: .recordedOutputs)
    }
}
