import Foundation

/// BuildProgress lines on stderr while building: which tutorial, which step, elapsed time.
/// Lines are whole and serialized (`Terminal`), so parallel tutorials do not interleave characters.
final class BuildProgress: Sendable {
    private let start = ContinuousClock.now
    let quiet: Bool

    init(quiet: Bool = false) { self.quiet = quiet }

    var elapsed: Double {
        let d = ContinuousClock.now - start
        return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }

    func say(_ line: String) {
        guard !quiet else { return }
        let text = String(format: "[%7.2fs] ", elapsed) + line + "\n"
        Terminal.write(text, to: .standardError)
    }
}
