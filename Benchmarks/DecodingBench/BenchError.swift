/// What can stop a benchmark run before it measures anything.
enum BenchError: Error, CustomStringConvertible {
    case badArgument(String, String)
    case unreadableProblem(path: String, reason: String)
    case unwritable(path: String, reason: String)

    var description: String {
        switch self {
        case let .badArgument(name, value): "\(name) must be a positive integer, not '\(value)'"
        case let .unreadableProblem(path, reason): "cannot read the SVC problem \(path): \(reason)"
        case let .unwritable(path, reason): "cannot write \(path): \(reason)"
        }
    }
}
