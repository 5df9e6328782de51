/// What a fenced block's info string makes of it.
enum BlockKind: Equatable {
    /// ` ```swift step …`: runs.
    case step(StepOptions)
    /// ` ```output`: the expected output of the step just before.
    case output
    /// Anything else (plain ` ```swift ` included): shown, never run.
    case display
}

/// Reads info strings: first word `swift` and second `step` make a step, the rest are options.
enum InfoString {
    static let flags = ["hide-code", "hide-output", "no-run", "expect-error"]
    static let keyed = ["label", "timeout", "tolerance", "figure-tolerance"]

    /// Throws a message (without location) for an unknown, repeated or malformed option.
    static func kind(of info: String) throws(InfoStringError) -> BlockKind {
        let words = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        if words.first == "output" {
            guard words.count == 1 else {
                throw InfoStringError("an output block takes no options, found '\(words.dropFirst().joined(separator: " "))'")
            }
            return .output
        }
        guard words.count >= 2, words[0] == "swift", words[1] == "step" else { return .display }
        var options = StepOptions()
        var seen: Set<String> = []
        for word in words.dropFirst(2) {
            let key = word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word
            guard seen.insert(key).inserted else { throw InfoStringError("option '\(key)' is given twice") }
            if let value = word.firstIndex(of: "=").map({ String(word[word.index(after: $0)...]) }) {
                switch key {
                case "label":
                    guard !value.isEmpty, value.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }) else {
                        throw InfoStringError("label '\(value)' must be letters, digits, '-', '_' or '.'")
                    }
                    options.label = value
                case "timeout":
                    guard let seconds = Double(value), seconds > 0, seconds.isFinite else {
                        throw InfoStringError("timeout '\(value)' must be a positive number of seconds")
                    }
                    options.timeout = seconds
                case "tolerance":
                    guard let tolerance = Double(value), tolerance >= 0, tolerance.isFinite else {
                        throw InfoStringError("tolerance '\(value)' must be a non-negative number")
                    }
                    options.tolerance = tolerance
                case "figure-tolerance":
                    guard let tolerance = Double(value), tolerance >= 0, tolerance <= 255, tolerance.isFinite else {
                        throw InfoStringError("figure-tolerance '\(value)' must be an RMS between 0 and 255")
                    }
                    options.figureTolerance = tolerance
                default:
                    throw unknown(word)
                }
            } else {
                switch word {
                case "hide-code": options.hideCode = true
                case "hide-output": options.hideOutput = true
                case "no-run": options.noRun = true
                case "expect-error": options.expectError = true
                case _ where keyed.contains(word): throw InfoStringError("option '\(word)' needs a value: \(word)=…")
                default: throw unknown(word)
                }
            }
        }
        return .step(options)
    }

    private static func unknown(_ word: String) -> InfoStringError {
        let known = (flags + keyed.map { "\($0)=…" }).joined(separator: ", ")
        return InfoStringError("unknown step option '\(word)' (known: \(known))")
    }
}

struct InfoStringError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
