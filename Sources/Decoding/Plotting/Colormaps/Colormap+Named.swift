/// The named maps nilearn's figures use; control points copied from matplotlib's `_cm.py` and
/// nilearn's `plotting/cm.py` (regenerate with scripts/golden/plot_colormaps.py).
extension Colormap {
    /// Anatomy.
    public static let gray = Colormap(
        name: "gray", red: [(0, 0, 0), (1, 1, 1)], green: [(0, 0, 0), (1, 1, 1)], blue: [(0, 0, 0), (1, 1, 1)])

    /// Diverging blue–white–red: nilearn's default for stat maps.
    public static let rdBuR = Colormap(
        name: "RdBu_r",
        red: rdBu(0), green: rdBu(1), blue: rdBu(2))

    /// nilearn's `cold_hot`: cyan–blue–black below zero, black–red–yellow above.
    public static let coldHot = Colormap(
        name: "cold_hot",
        red: [(0.0, 1.0, 1.0), (0.126984, 0.0, 0.0), (0.5, 0.0, 0.0), (0.5, 0.0416, 0.0416),
              (0.6825395, 1.0, 1.0), (1.0, 1.0, 1.0)],
        green: [(0.0, 1.0, 1.0), (0.126984, 1.0, 1.0), (0.3174605, 0.0, 0.0), (0.5, 0.0, 0.0),
                (0.5, 0.0, 0.0), (0.6825395, 0.0, 0.0), (0.873016, 1.0, 1.0), (1.0, 1.0, 1.0)],
        blue: [(0.0, 1.0, 1.0), (0.3174605, 1.0, 1.0), (0.5, 0.0416, 0.0416), (0.5, 0.0, 0.0),
               (0.873016, 0.0, 0.0), (1.0, 1.0, 1.0)])

    /// Qualitative, 12 colours in light/dark pairs: what the seed tutorial uses for its mask.
    public static let paired = listed("Paired", hex: "a6cee3 1f78b4 b2df8a 33a02c fb9a99 e31a1c fdbf6f ff7f00 cab2d6 6a3d9a ffff99 b15928")

    /// Qualitative, 9 saturated colours.
    public static let set1 = listed("Set1", hex: "e41a1c 377eb8 4daf4a 984ea3 ff7f00 ffff33 a65628 f781bf 999999")

    /// Qualitative, matplotlib's default colour cycle.
    public static let tab10 = listed("tab10", hex: "1f77b4 ff7f0e 2ca02c d62728 9467bd 8c564b e377c2 7f7f7f bcbd22 17becf")

    /// The maps above and ``inferno`` by matplotlib/nilearn name (`"Paired"`, `"cold_hot"`, `"RdBu_r"`, …).
    public static func named(_ name: String) -> Colormap? {
        [gray, rdBuR, coldHot, paired, set1, tab10, inferno].first { $0.name == name }
    }

    static func listed(_ name: String, _ rows: [(Double, Double, Double)]) -> Colormap {
        Colormap(name: name, colors: rows.map { RGBA(Float($0.0), Float($0.1), Float($0.2)) })
    }

    /// ColorBrewer's 8-bit colours, `"a6cee3 1f78b4 …"`, as published (matplotlib's `Paired`,
    /// `Set1`, `tab10` and `RdBu` data are exactly these).
    static func listed(_ name: String, hex: String) -> Colormap {
        listed(name, hexColors(hex))
    }

    static func hexColors(_ list: String) -> [(Double, Double, Double)] {
        list.split(separator: " ").map { hex in
            let value = UInt32(hex, radix: 16)!
            func channel(_ shift: UInt32) -> Double { Double((value >> shift) & 0xFF) / 255 }
            return (channel(16), channel(8), channel(0))
        }
    }

    /// matplotlib's `_RdBu_data` reversed (RdBu_r), as segment data for one channel.
    private static func rdBu(_ channel: Int) -> [(Double, Double, Double)] {
        let colors = hexColors("053061 2166ac 4393c3 92c5de d1e5f0 f7f7f7 fddbc7 f4a582 d6604d b2182b 67001f")
        return colors.enumerated().map { i, c in
            let v = channel == 0 ? c.0 : channel == 1 ? c.1 : c.2
            return (Double(i) / 10, v, v)
        }
    }
}
