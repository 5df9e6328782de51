/// Reads the Swift runtime's report of a fatal error from the end of a step's standard error.
///
/// The runtime prints `FILE:LINE: Fatal error: MESSAGE` and then a stack trace. An error
/// escaping top-level code is reported as `Fatal error: Error raised at top level: …`
/// followed by the error's description (its `CustomStringConvertible` text).
struct CrashReport: Equatable {
    /// The step's standard error before the report.
    var stderr: String
    var failure: StepFailure

    static let topLevelError = "Error raised at top level: "

    /// Nil when `stderr` holds no fatal-error report.
    init?(stderr text: String) {
        guard let marker = text.range(of: "Fatal error: ", options: .backwards) else { return nil }
        let lineStart = text[..<marker.lowerBound].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        var location = String(text[lineStart..<marker.lowerBound]).trimmingSuffix(": ")
        if location.hasPrefix(CompilerFlags.moduleName + "/") { location.removeFirst(CompilerFlags.moduleName.count + 1) }
        var message = String(text[marker.upperBound...])
        for end in ["\nCurrent stack trace:", "\n\n*** ", "\n*** Signal"] {
            if let range = message.range(of: end) { message = String(message[..<range.lowerBound]) }
        }
        message = message.trimmingCharacters(in: .whitespacesAndNewlines)
        stderr = String(text[..<lineStart])
        if message.hasPrefix(Self.topLevelError) {
            failure = StepFailure(kind: .threw, message: String(message.dropFirst(Self.topLevelError.count)))
        } else if location.isEmpty || location.hasPrefix("Swift/") {
            failure = StepFailure(kind: .trapped, message: "Fatal error: \(message)")
        } else {
            failure = StepFailure(kind: .trapped, message: "\(location): Fatal error: \(message)")
        }
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
