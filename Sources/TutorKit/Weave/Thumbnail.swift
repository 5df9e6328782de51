import Foundation

/// Card pictures: a figure PNG scaled down to fit a fixed box, centred on white. Area
/// averaging keeps thin lines and text legible at small size.
enum Thumbnail {
    enum Failure: Error, CustomStringConvertible {
        case unreadable(String, message: String)
        case unwritable(String)
        var description: String {
            switch self {
            case .unreadable(let what, let message): "thumbnail: cannot read PNG \(what): \(message)"
            case .unwritable(let what): "thumbnail: cannot encode PNG for \(what)"
            }
        }
    }

    /// The same box sphinx-gallery uses (400 × 280).
    static let width = 400, height = 280

    /// A thumbnail PNG made from `png` (named `what` in errors).
    static func make(from png: [UInt8], what: String) throws -> [UInt8] {
        let (rgba, w, h) = try decode(png, what: what)
        let scale = min(Double(width) / Double(w), Double(height) / Double(h), 1)
        let tw = max(1, Int((Double(w) * scale).rounded())), th = max(1, Int((Double(h) * scale).rounded()))
        var canvas = [UInt8](repeating: 255, count: width * height * 4)
        let ox = (width - tw) / 2, oy = (height - th) / 2
        for ty in 0..<th {
            let y0 = Double(ty) / scale, y1 = Double(ty + 1) / scale
            for tx in 0..<tw {
                let x0 = Double(tx) / scale, x1 = Double(tx + 1) / scale
                var acc = (0.0, 0.0, 0.0, 0.0), area = 0.0
                var y = Int(y0)
                while Double(y) < y1 && y < h {
                    let wy = min(y1, Double(y + 1)) - max(y0, Double(y))
                    var x = Int(x0)
                    while Double(x) < x1 && x < w {
                        let wx = min(x1, Double(x + 1)) - max(x0, Double(x))
                        let p = (y * w + x) * 4, a = Double(rgba[p + 3]) / 255, wt = wx * wy
                        // Composite on white while averaging, so transparent pixels read as paper.
                        acc.0 += wt * (Double(rgba[p]) * a + 255 * (1 - a))
                        acc.1 += wt * (Double(rgba[p + 1]) * a + 255 * (1 - a))
                        acc.2 += wt * (Double(rgba[p + 2]) * a + 255 * (1 - a))
                        area += wt
                        x += 1
                    }
                    y += 1
                }
                let q = ((oy + ty) * width + ox + tx) * 4
                if area > 0 {
                    canvas[q] = UInt8(min(255, (acc.0 / area).rounded()))
                    canvas[q + 1] = UInt8(min(255, (acc.1 / area).rounded()))
                    canvas[q + 2] = UInt8(min(255, (acc.2 / area).rounded()))
                }
            }
        }
        return try encode(canvas, width: width, height: height, what: what)
    }

    static func decode(_ png: [UInt8], what: String) throws -> (rgba: [UInt8], width: Int, height: Int) {
        do {
            return try PNGRaster.decode(png)
        } catch {
            throw Failure.unreadable(what, message: error.description)
        }
    }

    static func encode(_ rgba: [UInt8], width: Int, height: Int, what: String) throws -> [UInt8] {
        do {
            return try PNGRaster.encode(rgba, width: width, height: height)
        } catch {
            throw Failure.unwritable(what)
        }
    }
}
