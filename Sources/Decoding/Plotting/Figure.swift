import Foundation

/// Namespace of the plotting functions (`Plotting.plotROI`, `Plotting.plotStatMap`, …),
/// named after nilearn's `nilearn.plotting`.
public enum Plotting {}

/// The size of a figure: in inches (drawn at the figure's dpi, as matplotlib's `figsize`) or
/// directly in pixels.
public enum FigureSize: Sendable, Equatable {
    /// matplotlib's `figsize`: the pixel size is these inches times the figure's dpi.
    case inches(width: Double, height: Double)
    /// An exact pixel size, whatever the dpi (which then only scales text and lines).
    case pixels(width: Int, height: Int)

    func inches(dpi: Double) -> (width: Double, height: Double) {
        switch self {
        case .inches(let w, let h): return (w, h)
        case .pixels(let w, let h): return (Double(w) / dpi, Double(h) / dpi)
        }
    }

    /// Largest raster drawn (pixels per side): guards against a size typed in pixels where
    /// inches were meant.
    static let maximumPixels = 20_000

    /// The raster size at `dpi`, or an error for empty or absurdly large figures.
    func pixels(dpi: Double) throws -> (width: Int, height: Int) {
        let (w, h) = inches(dpi: dpi)
        let width = (w * dpi).rounded(), height = (h * dpi).rounded()
        guard dpi > 0, width >= 1, height >= 1, width <= Double(Self.maximumPixels), height <= Double(Self.maximumPixels)
        else { throw PlottingError.badFigureSize(width: w, height: h, dpi: dpi) }
        return (Int(width), Int(height))
    }
}

/// A drawn figure: its RGBA raster, and how to draw it again at another resolution.
///
/// Figures are values; plotting functions return one and also hand it to ``FigureCapture``
/// so the tutorial runner shows it under the step that drew it.
public struct Figure: CapturableFigure {
    /// The pixels, top row first.
    public let canvas: Canvas
    /// Dots per inch the raster was drawn at (text and line sizes are in points).
    public let dpi: Double
    /// What the figure shows, e.g. `"plot_stat_map: SVM weights"`.
    public let altText: String
    /// Where each brain cut was drawn (empty for figures that are not brain slices).
    public let panels: [PanelGeometry]
    private let redraw: @Sendable (Double) throws -> (Canvas, [PanelGeometry])

    init(dpi: Double, altText: String, redraw: @escaping @Sendable (Double) throws -> (Canvas, [PanelGeometry])) throws {
        (canvas, panels) = try redraw(dpi)
        self.dpi = dpi
        self.altText = altText
        self.redraw = redraw
    }

    /// Width in pixels at the figure's dpi.
    public var width: Int { canvas.width }
    /// Height in pixels at the figure's dpi.
    public var height: Int { canvas.height }

    /// The same figure drawn at `dpi` (same size in inches, more or fewer pixels).
    public func rendered(dpi: Double) throws -> Figure {
        dpi == self.dpi ? self : try Figure(dpi: dpi, altText: altText, redraw: redraw)
    }

    /// The figure as a PNG file recording its dpi, as `savefig` writes it.
    /// - Throws: ``PlottingError/png(_:)`` when libpng fails.
    public func pngData() throws -> [UInt8] {
        do {
            return try PNGCodec.encode(width: canvas.width, height: canvas.height, rgba: canvas.pixels, dpi: dpi)
        } catch let failure as PNGCodec.Failure {
            throw PlottingError.png(failure.description)
        }
    }

    /// Writes the figure as a PNG file at `path` (drawn again first when `dpi` differs).
    /// The bytes go to a temporary file beside `path` that is then renamed over it, so a
    /// reader never sees a half-written image.
    public func save(to path: String, dpi: Double? = nil) throws {
        let figure = try dpi.map { try rendered(dpi: $0) } ?? self
        let bytes = try figure.pngData()
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString).tmp")
        do {
            try Data(bytes).write(to: temporary)
        } catch {
            throw PlottingError.unwritablePath(path: path, reason: Figure.reason(error))
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw PlottingError.unwritablePath(path: path, reason: reason)
        }
    }

    private static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return ns.localizedDescription
    }
}

/// Where one cut of a brain figure lies: its world plane and the pixel rectangle showing it.
public struct PanelGeometry: Sendable, Equatable {
    /// World axis the cut is perpendicular to (0 = x, sagittal; 1 = y, coronal; 2 = z, axial).
    public let axis: Int
    /// The cut's position on that axis, in mm.
    public let coordinate: Double
    /// Pixel rectangle of the image (fractional; y grows downwards).
    public let x0: Double, y0: Double, x1: Double, y1: Double
    /// World window shown across the cut (horizontal), in mm.
    public let horizontal: ClosedRange<Double>
    /// World window up the cut (vertical), in mm.
    public let vertical: ClosedRange<Double>

    /// The pixel position showing world point `p` projected onto this cut.
    public func pixel(of p: SIMD3<Double>) -> (x: Double, y: Double) {
        let (h, v) = SliceScene.planeAxes(axis)
        let x = x0 + (p[h] - horizontal.lowerBound) / (horizontal.upperBound - horizontal.lowerBound) * (x1 - x0)
        let y = y1 - (p[v] - vertical.lowerBound) / (vertical.upperBound - vertical.lowerBound) * (y1 - y0)
        return (x, y)
    }
}
