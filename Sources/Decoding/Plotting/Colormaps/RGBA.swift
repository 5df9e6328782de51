/// A straight (not premultiplied) colour with components in 0...1, as matplotlib's RGBA tuples.
public struct RGBA: Hashable, Sendable {
    public var red: Float
    public var green: Float
    public var blue: Float
    public var alpha: Float

    public init(_ red: Float, _ green: Float, _ blue: Float, _ alpha: Float = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// A grey level, `gray(0.8)` being matplotlib's `".8"`.
    public static func gray(_ level: Float, alpha: Float = 1) -> RGBA { RGBA(level, level, level, alpha) }

    public static let black = RGBA(0, 0, 0)
    public static let white = RGBA(1, 1, 1)
    public static let clear = RGBA(0, 0, 0, 0)

    /// The same colour with its opacity multiplied by `factor`.
    public func fading(_ factor: Float) -> RGBA { RGBA(red, green, blue, alpha * factor) }

    /// 8-bit channel values, rounded as matplotlib's Agg backend does when it stores a colour.
    var bytes: SIMD4<UInt8> {
        func q(_ v: Float) -> UInt8 { UInt8(max(0, min(255, (v * 255).rounded()))) }
        return SIMD4(q(red), q(green), q(blue), q(alpha))
    }
}
