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
    public static let paired = listed("Paired", [
        (0.6509803922, 0.8078431373, 0.8901960784), (0.1215686275, 0.4705882353, 0.7058823529),
        (0.6980392157, 0.8745098039, 0.5411764706), (0.2, 0.6274509804, 0.1725490196),
        (0.9843137255, 0.6039215686, 0.6), (0.8901960784, 0.1019607843, 0.1098039216),
        (0.9921568627, 0.7490196078, 0.4352941176), (1.0, 0.4980392157, 0.0),
        (0.7921568627, 0.6980392157, 0.8392156863), (0.4156862745, 0.2392156863, 0.6039215686),
        (1.0, 1.0, 0.6), (0.6941176471, 0.3490196078, 0.1568627451),
    ])

    /// Qualitative, 9 saturated colours.
    public static let set1 = listed("Set1", [
        (0.8941176471, 0.1019607843, 0.1098039216), (0.2156862745, 0.4941176471, 0.7215686275),
        (0.3019607843, 0.6862745098, 0.2901960784), (0.5960784314, 0.3058823529, 0.6392156863),
        (1.0, 0.4980392157, 0.0), (1.0, 1.0, 0.2), (0.6509803922, 0.337254902, 0.1568627451),
        (0.968627451, 0.5058823529, 0.7490196078), (0.6, 0.6, 0.6),
    ])

    /// Qualitative, matplotlib's default colour cycle.
    public static let tab10 = listed("tab10", [
        (0.1215686275, 0.4666666667, 0.7058823529), (1.0, 0.4980392157, 0.0549019608),
        (0.1725490196, 0.6274509804, 0.1725490196), (0.8392156863, 0.1529411765, 0.1568627451),
        (0.5803921569, 0.4039215686, 0.7411764706), (0.5490196078, 0.337254902, 0.2941176471),
        (0.8901960784, 0.4666666667, 0.7607843137), (0.4980392157, 0.4980392157, 0.4980392157),
        (0.737254902, 0.7411764706, 0.1333333333), (0.0901960784, 0.7450980392, 0.8117647059),
    ])

    /// The maps above and ``inferno`` by matplotlib/nilearn name (`"Paired"`, `"cold_hot"`, `"RdBu_r"`, …).
    public static func named(_ name: String) -> Colormap? {
        [gray, rdBuR, coldHot, paired, set1, tab10, inferno].first { $0.name == name }
    }

    static func listed(_ name: String, _ rows: [(Double, Double, Double)]) -> Colormap {
        Colormap(name: name, colors: rows.map { RGBA(Float($0.0), Float($0.1), Float($0.2)) })
    }

    /// matplotlib's `_RdBu_data` reversed (RdBu_r), as segment data for one channel.
    private static func rdBu(_ channel: Int) -> [(Double, Double, Double)] {
        let colors: [(Double, Double, Double)] = [
            (0.0196078431, 0.1882352941, 0.3803921569), (0.1294117647, 0.4, 0.6745098039),
            (0.262745098, 0.5764705882, 0.7647058824), (0.5725490196, 0.7725490196, 0.8705882353),
            (0.8196078431, 0.8980392157, 0.9411764706), (0.968627451, 0.968627451, 0.968627451),
            (0.9921568627, 0.8588235294, 0.7803921569), (0.9568627451, 0.6470588235, 0.5098039216),
            (0.8392156863, 0.3764705882, 0.3019607843), (0.6980392157, 0.0941176471, 0.1686274510),
            (0.4039215686, 0.0, 0.1215686275),
        ]
        return colors.enumerated().map { i, c in
            let v = channel == 0 ? c.0 : channel == 1 ? c.1 : c.2
            return (Double(i) / 10, v, v)
        }
    }
}
