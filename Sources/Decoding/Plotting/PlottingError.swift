/// What can go wrong when drawing or saving a figure; each case names the value at fault.
public enum PlottingError: Error, CustomStringConvertible, Equatable {
    /// No usable TrueType font: the paths tried, in order.
    case fontNotFound(searched: [String])
    /// FreeType refused the font file (its error code).
    case fontUnreadable(path: String, code: Int32)
    /// The overlay's world bounding box does not meet the background's.
    case noOverlap(overlay: String, background: String)
    /// A stat map whose every value is 0 (or not finite): nothing to show, no cut to find.
    case allZeroStatMap
    /// A volume with a singular affine, which cannot be resampled.
    case singularAffine(Affine)
    /// An image with several volumes where a single 3-D volume is needed.
    case notSingleVolume(path: String, volumes: Int)
    /// `cutCoords` whose count does not match the display mode.
    case cutCoordsCount(displayMode: String, expected: Int, got: Int)
    /// A colour range whose `vmin` is above its `vmax`, or not a number.
    case invalidColorRange(vmin: Double, vmax: Double)
    /// A matrix plot whose labels do not match the matrix.
    case labelCount(expected: Int, got: Int)
    /// A chart axis whose tick labels do not pair up with its tick positions.
    case tickLabelCount(axis: String, positions: Int, labels: Int)
    /// A bar call whose positions and values differ in count.
    case barCount(positions: Int, values: Int)
    /// A matrix that is not 2-D or is empty.
    case notAMatrix(shape: String)
    /// A figure that could not be written (the path and the system's reason).
    case unwritablePath(path: String, reason: String)
    /// A figure size that gives no pixels or more than ``FigureSize/maximumPixels`` per side.
    case badFigureSize(width: Double, height: Double, dpi: Double)
    /// libpng failed (its message).
    case png(String)

    /// What is wrong (font, image, counts, output file), with the values or paths at fault, and the fix where there is one.
    public var description: String {
        switch self {
        case .fontNotFound(let searched):
            return "no DejaVu Sans font found for figure text; searched: \(searched.joined(separator: ", ")) "
                + "(install Debian's fonts-dejavu-core, or set TUTOR_FONT to a .ttf path)"
        case .fontUnreadable(let path, let code):
            return "FreeType cannot read the font \(path) (error \(code))"
        case .noOverlap(let overlay, let background):
            return "the overlay (world extent \(overlay)) does not overlap the background image (world extent \(background)): check that both are in the same space"
        case .allZeroStatMap:
            return "the stat map is all zeros (or not finite): there is nothing to plot"
        case .singularAffine(let affine):
            return "the volume's affine \(affine.matrix) is singular: voxels cannot be placed in world space"
        case .notSingleVolume(let path, let volumes):
            return "\(path) holds \(volumes) volumes; this plot needs a single 3-D volume (pick one with index:)"
        case .cutCoordsCount(let mode, let expected, let got):
            return "display mode '\(mode)' needs \(expected) cut coordinate(s), got \(got)"
        case .invalidColorRange(let vmin, let vmax):
            return "vmin (\(vmin)) must be a number less than or equal to vmax (\(vmax))"
        case .labelCount(let expected, let got):
            return "the matrix has \(expected) rows/columns but \(got) labels were given"
        case .tickLabelCount(let axis, let positions, let labels):
            return "the \(axis) axis has \(positions) tick position(s) but \(labels) tick label(s) were given"
        case .barCount(let positions, let values):
            return "bar positions and values must pair up: got \(positions) positions and \(values) values"
        case .notAMatrix(let shape):
            return "plotMatrix needs a non-empty 2-D array, got shape \(shape)"
        case .unwritablePath(let path, let reason):
            return "cannot write the figure to \(path): \(reason)"
        case .badFigureSize(let w, let h, let dpi):
            return "a figure of \(w)×\(h) in at \(dpi) dpi is empty or larger than \(FigureSize.maximumPixels) pixels a side"
        case .png(let message):
            return "PNG encoding failed: \(message)"
        }
    }
}
