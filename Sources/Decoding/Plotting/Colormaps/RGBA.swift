/// A straight (not premultiplied) colour with components in 0...1, as matplotlib's RGBA tuples.
public struct RGBA: Hashable, Sendable {
    /// Red, 0...1.
    public var red: Float
    /// Green, 0...1.
    public var green: Float
    /// Blue, 0...1.
    public var blue: Float
    /// Opacity, 0 (transparent) ... 1 (opaque).
    public var alpha: Float

    /// A colour from matplotlib-style components in 0...1, opaque unless `alpha` says otherwise.
    public init(_ red: Float, _ green: Float, _ blue: Float, _ alpha: Float = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// A grey level, `gray(0.8)` being matplotlib's `".8"`.
    public static func gray(_ level: Float, alpha: Float = 1) -> RGBA { RGBA(level, level, level, alpha) }

    /// Opaque black.
    public static let black = RGBA(0, 0, 0)
    /// Opaque white.
    public static let white = RGBA(1, 1, 1)
    /// Fully transparent: shows what is underneath.
    public static let clear = RGBA(0, 0, 0, 0)

    /// The same colour with its opacity multiplied by `factor`.
    public func fading(_ factor: Float) -> RGBA { RGBA(red, green, blue, alpha * factor) }

    /// 8-bit channel values, rounded as matplotlib's Agg backend does when it stores a colour.
    var bytes: SIMD4<UInt8> {
        SIMD4(RGBA.byte(red), RGBA.byte(green), RGBA.byte(blue), RGBA.byte(alpha))
    }

    /// `v` in 0...1 as a byte: `v * 255` clamped to 0...255 and rounded half away from zero
    /// (`roundf`, done inline: as a libm call it was a tenth of drawing a figure's pixels).
    @inline(__always)
    static func byte(_ v: Float) -> UInt8 {
        let x = max(0, min(255, v * 255))
        let whole = UInt8(x)
        return x - Float(whole) >= 0.5 ? whole + 1 : whole
    }
}
