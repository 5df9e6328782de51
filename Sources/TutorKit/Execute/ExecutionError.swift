
/// The runner itself could not do its work (as opposed to a tutorial failing).
public enum ExecutionError: Error, Sendable, CustomStringConvertible {
    case compilerUnavailable(String)
    case programUnavailable(String)

    public var description: String {
        switch self {
        case .compilerUnavailable(let reason): "tutor: cannot run the Swift compiler: \(reason)"
        case .programUnavailable(let reason): "tutor: cannot start the compiled tutorial \(reason)"
        }
    }
}
