/// One ` ```swift step ` block: code that runs, in order, in the scope all steps share.
public struct Step: Sendable, Equatable {
    /// 1-based position among the tutorial's steps (`step 3` in messages).
    public var number: Int
    /// The line of the opening fence.
    public var line: Int
    /// The line of the closing fence.
    public var endLine: Int
    /// The code as cmark gives it (container indentation removed), ending with a newline
    /// unless empty. Its first line is `line + 1` in the file.
    public var code: String
    public var options = StepOptions()
    /// The ` ```output ` block right after the step, if the file has one.
    public var expected: ExpectedOutput? = nil
    /// What precedes the fence on its line with everything but `>` turned into spaces
    /// (e.g. `"   "` inside a list item); new lines written inside the block start with it.
    public var indentation = ""

    /// The first line of code in the file.
    public var codeLine: Int { line + 1 }

    /// An empty line inside the step's containers (only its `>` marks), for lines written
    /// next to it.
    public var blankLine: String {
        var line = Substring(indentation)
        while line.last == " " { line.removeLast() }
        return String(line)
    }

    /// The code without its final newline, as pages and scripts show it.
    public var displayCode: String { code.hasSuffix("\n") ? String(code.dropLast()) : code }

    /// How messages name the step: `step 3` or `step 3 (fit)` when labeled.
    public var displayName: String {
        options.label.map { "step \(number) (\($0))" } ?? "step \(number)"
    }
}

/// A recorded ` ```output ` block: what its step printed last time.
public struct ExpectedOutput: Sendable, Equatable {
    /// The line of the opening fence.
    public var line: Int
    /// The line of the closing fence.
    public var endLine: Int
    /// The block's text as cmark gives it (container indentation removed).
    public var text: String
}
