/// A problem with a tutorial file itself, located at a line: prints as
/// `file.md:LINE: error: message`, the form editors and CI annotations understand.
public struct TutorialError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var message: String

    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String { "\(path):\(line): error: \(message)" }
}
