/// The chart's legend with matplotlib's default metrics, in units of the font size (em):
/// border padding 0.4, rows 0.5 apart, a 2.0×0.7 patch per entry 0.8 before its label,
/// 0.5 from the axes; a white frame at 80% opacity with a light grey (0.8) edge.
extension Chart {
    struct Legend {
        let entries: [(label: String, face: RGBA?, edge: RGBA?)]
        let width: Double, height: Double
        let rowHeight: Double
    }

    func legendLayout(font: FigureFont, pixelSize em: Double, pt: (Double) -> Double) -> Legend? {
        let entries = bars.compactMap { b in b.label.map { (label: $0, face: b.face, edge: b.edge) } }
        guard legendLocation != nil, !entries.isEmpty else { return nil }
        let textWidth = entries.map { font.extent($0.label, pixelSize: em).width }.max() ?? 0
        let rowHeight = max(entries.map { font.extent($0.label, pixelSize: em).height }.max() ?? 0, 0.7 * em)
        let width = 2 * 0.4 * em + 2.0 * em + 0.8 * em + textWidth
        let rows = Double(entries.count)
        let height = 2 * 0.4 * em + rows * rowHeight + (rows - 1) * 0.5 * em
        return Legend(entries: entries, width: width, height: height, rowHeight: rowHeight)
    }

    /// Top-left corner of the legend box. Corners sit `gap` inside the axes; an anchored
    /// legend hangs from its point (its top at the anchor's height), moved left to stay in
    /// the figure; `best` takes the first corner (upper right, upper left, lower left, lower
    /// right) that covers the least bar area.
    func legendOrigin(_ location: LegendLocation, _ legend: Legend, frame: (x0: Double, y0: Double, x1: Double, y1: Double),
                      figureWidth: Double, pad: Double, gap: Double,
                      covered: [(x0: Double, y0: Double, x1: Double, y1: Double)]) -> (x: Double, y: Double) {
        func corner(_ c: LegendLocation) -> (x: Double, y: Double) {
            let left = frame.x0 + gap, right = frame.x1 - gap - legend.width
            let top = frame.y0 + gap, bottom = frame.y1 - gap - legend.height
            switch c {
            case .upperLeft: return (left, top)
            case .lowerLeft: return (left, bottom)
            case .lowerRight: return (right, bottom)
            default: return (right, top)
            }
        }
        switch location {
        case .anchored(let ax, let ay):
            let x = frame.x0 + ax * (frame.x1 - frame.x0), y = frame.y1 - ay * (frame.y1 - frame.y0)
            return (min(x, figureWidth - pad - legend.width), y + gap)
        case .best:
            func overlap(_ o: (x: Double, y: Double)) -> Double {
                covered.reduce(0) { sum, r in
                    let w = min(r.x1, o.x + legend.width) - max(r.x0, o.x), h = min(r.y1, o.y + legend.height) - max(r.y0, o.y)
                    return sum + max(0, w) * max(0, h)
                }
            }
            let candidates: [LegendLocation] = [.upperRight, .upperLeft, .lowerLeft, .lowerRight]
            let best = candidates.min { overlap(corner($0)) < overlap(corner($1)) } ?? .upperRight
            return corner(best)
        default:
            return corner(location)
        }
    }

    func drawLegend(_ legend: Legend, at origin: (x: Double, y: Double), on canvas: inout Canvas, font: FigureFont,
                    pixelSize em: Double, pt: (Double) -> Double) {
        let (x0, y0) = (origin.x, origin.y)
        canvas.fill(x0: x0, y0: y0, x1: x0 + legend.width, y1: y0 + legend.height, RGBA.white.fading(0.8))
        canvas.strokeRect(x0: x0, y0: y0, x1: x0 + legend.width, y1: y0 + legend.height, width: pt(1), .gray(0.8))
        for (row, entry) in legend.entries.enumerated() {
            let top = y0 + 0.4 * em + Double(row) * (legend.rowHeight + 0.5 * em)
            let centre = top + legend.rowHeight / 2
            let patch = (x0: x0 + 0.4 * em, y0: centre - 0.35 * em, x1: x0 + 2.4 * em, y1: centre + 0.35 * em)
            if let face = entry.face { canvas.fill(x0: patch.x0, y0: patch.y0, x1: patch.x1, y1: patch.y1, face) }
            if let edge = entry.edge {
                canvas.strokeRect(x0: patch.x0, y0: patch.y0, x1: patch.x1, y1: patch.y1, width: pt(1), edge)
            }
            canvas.text(entry.label, x: x0 + 3.2 * em, y: centre, font: font, pixelSize: em, color: .black,
                        horizontal: .left, vertical: .center)
        }
    }
}
