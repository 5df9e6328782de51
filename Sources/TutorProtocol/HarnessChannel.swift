import Foundation

/// How `HarnessEvent`s travel: in-band, as one marker line written to both standard output
/// and standard error (`\u{1}tutor:<nonce>:<JSON>`), so the runner cuts each stream into
/// per-step pieces at the same points without any race between the two pipes.
///
/// The nonce comes from the environment, so the compiled program does not depend on it and
/// a tutorial cannot forge a marker by accident. Outside the runner (no nonce) `send` does
/// nothing, so the library can report events unconditionally.
public enum HarnessChannel {
    public static let markerPrefix = "\u{1}tutor:"
    /// Environment variable carrying the run's nonce.
    public static let nonceVariable = "TUTOR_NONCE"
    /// Environment variable naming the folder figures are written into.
    public static let figuresVariable = "TUTOR_FIGURES"

    /// The marker line for `event` (JSON never contains a raw newline).
    public static func line(_ event: HarnessEvent, nonce: String) -> String {
        let json = (try? JSONEncoder().encode(event)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return markerPrefix + nonce + ":" + json + "\n"
    }

    /// The event in a marker line's body (what follows `<prefix><nonce>:`), or nil.
    public static func event(fromBody body: some Sequence<UInt8>) -> HarnessEvent? {
        try? JSONDecoder().decode(HarnessEvent.self, from: Data(body))
    }

    private static let nonce = ProcessInfo.processInfo.environment[nonceVariable]

    /// Writes `event` to both streams when running under the runner.
    public static func send(_ event: HarnessEvent) {
        guard let nonce else { return }
        let data = Data(line(event, nonce: nonce).utf8)
        fflush(nil)  // what `print` buffered belongs before the marker
        FileHandle.standardOutput.write(data)
        FileHandle.standardError.write(data)
    }
}
