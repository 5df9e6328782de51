/// What a tutorial program tells the runner while it runs, one event per marker line.
///
/// Defined once, here: the runner decodes these, the generated harness sends them, and the
/// library sends `simulatedData` itself (see `HarnessChannel.send`).
public enum HarnessEvent: Codable, Sendable, Equatable {
    /// Step `step` (its `Step.number`) starts; output from here on is its own.
    case begin(step: Int)
    /// The step's code finished after `nanoseconds`; `peakMemoryBytes` is the program's
    /// peak resident memory so far.
    case end(step: Int, nanoseconds: UInt64, peakMemoryBytes: Int)
    /// The step drew a figure, saved as `file` (see `FigureFiles`) in the figures folder.
    case figure(step: Int, file: String, altText: String)
    /// The step printed `table` (a `DataFrame` or `Series`); its text follows on standard
    /// output right after this event.
    case table(step: Int, table: DisplayTable)
    /// An `expect-error` step threw, as it should.
    case threw(step: Int)
    /// An `expect-error` step finished without throwing; the program stops.
    case didNotThrow(step: Int)
    /// The library served simulated data in place of the real `dataset`.
    case simulatedData(dataset: String)
}
