import Synchronization

/// Something a tutorial step drew that the runner should show under that step.
public protocol CapturableFigure: Sendable {
    /// The figure encoded as a PNG file.
    func pngData() throws -> [UInt8]
    /// Text for the image's `alt` attribute (e.g. the title or the kind of plot).
    var altText: String { get }
}

/// The hook between plotting and the tutorial runner.
///
/// Every plotting function calls ``record(_:)`` with the figure it made; the runner's
/// harness calls ``drain()`` after each step and saves what it gets as that step's figures.
/// Outside the runner nobody drains, so recording is off until ``isEnabled`` is set
/// (the harness sets it) — plain programs do not accumulate figures.
public enum FigureCapture {
    private static let state = Mutex<(enabled: Bool, figures: [any CapturableFigure])>((false, []))

    /// Whether ``record(_:)`` keeps figures; the runner's harness turns it on.
    public static var isEnabled: Bool {
        get { state.withLock { $0.enabled } }
        set { state.withLock { $0.enabled = newValue } }
    }

    /// Keeps `figure` for the next ``drain()`` when capture is enabled; does nothing otherwise.
    public static func record(_ figure: any CapturableFigure) {
        state.withLock { if $0.enabled { $0.figures.append(figure) } }
    }

    /// Returns the figures recorded since the last drain, oldest first, and forgets them.
    public static func drain() -> [any CapturableFigure] {
        state.withLock { s in
            defer { s.figures.removeAll() }
            return s.figures
        }
    }
}
