import Foundation

/// Text placement as matplotlib's `ax.text`: anchor point plus horizontal/vertical alignment,
/// optionally on a filled box (`bbox` with `pad` in pixels).
extension Canvas {
    enum HorizontalAlignment { case left, center, right }
    enum VerticalAlignment { case top, center, bottom }

    /// Draws `text` anchored at (`x`, `y`) and returns its box (x0, y0, x1, y1), padding included.
    @discardableResult
    mutating func text(_ text: String, x: Double, y: Double, font: FigureFont, pixelSize: Double, color: RGBA,
                       horizontal: HorizontalAlignment = .left, vertical: VerticalAlignment = .bottom,
                       box: RGBA? = nil, pad: Double = 0) -> (Double, Double, Double, Double) {
        let extent = font.extent(text, pixelSize: pixelSize)
        let left: Double
        switch horizontal {
        case .left: left = x
        case .center: left = x - extent.width / 2
        case .right: left = x - extent.width
        }
        let top: Double
        switch vertical {
        case .top: top = y
        case .center: top = y - extent.height / 2
        case .bottom: top = y - extent.height
        }
        let frame = (left - pad, top - pad, left + extent.width + pad, top + extent.height + pad)
        if let box { fill(x0: frame.0, y0: frame.1, x1: frame.2, y1: frame.3, box) }
        font.draw(text, on: &self, x: left, baseline: top + extent.ascent, pixelSize: pixelSize, color: color)
        return frame
    }
}

/// Number formatting as Python's `%` operator, for labels that must read as nilearn's do.
enum PlotNumberFormat {
    /// `"%.2g" % value` (nilearn's colorbar ticks).
    static func general(_ value: Double, digits: Int = 2) -> String {
        let s = String(format: "%.\(digits)g", value)
        return s == "-0" ? "0" : s
    }

    /// `"%i" % value`: truncation toward zero, as nilearn writes `x=22`.
    static func integer(_ value: Double) -> String {
        String(Int(value.rounded(.towardZero)))
    }
}
