/// A map from 0...1 to colours, built the way matplotlib builds its colormaps so that a value
/// gets the same colour here as in nilearn's figures.
///
/// Segmented maps (`gray`, `RdBu_r`, nilearn's `cold_hot`) are expanded into a 256-entry lookup
/// table with matplotlib's `_create_lookup_table` rule (including its jumps, where one `x` has
/// different left and right values); listed maps (`Paired`, `Set1`, `tab10`) keep their N
/// colours. A value `v` picks entry `min(Int(v * N), N - 1)`, values outside 0...1 clamp to the
/// ends, and NaN is transparent.
public struct Colormap: Sendable, Equatable {
    /// matplotlib's name for the map (`"RdBu_r"`), as ``named(_:)`` looks it up.
    public let name: String
    /// The lookup table; its count is matplotlib's `N`.
    public let colors: [RGBA]

    /// A listed map of the given colours, as matplotlib's `ListedColormap`.
    /// - Precondition: at least one colour.
    public init(name: String, colors: [RGBA]) {
        precondition(!colors.isEmpty, "colormap \(name) needs at least one colour")
        self.name = name
        self.colors = colors
    }

    /// A segmented map from per-channel `(x, leftValue, rightValue)` control points.
    public init(name: String, red: [(Double, Double, Double)], green: [(Double, Double, Double)],
                blue: [(Double, Double, Double)], count: Int = 256) {
        let r = Colormap.lookupTable(red, count), g = Colormap.lookupTable(green, count)
        let b = Colormap.lookupTable(blue, count)
        self.init(name: name, colors: (0..<count).map { RGBA(Float(r[$0]), Float(g[$0]), Float(b[$0])) })
    }

    /// The colour of `value` (expected in 0...1).
    public func callAsFunction(_ value: Double) -> RGBA {
        index(value).map { colors[$0] } ?? .clear
    }

    /// The table entry `value` picks; nil for NaN.
    func index(_ value: Double) -> Int? {
        guard !value.isNaN else { return nil }
        let n = colors.count
        return value <= 0 ? 0 : min(Int(value * Double(n)), n - 1)
    }

    /// The colour of the value at index `i` of the table (no rescaling): what matplotlib gives
    /// for `cmap(int)`.
    public subscript(index: Int) -> RGBA { colors[max(0, min(colors.count - 1, index))] }

    /// matplotlib's `colors._create_lookup_table` for one channel.
    static func lookupTable(_ points: [(Double, Double, Double)], _ n: Int) -> [Double] {
        let xs = points.map { $0.0 }, y0 = points.map { $0.1 }, y1 = points.map { $0.2 }
        precondition(xs.first == 0 && xs.last == 1, "segment data must start at 0 and end at 1")
        guard n > 1 else { return [y0[y0.count - 1]] }
        let scaledX = xs.map { $0 * Double(n - 1) }
        var lut = [Double](repeating: 0, count: n)
        for i in 1..<(n - 1) {
            let xi = Double(i)
            // searchsorted(side: left): first index with scaledX[index] >= xi
            var index = 0
            while index < scaledX.count && scaledX[index] < xi { index += 1 }
            let distance = (xi - scaledX[index - 1]) / (scaledX[index] - scaledX[index - 1])
            lut[i] = distance * (y0[index] - y1[index - 1]) + y1[index - 1]
        }
        lut[0] = y1[0]
        lut[n - 1] = y0[y0.count - 1]
        return lut.map { max(0, min(1, $0)) }
    }
}
