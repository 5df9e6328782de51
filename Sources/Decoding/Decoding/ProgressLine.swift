import Foundation

/// A progress line on standard error for long computations, only once a run has lasted a
/// second: "SearchLight: 12000/31650 spheres (37.9%, 4 s remaining)". On a terminal the line
/// rewrites itself every second; elsewhere (a log, a tutorial's captured stderr) each update
/// is a line of its own, every 10 seconds.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let label: String
    private let start = Date()
    private var done = 0
    private var lastPrint: Date
    private var printed = false
    private let terminal = isatty(STDERR_FILENO) != 0

    init(total: Int, label: String) {
        self.total = total
        self.label = label
        lastPrint = start
    }

    func advance(by count: Int) {
        lock.lock()
        defer { lock.unlock() }
        done += count
        let now = Date()
        guard now.timeIntervalSince(lastPrint) >= (terminal || !printed ? 1 : 10) else { return }
        lastPrint = now
        write(now)
    }

    /// Ends the line if one was printed.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        guard printed else { return }
        write(Date())
        if terminal { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    private func write(_ now: Date) {
        printed = true
        let elapsed = now.timeIntervalSince(start)
        let fraction = total > 0 ? Double(done) / Double(total) : 1
        let remaining = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
        let text = "\(label): \(done)/\(total) spheres (\(String(format: "%.1f", fraction * 100))%, "
            + (done == total ? "\(Int(elapsed.rounded())) s)" : "\(Int(remaining.rounded())) s remaining)")
        FileHandle.standardError.write(Data((terminal ? "\r" + text : text + "\n").utf8))
    }
}
