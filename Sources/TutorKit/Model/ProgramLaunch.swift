/// How a tutorial's program was started: what `tutor` did to run it, recorded with the
/// result so that tests and timings can tell the fast path from its fallbacks.
public enum ProgramLaunch: String, Codable, Sendable, Equatable {
    /// Its own program, compiled for it alone (it could not be merged, or was run alone).
    case alone
    /// The merged program, started afresh for this tutorial (`program <id>`): the fork
    /// server was off (`TUTOR_FORK_SERVER=0`) or could not be used.
    case merged
    /// A child forked by the merged program's fork server (`program --serve`).
    case forked
}
