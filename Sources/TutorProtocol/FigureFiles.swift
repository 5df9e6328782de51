/// The names of the PNG files a tutorial program writes for its figures, in its figures
/// folder: the one place they are spelled.
public enum FigureFiles {
    /// The `index`-th (1-based) figure of step `step`.
    public static func name(step: Int, index: Int) -> String {
        "step-\(step)-figure-\(index).png"
    }

    /// True for a name `name(step:index:)` makes (so an earlier run's figures can be removed).
    public static func isFigure(_ name: String) -> Bool {
        name.hasPrefix("step-") && name.hasSuffix(".png") && name.contains("-figure-")
    }
}
