/// An 8-bit RGBA pixel buffer, row 0 at the top, with the few drawing operations plots need:
/// alpha-blended rectangles and axis-aligned lines with sub-pixel (anti-aliased) edges.
///
/// Coordinates are in pixels with (0, 0) the top-left corner of the top-left pixel, so the
/// pixel (x, y) covers [x, x+1) × [y, y+1); fractional rectangles blend partially covered
/// border pixels by their covered area.
public struct Canvas: Sendable, Equatable {
    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int
    /// Row-major RGBA bytes, `width * height * 4`.
    public internal(set) var pixels: [UInt8]

    /// A canvas filled with `background`.
    /// - Precondition: both sides are positive.
    public init(width: Int, height: Int, background: RGBA = .black) {
        precondition(width > 0 && height > 0, "a canvas needs a positive size, got \(width)×\(height)")
        self.width = width
        self.height = height
        // The pixel's 4 bytes as one 32-bit word, repeated (the bytes in memory order).
        let pixel = unsafeBitCast(background.bytes, to: UInt32.self)
        pixels = [UInt8](unsafeUninitializedCapacity: width * height * 4) { buf, count in
            UnsafeMutableRawPointer(buf.baseAddress!).initializeMemory(as: UInt32.self, repeating: pixel, count: width * height)
            count = width * height * 4
        }
    }

    /// The colour at pixel (x, y).
    public subscript(x: Int, y: Int) -> RGBA {
        let o = 4 * (y * width + x)
        return RGBA(Float(pixels[o]) / 255, Float(pixels[o + 1]) / 255, Float(pixels[o + 2]) / 255,
                    Float(pixels[o + 3]) / 255)
    }

    /// Composites `color` over pixel (x, y) with extra opacity `coverage` (source-over).
    @inline(__always)
    public mutating func blend(x: Int, y: Int, _ color: RGBA, coverage: Float = 1) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        let o = 4 * (y * width + x)
        pixels.withUnsafeMutableBufferPointer { Canvas.blend(color, coverage: coverage, into: $0.baseAddress! + o) }
    }

    /// Source-over of `color` (opacity times `coverage`) onto the RGBA bytes at `pixel`: the one
    /// compositing rule, shared by ``blend(x:y:_:coverage:)`` and the slice renderer's rows.
    @inline(__always)
    static func blend(_ color: RGBA, coverage: Float = 1, into pixel: UnsafeMutablePointer<UInt8>) {
        let a = color.alpha * coverage
        guard a > 0 else { return }
        if a >= 1 { return put(color.bytes, into: pixel) }
        let da = Float(pixel[3]) / 255
        let outA = a + da * (1 - a)
        func mix(_ s: Float, _ d: UInt8) -> UInt8 {
            RGBA.byte((s * a + Float(d) / 255 * da * (1 - a)) / outA)
        }
        pixel[0] = mix(color.red, pixel[0])
        pixel[1] = mix(color.green, pixel[1])
        pixel[2] = mix(color.blue, pixel[2])
        pixel[3] = RGBA.byte(outA)
    }

    /// An opaque colour's `bytes` over the pixel at `pixel`: the fully opaque case of
    /// ``blend(_:coverage:into:)``, for callers holding the bytes already.
    @inline(__always)
    static func put(_ bytes: SIMD4<UInt8>, into pixel: UnsafeMutablePointer<UInt8>) {
        pixel[0] = bytes[0]; pixel[1] = bytes[1]; pixel[2] = bytes[2]; pixel[3] = 255
    }

    /// Fills the rectangle [x0, x1) × [y0, y1) (fractional edges anti-aliased).
    public mutating func fill(x0: Double, y0: Double, x1: Double, y1: Double, _ color: RGBA) {
        let left = max(0, x0), right = min(Double(width), x1)
        let top = max(0, y0), bottom = min(Double(height), y1)
        guard right > left, bottom > top else { return }
        for y in Int(top.rounded(.down))..<Int(bottom.rounded(.up)) {
            let cy = min(bottom, Double(y + 1)) - max(top, Double(y))
            for x in Int(left.rounded(.down))..<Int(right.rounded(.up)) {
                let cx = min(right, Double(x + 1)) - max(left, Double(x))
                blend(x: x, y: y, color, coverage: Float(cx * cy))
            }
        }
    }

    /// A horizontal line of thickness `width` centred on `y`, from `x0` to `x1`.
    public mutating func horizontalLine(y: Double, x0: Double, x1: Double, width lineWidth: Double, _ color: RGBA) {
        fill(x0: x0, y0: y - lineWidth / 2, x1: x1, y1: y + lineWidth / 2, color)
    }

    /// A vertical line of thickness `width` centred on `x`, from `y0` to `y1`.
    public mutating func verticalLine(x: Double, y0: Double, y1: Double, width lineWidth: Double, _ color: RGBA) {
        fill(x0: x - lineWidth / 2, y0: y0, x1: x + lineWidth / 2, y1: y1, color)
    }

    /// The outline of a rectangle, drawn inside-out around its edges.
    public mutating func strokeRect(x0: Double, y0: Double, x1: Double, y1: Double, width lineWidth: Double, _ color: RGBA) {
        horizontalLine(y: y0, x0: x0 - lineWidth / 2, x1: x1 + lineWidth / 2, width: lineWidth, color)
        horizontalLine(y: y1, x0: x0 - lineWidth / 2, x1: x1 + lineWidth / 2, width: lineWidth, color)
        verticalLine(x: x0, y0: y0 + lineWidth / 2, y1: y1 - lineWidth / 2, width: lineWidth, color)
        verticalLine(x: x1, y0: y0 + lineWidth / 2, y1: y1 - lineWidth / 2, width: lineWidth, color)
    }
}
