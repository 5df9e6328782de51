import Foundation

extension Canvas {
    /// Draws `text` rotated counter-clockwise by `degrees`, placed as matplotlib places rotated
    /// tick labels: the rotated text's bounding box is aligned on (`x`, `y`).
    mutating func rotatedText(_ text: String, degrees: Double, x: Double, y: Double, font: FigureFont, pixelSize: Double,
                              color: RGBA, horizontal: HorizontalAlignment, vertical: VerticalAlignment) {
        let extent = font.extent(text, pixelSize: pixelSize)
        let w = max(1, Int(extent.width.rounded(.up)) + 2), h = max(1, Int(extent.height.rounded(.up)) + 2)
        var mask = Canvas(width: w, height: h, background: .clear)
        font.draw(text, on: &mask, x: 1, baseline: 1 + extent.ascent, pixelSize: pixelSize, color: .white)
        let angle = degrees * Double.pi / 180
        let c = cos(angle), s = sin(angle)
        let rw = abs(Double(w) * c) + abs(Double(h) * s), rh = abs(Double(w) * s) + abs(Double(h) * c)
        let left: Double
        switch horizontal {
        case .left: left = x
        case .center: left = x - rw / 2
        case .right: left = x - rw
        }
        let top: Double
        switch vertical {
        case .top: top = y
        case .center: top = y - rh / 2
        case .bottom: top = y - rh
        }
        let cx = left + rw / 2, cy = top + rh / 2
        for py in Int(top.rounded(.down))...Int((top + rh).rounded(.up)) {
            for px in Int(left.rounded(.down))...Int((left + rw).rounded(.up)) {
                let dx = Double(px) + 0.5 - cx, dy = Double(py) + 0.5 - cy
                // Inverse of a counter-clockwise turn on a y-down raster.
                let sx = dx * c - dy * s + Double(w) / 2, sy = dx * s + dy * c + Double(h) / 2
                let coverage = mask.bilinearAlpha(sx - 0.5, sy - 0.5)
                if coverage > 0 { blend(x: px, y: py, color, coverage: coverage) }
            }
        }
    }

    /// Alpha at a fractional pixel position (0 outside).
    private func bilinearAlpha(_ x: Double, _ y: Double) -> Float {
        let x0 = Int(x.rounded(.down)), y0 = Int(y.rounded(.down))
        let fx = Float(x - Double(x0)), fy = Float(y - Double(y0))
        func a(_ px: Int, _ py: Int) -> Float {
            guard px >= 0, py >= 0, px < width, py < height else { return 0 }
            return Float(pixels[4 * (py * width + px) + 3]) / 255
        }
        let top = a(x0, y0) * (1 - fx) + a(x0 + 1, y0) * fx
        let bottom = a(x0, y0 + 1) * (1 - fx) + a(x0 + 1, y0 + 1) * fx
        return top * (1 - fy) + bottom * fy
    }
}
