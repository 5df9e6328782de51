import CPNG
import Foundation

/// Card pictures: a figure PNG scaled down to fit a fixed box, centred on white, through
/// libpng's simplified API. Area averaging keeps thin lines and text legible at small size.
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

    /// `PNG_FORMAT_RGBA` (a macro Swift does not import): colour | alpha flags.
    private static let rgbaFormat = png_uint_32(PNG_FORMAT_FLAG_COLOR | PNG_FORMAT_FLAG_ALPHA)

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
        var image = png_image()
        image.version = png_uint_32(PNG_IMAGE_VERSION)
        let ok = png.withUnsafeBytes { png_image_begin_read_from_memory(&image, $0.baseAddress, $0.count) }
        guard ok != 0 else { throw Failure.unreadable(what, message: message(&image)) }
        image.format = rgbaFormat
        let w = Int(image.width), h = Int(image.height)
        var pixels = [UInt8](repeating: 0, count: w * h * 4)
        let done = pixels.withUnsafeMutableBytes { png_image_finish_read(&image, nil, $0.baseAddress, Int32(w * 4), nil) }
        guard done != 0 else {
            let text = message(&image)
            png_image_free(&image)
            throw Failure.unreadable(what, message: text)
        }
        return (pixels, w, h)
    }

    static func encode(_ rgba: [UInt8], width: Int, height: Int, what: String) throws -> [UInt8] {
        var image = png_image()
        image.version = png_uint_32(PNG_IMAGE_VERSION)
        image.width = png_uint_32(width)
        image.height = png_uint_32(height)
        image.format = rgbaFormat
        var size: png_alloc_size_t = 0
        let stride = Int32(width * 4)
        let sized = rgba.withUnsafeBytes { png_image_write_to_memory(&image, nil, &size, 0, $0.baseAddress, stride, nil) }
        guard sized != 0, size > 0 else { throw Failure.unwritable(what) }
        var out = [UInt8](repeating: 0, count: Int(size))
        let written = out.withUnsafeMutableBytes { buf in
            rgba.withUnsafeBytes { png_image_write_to_memory(&image, buf.baseAddress, &size, 0, $0.baseAddress, stride, nil) }
        }
        guard written != 0 else { throw Failure.unwritable(what) }
        return Array(out.prefix(Int(size)))
    }

    private static func message(_ image: inout png_image) -> String {
        withUnsafeBytes(of: &image.message) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
    }
}
