import Foundation

/// A heat map with labelled rows and columns on a white figure, laid out like matplotlib's
/// constrained layout does for nilearn's `plot_matrix`: square cells, title above, colorbar at
/// the right (5% of the matrix width, 0.05 in away), the group centred.
struct MatrixScene: Sendable {
    let values: [Double]
    let rows: Int, columns: Int
    let labels: [String]
    let title: String?
    let colormap: Colormap
    let vmin: Double, vmax: Double
    let colorbar: Bool
    let size: FigureSize

    func render(dpi: Double) throws -> Canvas {
        let font = try FigureFont.shared()
        let (width, height) = try size.pixels(dpi: dpi)
        var canvas = Canvas(width: width, height: height, background: .white)
        let pt = { (p: Double) in p * dpi / 72 }
        let labelSize = pt(10 * 0.694), tickSize = pt(10), titleSize = pt(16)
        let tickGap = pt(3.5 + 3.5), edge = pt(4)

        // Room taken by the rotated labels (bounding boxes of the turned text).
        func rotatedBox(_ text: String, _ degrees: Double) -> (Double, Double) {
            let e = font.extent(text, pixelSize: labelSize), a = degrees * Double.pi / 180
            return (abs(e.width * cos(a)) + abs(e.height * sin(a)), abs(e.width * sin(a)) + abs(e.height * cos(a)))
        }
        let rowLabelWidth = labels.map { rotatedBox($0, 10).0 }.max() ?? 0
        let columnLabelHeight = labels.map { rotatedBox($0, 50).1 }.max() ?? 0
        let titleHeight = title.map { font.extent($0, pixelSize: titleSize).height + pt(6) } ?? 0
        let ticks = AxisTicks.nice(vmin, vmax)
        let tickLabels = AxisTicks.labels(ticks)
        let tickLabelWidth = tickLabels.map { font.extent($0, pixelSize: tickSize).width }.max() ?? 0
        let barGap = 0.05 * dpi

        let left = (labels.isEmpty ? 0 : rowLabelWidth + tickGap)
        let bottom = (labels.isEmpty ? 0 : columnLabelHeight + tickGap)
        let availableH = Double(height) - 2 * edge - titleHeight - bottom
        let barExtra = colorbar ? barGap + tickGap + tickLabelWidth : 0
        let availableW = Double(width) - 2 * edge - left - barExtra
        let cell = max(1, min(availableH / Double(rows), availableW / (Double(columns) * (colorbar ? 1.05 : 1))))
        let matrixW = cell * Double(columns), matrixH = cell * Double(rows)
        let groupW = left + matrixW + (colorbar ? 0.05 * matrixW + barExtra : 0)
        let groupH = titleHeight + matrixH + bottom
        let x0 = ((Double(width) - groupW) / 2 + left).rounded(), y0 = ((Double(height) - groupH) / 2 + titleHeight).rounded()

        let span = vmax - vmin
        for r in 0..<rows {
            for c in 0..<columns {
                let v = values[r * columns + c]
                let color = v.isFinite ? colormap(span > 0 ? (v - vmin) / span : 0) : RGBA.clear
                canvas.fill(x0: x0 + Double(c) * cell, y0: y0 + Double(r) * cell,
                            x1: x0 + Double(c + 1) * cell, y1: y0 + Double(r + 1) * cell, color)
            }
        }
        canvas.strokeRect(x0: x0, y0: y0, x1: x0 + matrixW, y1: y0 + matrixH, width: pt(0.8), .black)
        for (i, label) in labels.enumerated() {
            let centre = (Double(i) + 0.5) * cell
            canvas.verticalLine(x: x0 + centre, y0: y0 + matrixH, y1: y0 + matrixH + pt(3.5), width: pt(0.8), .black)
            canvas.horizontalLine(y: y0 + centre, x0: x0 - pt(3.5), x1: x0, width: pt(0.8), .black)
            canvas.rotatedText(label, degrees: 50, x: x0 + centre, y: y0 + matrixH + tickGap, font: font,
                               pixelSize: labelSize, color: .black, horizontal: .right, vertical: .top)
            canvas.rotatedText(label, degrees: 10, x: x0 - tickGap, y: y0 + centre - labelSize * 0.35, font: font,
                               pixelSize: labelSize, color: .black, horizontal: .right, vertical: .top)
        }
        if let title {
            canvas.text(title, x: x0 + matrixW / 2, y: y0 - pt(6), font: font, pixelSize: titleSize, color: .black,
                        horizontal: .center, vertical: .bottom)
        }
        if colorbar && span > 0 {
            let bx0 = x0 + matrixW + barGap, bx1 = bx0 + 0.05 * matrixW
            for py in Int(y0.rounded())..<Int((y0 + matrixH).rounded()) {
                let t = (y0 + matrixH - (Double(py) + 0.5)) / matrixH
                canvas.fill(x0: bx0, y0: Double(py), x1: bx1, y1: Double(py + 1), colormap(t))
            }
            canvas.strokeRect(x0: bx0, y0: y0, x1: bx1, y1: y0 + matrixH, width: pt(0.8), .black)
            for (tick, label) in zip(ticks, tickLabels) {
                let y = y0 + matrixH - (tick - vmin) / span * matrixH
                canvas.horizontalLine(y: y, x0: bx1, x1: bx1 + pt(3.5), width: pt(0.8), .black)
                canvas.text(label, x: bx1 + tickGap, y: y, font: font, pixelSize: tickSize, color: .black,
                            horizontal: .left, vertical: .center)
            }
        }
        return canvas
    }
}
