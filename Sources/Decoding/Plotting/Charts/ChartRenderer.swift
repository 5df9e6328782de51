import Foundation

/// Lays a ``Chart`` out as matplotlib's constrained layout does with the default rcParams
/// (3 pt figure padding; 10 pt tick labels 3.5 pt beyond 3.5 pt ticks; axis labels 4 pt
/// further; a 12 pt title 6 pt above the axes) and draws it.
extension Chart {
    /// The data window of each axis: given limits, else the bars' extent with matplotlib's 5%
    /// margins — except at a bar's base (0), which stays on the edge (sticky edges).
    func limits() -> (x: ClosedRange<Double>, y: ClosedRange<Double>) {
        func range(horizontalBars: Bool, given: (lower: Double?, upper: Double?)) -> ClosedRange<Double> {
            var lo = Double.infinity, hi = -Double.infinity, sticky: Set<Double> = []
            for b in bars {
                for (p, v) in zip(b.positions, b.values) where p.isFinite && v.isFinite {
                    if b.horizontal == horizontalBars {
                        lo = Swift.min(lo, Swift.min(0, v)); hi = Swift.max(hi, Swift.max(0, v))
                        sticky.insert(0)
                    } else {
                        lo = Swift.min(lo, p - b.thickness / 2); hi = Swift.max(hi, p + b.thickness / 2)
                    }
                }
            }
            if lo > hi { (lo, hi) = (0, 1) }
            let margin = 0.05 * (hi - lo)
            let low = given.lower ?? (sticky.contains(lo) ? lo : lo - margin)
            let high = given.upper ?? (sticky.contains(hi) ? hi : hi + margin)
            return low < high ? low...high : low...(low + 1)
        }
        return (range(horizontalBars: true, given: xLimits), range(horizontalBars: false, given: yLimits))
    }

    func render(dpi: Double) throws -> Canvas {
        let font = try FigureFont.shared()
        let (width, height) = try size.pixels(dpi: dpi)
        var canvas = Canvas(width: width, height: height, background: .white)
        let pt = { (p: Double) in p * dpi / 72 }
        let tickSize = pt(10), titleSize = pt(12), tickOut = pt(3.5), tickPad = pt(3.5), labelPad = pt(4)
        let (xr, yr) = limits()
        let xt = ticks(xTicks, xr), yt = ticks(yTicks, yr)

        // Room around the axes, outermost first.
        func box(_ text: String, _ degrees: Double) -> (w: Double, h: Double) {
            let e = font.extent(text, pixelSize: tickSize), a = degrees * Double.pi / 180
            return (abs(e.width * cos(a)) + abs(e.height * sin(a)), abs(e.width * sin(a)) + abs(e.height * cos(a)))
        }
        let pad = pt(3)
        let yTickWidth = yt.map { box($0.label, yTicks?.rotation ?? 0).w }.max() ?? 0
        let xTickHeight = xt.map { box($0.label, xTicks?.rotation ?? 0).h }.max() ?? 0
        let left = pad + (yLabel.map { font.extent($0, pixelSize: tickSize).height + labelPad } ?? 0)
            + yTickWidth + tickPad + tickOut
        let top = pad + (titleText.map { font.extent($0, pixelSize: titleSize).height + pt(6) } ?? 0)
        let bottom = Double(height) - pad - (xLabel.map { font.extent($0, pixelSize: tickSize).height + labelPad } ?? 0)
            - xTickHeight - tickPad - tickOut
        let legend = legendLayout(font: font, pixelSize: tickSize, pt: pt)
        var right = Double(width) - pad
        // A legend anchored right of the axes gets its own column (matplotlib's constrained
        // layout lets it overlap the axes' right edge by a few pixels; ours sits beside them).
        if case .anchored(let ax, _) = legendLocation, ax > 1, let legend { right -= legend.width + pt(5) }
        let frame = (x0: left.rounded(), y0: top.rounded(), x1: right.rounded(), y1: bottom.rounded())
        func px(_ x: Double) -> Double { frame.x0 + (x - xr.lowerBound) / (xr.upperBound - xr.lowerBound) * (frame.x1 - frame.x0) }
        func py(_ y: Double) -> Double { frame.y1 - (y - yr.lowerBound) / (yr.upperBound - yr.lowerBound) * (frame.y1 - frame.y0) }

        var rects: [(x0: Double, y0: Double, x1: Double, y1: Double)] = []
        for b in bars {
            for (p, v) in zip(b.positions, b.values) where p.isFinite && v.isFinite {
                let (a0, a1) = (p - b.thickness / 2, p + b.thickness / 2)
                var r = b.horizontal ? (x0: px(Swift.min(0, v)), y0: py(a1), x1: px(Swift.max(0, v)), y1: py(a0))
                                     : (x0: px(a0), y0: py(Swift.max(0, v)), x1: px(a1), y1: py(Swift.min(0, v)))
                r = (Swift.max(r.x0, frame.x0), Swift.max(r.y0, frame.y0), Swift.min(r.x1, frame.x1), Swift.min(r.y1, frame.y1))
                guard r.x1 > r.x0, r.y1 > r.y0 else { continue }
                rects.append(r)
                if let face = b.face { canvas.fill(x0: r.x0, y0: r.y0, x1: r.x1, y1: r.y1, face) }
                if let edge = b.edge { canvas.strokeRect(x0: r.x0, y0: r.y0, x1: r.x1, y1: r.y1, width: pt(1), edge) }
            }
        }
        canvas.strokeRect(x0: frame.x0, y0: frame.y0, x1: frame.x1, y1: frame.y1, width: pt(0.8), .black)
        for t in xt where t.value >= xr.lowerBound - 1e-9 && t.value <= xr.upperBound + 1e-9 {
            let x = px(t.value)
            canvas.verticalLine(x: x, y0: frame.y1, y1: frame.y1 + tickOut, width: pt(0.8), .black)
            let rotation = xTicks?.rotation ?? 0
            canvas.rotatedText(t.label, degrees: rotation, x: x, y: frame.y1 + tickOut + tickPad, font: font,
                               pixelSize: tickSize, color: .black, horizontal: .center, vertical: .top)
        }
        for t in yt where t.value >= yr.lowerBound - 1e-9 && t.value <= yr.upperBound + 1e-9 {
            let y = py(t.value)
            canvas.horizontalLine(y: y, x0: frame.x0 - tickOut, x1: frame.x0, width: pt(0.8), .black)
            canvas.text(t.label, x: frame.x0 - tickOut - tickPad, y: y, font: font, pixelSize: tickSize, color: .black,
                        horizontal: .right, vertical: .center)
        }
        if let xLabel {
            canvas.text(xLabel, x: (frame.x0 + frame.x1) / 2, y: frame.y1 + tickOut + tickPad + xTickHeight + labelPad,
                        font: font, pixelSize: tickSize, color: .black, horizontal: .center, vertical: .top)
        }
        if let yLabel {
            canvas.rotatedText(yLabel, degrees: 90, x: frame.x0 - tickOut - tickPad - yTickWidth - labelPad,
                               y: (frame.y0 + frame.y1) / 2, font: font, pixelSize: tickSize, color: .black,
                               horizontal: .right, vertical: .center)
        }
        if let titleText {
            canvas.text(titleText, x: (frame.x0 + frame.x1) / 2, y: frame.y0 - pt(6), font: font, pixelSize: titleSize,
                        color: .black, horizontal: .center, vertical: .bottom)
        }
        if let legend, let location = legendLocation {
            let origin = legendOrigin(location, legend, frame: frame, figureWidth: Double(width), pad: pad,
                                      gap: pt(5), covered: rects)
            drawLegend(legend, at: origin, on: &canvas, font: font, pixelSize: tickSize, pt: pt)
        }
        return canvas
    }

    /// Tick values and labels: the given ones, else matplotlib's automatic ticks.
    private func ticks(_ given: Ticks?, _ range: ClosedRange<Double>) -> [(value: Double, label: String)] {
        if let given { return Array(zip(given.positions, given.labels)).map { (value: $0.0, label: $0.1) } }
        let values = AxisTicks.nice(range.lowerBound, range.upperBound)
        return Array(zip(values, AxisTicks.labels(values))).map { (value: $0.0, label: $0.1) }
    }
}
