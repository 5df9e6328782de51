/// `tutor run FILE.md`: run one tutorial and print its transcript.
public enum RunAction {
    /// 0 when every step ran, 1 when the tutorial is malformed, does not compile or failed.
    public static func perform(file: String, settings: RunnerSettings) -> Int32 {
        guard let executor = settings.executor() else { return 1 }
        guard let (tutorial, result, folder) = settings.run(file, executor: executor) else { return 1 }
        Terminal.out(Transcript.text(of: tutorial, result, outputFolder: folder))
        return result.succeeded ? 0 : 1
    }
}
