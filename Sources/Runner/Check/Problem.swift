/// One thing `tutor check` reports: where (file and line), what, and optional detail lines
/// (a unified diff, compiler output, the step's standard error).
public struct Problem: Sendable, Equatable {
    public var path: String
    public var line: Int
    public var message: String
    public var details: String

    public init(path: String, line: Int, message: String, details: String = "") {
        self.path = path
        self.line = line
        self.message = message
        self.details = details
    }

    public init(_ error: TutorialError) {
        self.init(path: error.path, line: error.line, message: error.message)
    }

    /// `file.md:LINE: error: message`, then the details.
    public var text: String {
        var text = "\(path):\(line): error: \(message)\n"
        if !details.isEmpty { text += details.hasSuffix("\n") ? details : details + "\n" }
        return text
    }
}
