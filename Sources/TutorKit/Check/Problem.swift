/// One thing `tutor check` reports: where (file and line), what, and optional detail lines
/// (a unified diff, compiler output, the step's standard error).
public struct Problem: Sendable, Equatable {
    public var path: String
    public var line: Int
    /// Set for compiler diagnostics, which know it.
    public var column: Int?
    public var message: String
    public var details: String

    public init(path: String, line: Int, column: Int? = nil, message: String, details: String = "") {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.details = details
    }

    public init(_ error: TutorialError) {
        self.init(path: error.path, line: error.line, message: error.message)
    }

    /// `file.md:LINE[:COLUMN]: error: message`, then the details.
    public var text: String {
        var text = "\(path):\(line)\(column.map { ":\($0)" } ?? ""): error: \(message)\n"
        if !details.isEmpty { text += details.hasSuffix("\n") ? details : details + "\n" }
        return text
    }
}
