/// The text and colour scale around the cuts: `x=22` positions, L/R labels, the title box and
/// the colorbar, placed with nilearn's offsets.
extension SliceScene {
    /// nilearn's `annotate`: the cut position at the image's bottom-left, and L / R at 10% and
    /// 90% of the width, 5% below the top, on coronal and axial cuts (neurological view).
    func annotate(_ panel: Panel, on canvas: inout Canvas, font: FigureFont, pixelSize: Double) {
        let name = ["x", "y", "z"][panel.cut.axis]
        canvas.text("\(name)=\(PlotNumberFormat.integer(panel.cut.coordinate))", x: panel.x0, y: panel.y1, font: font,
                    pixelSize: pixelSize, color: ink, horizontal: .left, vertical: .bottom, box: paper)
        guard panel.cut.axis != 0 else { return }
        let w = panel.x1 - panel.x0, h = panel.y1 - panel.y0
        let top = panel.y0 + 0.05 * h
        canvas.text("L", x: panel.x0 + 0.1 * w, y: top, font: font, pixelSize: pixelSize, color: ink,
                    horizontal: .left, vertical: .top, box: paper)
        canvas.text("R", x: panel.x0 + 0.9 * w, y: top, font: font, pixelSize: pixelSize, color: ink,
                    horizontal: .right, vertical: .top, box: paper)
    }

    /// nilearn's `title` at 1% from the top-left corner: black text on a white box over a black
    /// figure, white on black over a white one.
    func drawTitle(_ title: String, on canvas: inout Canvas, font: FigureFont, pixelSize: Double) {
        canvas.text(title, x: 0.01 * Double(canvas.width), y: 0.01 * Double(canvas.height), font: font,
                    pixelSize: pixelSize, color: paper, horizontal: .left, vertical: .top,
                    box: ink, pad: 0.3 * pixelSize)
    }

    /// The colorbar's pixel rectangle: 5% of the figure width shared among the panels, 2% from
    /// the right edge (also per panel), 5% margins top and bottom.
    static func colorbarFrame(width: Int, height: Int, panelCount: Int) -> (x0: Double, y0: Double, x1: Double, y1: Double) {
        let w = Double(width), h = Double(height), n = Double(panelCount)
        let barWidth = 0.05 / n * w, margin = 0.02 / n * w
        let x0 = w - margin - barWidth
        return (x0, 0.05 * h, x0 + barWidth, 0.95 * h)
    }

    /// A vertical colour scale from `vmin` (bottom) to `vmax` (top), white outline, nilearn's
    /// `%.2g` tick labels (``AxisTicks/colorbar(vmin:vmax:threshold:count:)``) on its left.
    func drawColorbar(_ spec: ColorbarSpec, on canvas: inout Canvas, panelCount: Int, font: FigureFont,
                      points: (Double) -> Double) {
        let frame = SliceScene.colorbarFrame(width: canvas.width, height: canvas.height, panelCount: panelCount)
        let vmin = spec.bar.lowerBound, vmax = spec.bar.upperBound, span = vmax - vmin
        guard span > 0 else { return }
        let brain = RGBA.gray(0.5)
        for py in Int(frame.y0.rounded())..<Int(frame.y1.rounded()) {
            let t = (frame.y1 - (Double(py) + 0.5)) / (frame.y1 - frame.y0)
            let value = vmin + t * span
            var color = spec.colormap(spec.position(of: value))
            if let threshold = spec.threshold, abs(value) < threshold { color = brain }
            canvas.fill(x0: frame.x0, y0: Double(py), x1: frame.x1, y1: Double(py + 1), brain)
            canvas.fill(x0: frame.x0, y0: Double(py), x1: frame.x1, y1: Double(py + 1), color.fading(spec.alpha))
        }
        canvas.strokeRect(x0: frame.x0, y0: frame.y0, x1: frame.x1, y1: frame.y1, width: points(0.8), ink)
        let labelRight = frame.x0 - points(3.5 + 3.5)
        for value in AxisTicks.colorbar(vmin: vmin, vmax: vmax, threshold: spec.threshold)
        where value >= vmin - 0.05 * span && value <= vmax + 0.05 * span {
            // A rounded end label (0.051 for vmax 0.0506) stays at the bar's end.
            let t = max(0, min(1, (value - vmin) / span))
            let y = frame.y1 - t * (frame.y1 - frame.y0)
            canvas.text(PlotNumberFormat.general(value), x: labelRight, y: y, font: font, pixelSize: points(10),
                        color: ink, horizontal: .right, vertical: .center)
        }
    }
}
