/// Which cuts a brain figure shows, as nilearn's `display_mode`.
///
/// Multi-axis modes (`ortho`, `yx`, `xz`, `yz`) cut once per axis through one world point and
/// draw cross-hairs; single-axis modes (`x`, `y`, `z`) show a row of parallel cuts, and
/// `mosaic` three rows of them (axial, coronal, sagittal from the top). Panels go in x, y, z
/// order (nilearn's `yx` shows the sagittal cut first, too).
public enum DisplayMode: String, Sendable, CaseIterable {
    /// Three cuts through one point: sagittal, coronal and axial.
    case ortho
    /// A row of sagittal cuts (constant x).
    case x
    /// A row of coronal cuts (constant y).
    case y
    /// A row of axial cuts (constant z).
    case z
    /// A sagittal and a coronal cut through one point.
    case yx
    /// A sagittal and an axial cut through one point.
    case xz
    /// A coronal and an axial cut through one point.
    case yz
    /// Three rows of parallel cuts: axial, coronal, sagittal from the top.
    case mosaic

    /// World axes cut (0 = x, sagittal; 1 = y, coronal; 2 = z, axial), in display order.
    var axes: [Int] {
        switch self {
        case .ortho, .mosaic: [0, 1, 2]
        case .x: [0]
        case .y: [1]
        case .z: [2]
        case .yx: [0, 1]
        case .xz: [0, 2]
        case .yz: [1, 2]
        }
    }

    /// Several parallel cuts along one axis (nilearn's stacked slicers).
    var isStacked: Bool { self == .x || self == .y || self == .z }

    /// Parallel cuts along each axis (single-axis modes and `mosaic`): no cross-hairs.
    var hasParallelCuts: Bool { isStacked || self == .mosaic }

    /// nilearn's default size of one panel, in inches.
    var panelInches: (width: Double, height: Double) {
        switch self {
        case .ortho, .yx, .xz: (2.2, 3.5)
        case .yz: (2.2, 3.0)
        case .x: (2.6, 2.3)
        case .y: (2.2, 3.0)
        case .z: (2.2, 3.2)
        case .mosaic: (0, 5.0)
        }
    }

    /// nilearn's default figure size for `panels` cuts: panels side by side, plus 0.7 in for a
    /// colorbar.
    func defaultSize(panels: Int, colorbar: Bool) -> FigureSize {
        // nilearn's mosaic: 4 in per direction (3 directions), 5 in high.
        if self == .mosaic { return .inches(width: 12 + (colorbar ? 0.7 : 0), height: 5) }
        let p = panelInches
        return .inches(width: p.width * Double(panels) + (colorbar ? 0.7 : 0), height: p.height)
    }

    /// Number of cuts a stacked mode shows when none are given (nilearn: 7).
    static let defaultStackedCuts = 7
}
