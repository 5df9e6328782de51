/// Where to cut, as nilearn's `cut_coords`: world positions in mm, or — for the single-axis
/// modes `x`, `y`, `z` — just how many cuts to spread automatically.
///
/// Literals read like nilearn's: `cutCoords: [22, -20, -40]` (positions of the displayed axes
/// in x, y, z order; a full (x, y, z) point also works for two-axis modes) or `cutCoords: 5`.
public enum CutCoords: Sendable, Equatable, ExpressibleByArrayLiteral, ExpressibleByIntegerLiteral {
    /// World positions in mm of the displayed axes, in x, y, z order.
    case positions([Double])
    /// How many cuts to spread automatically (single-axis modes only).
    case count(Int)

    /// `[22, -20, -40]` is `.positions`.
    public init(arrayLiteral elements: Double...) { self = .positions(elements) }
    /// `5` is `.count(5)`.
    public init(integerLiteral value: Int) { self = .count(value) }
}
