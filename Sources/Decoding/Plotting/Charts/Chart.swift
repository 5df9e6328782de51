/// A bar chart drawn the way matplotlib draws one with its default style (DejaVu Sans, the
/// tab10 colour cycle, 6.4×4.8 in at 100 dpi, four spines, ticks out), built with the calls a
/// pyplot script makes, so nilearn's examples port line by line:
///
/// ```swift
/// var chart = Chart()                                   // plt.figure()
/// chart.xticks(positions, categories, rotation: 45)     // plt.xticks(…, rotation=45)
/// try chart.bar(positions, means, width: 0.25, label: "mask_vt", color: .named("r"))
/// try chart.bar(positions, chance, width: 0.25, edgeColor: .black, fill: false)
/// chart.ylabel("Classification accuracy (AUC score)")
/// chart.ylim(0.3, 1)
/// chart.legend(.lowerRight)
/// chart.title("Category-specific classification accuracy for different masks")
/// try chart.draw()                                      // plt.show()
/// ```
///
/// Grouped bars are bars at offset positions, as in matplotlib. ``draw()`` returns the
/// ``Figure`` and hands it to ``FigureCapture`` like every plot.
public struct Chart: Sendable {
    /// Where the legend goes: a corner inside the axes (`best`: the corner its box covers least
    /// of the bars, matplotlib's order on ties), or anchored at a point in axes fractions
    /// (matplotlib's `bbox_to_anchor`; a point right of the axes puts the legend outside them,
    /// and the axes shrink to leave it room).
    public enum LegendLocation: Sendable, Equatable {
        /// The inside corner whose legend box covers the fewest bars (matplotlib's `"best"`).
        case best
        /// Inside the axes, top right (matplotlib's `"upper right"`).
        case upperRight
        /// Inside the axes, top left (matplotlib's `"upper left"`).
        case upperLeft
        /// Inside the axes, bottom left (matplotlib's `"lower left"`).
        case lowerLeft
        /// Inside the axes, bottom right (matplotlib's `"lower right"`).
        case lowerRight
        /// At this point in axes fractions (matplotlib's `bbox_to_anchor`; `(1, 1)` is the top
        /// right corner); `x > 1` puts it outside, right of the axes, which shrink to make room.
        case anchored(x: Double, y: Double)
    }

    /// One `bar`/`barh` call: bars along the positional axis, values along the other.
    struct Bars: Sendable {
        let positions: [Double]
        let values: [Double]
        let thickness: Double
        let horizontal: Bool
        let label: String?
        let face: RGBA?
        let edge: RGBA?
    }

    struct Ticks: Sendable {
        let positions: [Double]
        let labels: [String]
        let rotation: Double
    }

    /// The figure's size in inches (`figsize`).
    public var size: FigureSize
    /// Pixels per inch of the rendered figure.
    public var dpi: Double
    var bars: [Bars] = []
    var xTicks: Ticks?, yTicks: Ticks?
    var xLabel: String?, yLabel: String?, titleText: String?
    var xLimits: (lower: Double?, upper: Double?) = (nil, nil)
    var yLimits: (lower: Double?, upper: Double?) = (nil, nil)
    var legendLocation: LegendLocation?
    private var cycle = 0

    /// matplotlib's default figure: 6.4×4.8 in at 100 dpi.
    public init(size: FigureSize = .inches(width: 6.4, height: 4.8), dpi: Double = 100) {
        self.size = size
        self.dpi = dpi
    }

    /// Vertical bars of `heights` centred on `x` (`plt.bar`). Without `color` the bar takes the
    /// next tab10 colour; `fill: false` draws only the edge (`facecolor="none"`).
    public mutating func bar(_ x: [Double], _ heights: [Double], width: Double = 0.8, label: String? = nil,
                             color: RGBA? = nil, edgeColor: RGBA? = nil, fill: Bool = true) throws {
        try add(x, heights, thickness: width, horizontal: false, label: label, color: color, edge: edgeColor, fill: fill)
    }

    /// Horizontal bars of `widths` centred on `y` (`plt.barh`).
    public mutating func barh(_ y: [Double], _ widths: [Double], height: Double = 0.8, label: String? = nil,
                              color: RGBA? = nil, edgeColor: RGBA? = nil, fill: Bool = true) throws {
        try add(y, widths, thickness: height, horizontal: true, label: label, color: color, edge: edgeColor, fill: fill)
    }

    private mutating func add(_ positions: [Double], _ values: [Double], thickness: Double, horizontal: Bool,
                              label: String?, color: RGBA?, edge: RGBA?, fill: Bool) throws {
        guard positions.count == values.count else {
            throw PlottingError.barCount(positions: positions.count, values: values.count)
        }
        let face = color ?? Colormap.tab10[cycle % Colormap.tab10.colors.count]
        cycle += color == nil ? 1 : 0
        bars.append(Bars(positions: positions, values: values, thickness: thickness, horizontal: horizontal,
                         label: label, face: fill ? face : nil, edge: edge))
    }

    /// Tick positions on the x axis with their labels, turned `rotation` degrees (`plt.xticks`).
    public mutating func xticks(_ positions: [Double], _ labels: [String], rotation: Double = 0) {
        xTicks = Ticks(positions: positions, labels: labels, rotation: rotation)
    }

    /// Tick positions on the y axis with their labels, turned `rotation` degrees (`plt.yticks`).
    public mutating func yticks(_ positions: [Double], _ labels: [String], rotation: Double = 0) {
        yTicks = Ticks(positions: positions, labels: labels, rotation: rotation)
    }

    /// The x axis label (`plt.xlabel`).
    public mutating func xlabel(_ text: String) { xLabel = text }
    /// The y axis label (`plt.ylabel`).
    public mutating func ylabel(_ text: String) { yLabel = text }
    /// The title above the axes (`plt.title`).
    public mutating func title(_ text: String) { titleText = text }

    /// Axis limits; a nil end stays automatic (`plt.xlim(xmin=0.5)` is `xlim(0.5, nil)`).
    public mutating func xlim(_ lower: Double?, _ upper: Double? = nil) { xLimits = (lower, upper) }
    /// y axis limits, as ``xlim(_:_:)``.
    public mutating func ylim(_ lower: Double?, _ upper: Double? = nil) { yLimits = (lower, upper) }

    /// Shows a legend of the labelled bar series (`plt.legend(loc=…)`).
    public mutating func legend(_ location: LegendLocation = .best) { legendLocation = location }

    /// Draws the chart, reports it to the tutorial runner and returns it.
    @discardableResult
    public func draw() throws -> Figure {
        for (axis, ticks) in [("x", xTicks), ("y", yTicks)] {
            if let ticks, ticks.labels.count != ticks.positions.count {
                throw PlottingError.tickLabelCount(axis: axis, positions: ticks.positions.count, labels: ticks.labels.count)
            }
        }
        let chart = self
        return try Plotting.finish("bar chart" + (titleText.map { ": \($0)" } ?? ""), dpi: dpi) {
            (try chart.render(dpi: $0), [])
        }
    }
}

extension RGBA {
    /// matplotlib's one-letter colours (`"b"`, `"g"`, `"r"`, `"c"`, `"m"`, `"y"`, `"k"`, `"w"`)
    /// and tab10's `"tab:blue"`… names; nil for anything else.
    public static func named(_ name: String) -> RGBA? {
        let letters: [String: RGBA] = [
            "b": RGBA(0, 0, 1), "g": RGBA(0, 0.5, 0), "r": RGBA(1, 0, 0), "c": RGBA(0, 0.75, 0.75),
            "m": RGBA(0.75, 0, 0.75), "y": RGBA(0.75, 0.75, 0), "k": .black, "w": .white,
        ]
        let tab = ["blue", "orange", "green", "red", "purple", "brown", "pink", "gray", "olive", "cyan"]
        if let index = tab.firstIndex(where: { "tab:\($0)" == name }) { return Colormap.tab10[index] }
        return letters[name]
    }
}
