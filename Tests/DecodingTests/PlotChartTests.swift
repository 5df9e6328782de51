import Foundation
import Testing
import TestSupport
@testable import Decoding

/// The bar charts of nilearn's `plot_haxby_full_analysis.py` and
/// `plot_haxby_different_estimators.py`, ported call by call, against matplotlib's layout of the
/// same data (Fixtures/plot/bar_charts.json from scripts/golden/plot_bar_reference.py). With
/// `PLOT_PREVIEW_DIR` set, the PNGs are written there to compare with the script's.
@Suite struct PlotChartTests {
    /// matplotlib's layout of one chart: the figure size and the axes box in pixels, and each axis.
    struct Layout: Decodable {
        let figure: [Double]
        let axes: [Double]
        let x: Axis
        let y: Axis
    }

    /// One axis: its data limits and the ticks matplotlib draws within them.
    struct Axis: Decodable {
        let limits: [Double]
        let ticks: [Double]
    }

    static func golden(_ name: String) throws -> Layout {
        try #require(try Fixture.decode("plot/bar_charts.json", as: [String: Layout].self)[name])
    }

    static let categories = ["face", "house", "cat", "bottle", "scissors", "shoe", "chair", "scrambledpix"]

    static func fullAnalysis() throws -> Chart {
        let masks: [(String, [Double], [Double])] = [
            ("mask_vt", [0.93, 0.97, 0.81, 0.72, 0.74, 0.77, 0.69, 0.9], [0.5, 0.52, 0.49, 0.5, 0.47, 0.51, 0.5, 0.48]),
            ("mask_face", [0.86, 0.66, 0.62, 0.55, 0.58, 0.6, 0.57, 0.7], [0.48, 0.5, 0.51, 0.49, 0.5, 0.52, 0.47, 0.5]),
            ("mask_house", [0.7, 0.93, 0.65, 0.6, 0.61, 0.62, 0.66, 0.78], [0.51, 0.49, 0.5, 0.5, 0.52, 0.48, 0.5, 0.49]),
        ]
        var chart = Chart()
        var positions = categories.indices.map(Double.init)
        chart.xticks(positions, categories, rotation: 45)
        for (color, (name, means, chance)) in zip(["r", "g", "b"], masks) {
            try chart.bar(positions, means, width: 0.25, label: name, color: .named(color))
            try chart.bar(positions, chance, width: 0.25, edgeColor: .black, fill: false)
            positions = positions.map { $0 + 0.2 }
        }
        chart.ylabel("Classification accuracy (AUC score)")
        chart.xlabel("Visual stimuli category")
        chart.ylim(0.3, 1)
        chart.legend(.lowerRight)
        chart.title("Category-specific classification accuracy for different masks")
        return chart
    }

    static func differentEstimators() throws -> Chart {
        let classifiers: [(String, Double)] = [
            ("svc_l2", 0.80), ("svc_l1", 0.84), ("logistic_l1", 0.83), ("logistic_l2", 0.79), ("ridge_classifier", 0.78),
        ]
        let all = ["AVERAGE", "bottle", "cat", "chair", "face", "house", "scissors", "scrambledpix", "shoe"]
        var chart = Chart(size: .inches(width: 8, height: 6))
        var positions = all.indices.map(Double.init)
        chart.yticks(positions.map { $0 + 0.25 }, all)
        for (color, (name, base)) in zip(["b", "m", "k", "r", "g"], classifiers) {
            let scores = all.indices.map { base + 0.02 * sin(Double(3 * $0 + name.count)) }
            try chart.barh(positions, scores, height: 0.1, label: name.replacingOccurrences(of: "_", with: " "),
                           color: .named(color))
            positions = positions.map { $0 + 0.1 }
        }
        chart.xlabel("Classification accuracy (AUC score)")
        chart.ylabel("Visual stimuli category")
        chart.xlim(0.5)
        chart.legend(.anchored(x: 1.3, y: 0.2))
        chart.title("Category-specific classification accuracy for different classifiers")
        return chart
    }

    @Test(arguments: ["full_analysis", "different_estimators"])
    func layoutMatchesMatplotlib(_ name: String) throws {
        let golden = try Self.golden(name)
        let chart = name == "full_analysis" ? try Self.fullAnalysis() : try Self.differentEstimators()
        let figure = try chart.draw()
        #expect(figure.altText.hasPrefix("bar chart: Category-specific"))
        expectEqual([Double(figure.width), Double(figure.height)], golden.figure)
        let (x, y) = chart.limits()
        // Ticks as the renderer draws them: the ones given, else automatic ones over the limits.
        for (axis, range, given, want) in [("x", x, chart.xTicks, golden.x), ("y", y, chart.yTicks, golden.y)] {
            #expect(Self.close([range.lowerBound, range.upperBound], want.limits), "\(name) \(axis) limits \(range) vs matplotlib \(want.limits)")
            let ticks = given?.positions ?? AxisTicks.nice(range.lowerBound, range.upperBound)
            #expect(Self.close(ticks, want.ticks), "\(name) \(axis) ticks \(ticks) vs matplotlib \(want.ticks)")
        }
        if let dir = ProcessInfo.processInfo.environment["PLOT_PREVIEW_DIR"] {
            try figure.save(to: dir + "/chart_\(name).png")
        }
        // The axes box from the spines (columns and rows dark over most of the box), within a
        // few pixels of matplotlib's: text extents differ slightly between the two renderers.
        let c = figure.canvas
        // Spines are anti-aliased grey (a 0.8 pt line over two pixels); bars are coloured or short.
        func dark(_ x: Int, _ y: Int) -> Bool {
            let p = c[x, y]
            return p.red < 0.75 && abs(p.red - p.green) < 0.05 && abs(p.green - p.blue) < 0.05
        }
        let rows = Int(golden.axes[1]) + 10..<Int(golden.axes[3]) - 10
        let columns = Int(golden.axes[0]) + 10..<Int(golden.axes[2]) - 10
        let spines = (0..<c.width).filter { x in rows.filter { dark(x, $0) }.count > rows.count * 9 / 10 }
        let edges = (0..<c.height).filter { y in columns.filter { dark($0, y) }.count > columns.count * 9 / 10 }
        let box = [spines.first, edges.first, spines.last, edges.last].map { $0.map(Double.init) ?? -100 }
        // matplotlib lets the outside legend overlap the axes' right edge; ours sits beside it.
        let tolerance = name == "different_estimators" ? [8, 8, 30, 8.0] : [8, 8, 8, 8.0]
        for (i, (got, want)) in zip(box, golden.axes).enumerated() {
            #expect(abs(got - want) <= tolerance[i], "\(name): axes box \(box), matplotlib \(golden.axes)")
        }
    }

    static func close(_ got: [Double], _ want: [Double]) -> Bool {
        got.count == want.count && zip(got, want).allSatisfy { abs($0 - $1) < 1e-9 }
    }

    @Test func automaticTicksAndColoursFollowMatplotlib() throws {
        var chart = Chart()
        try chart.bar([0, 1, 2], [3, 1, 2])
        try chart.bar([0.3, 1.3, 2.3], [1, 2, 3])
        let (x, y) = chart.limits()
        #expect(y == 0...3.15 && abs(x.lowerBound - -0.555) < 1e-12)
        expectEqual(chart.bars.map(\.face), [Colormap.tab10[0], Colormap.tab10[1]])
        expectEqual(AxisTicks.nice(y.lowerBound, y.upperBound), [0, 0.5, 1, 1.5, 2, 2.5, 3])
    }

    @Test func mismatchedInputsAreErrors() throws {
        var chart = Chart()
        #expect(throws: PlottingError.barCount(positions: 2, values: 3)) { try chart.bar([0, 1], [1, 2, 3]) }
        chart.xticks([0, 1], ["a"])
        #expect(throws: PlottingError.tickLabelCount(axis: "x", positions: 2, labels: 1)) { try chart.draw() }
        expectEqual(PlottingError.tickLabelCount(axis: "x", positions: 2, labels: 1).description, "the x axis has 2 tick position(s) but 1 tick label(s) were given")
        #expect(PlottingError.barCount(positions: 2, values: 3).description.contains("2 positions and 3 values"))
    }
}
