import Foundation
import Testing
import TestSupport
@testable import Decoding

/// Our colormaps against matplotlib's own lookups (Fixtures/plot/colormaps.json, written by
/// scripts/golden/plot_colormaps.py).
@Suite struct ColormapTests {
    struct Golden: Decodable {
        let values: [Double]
        let rgba: [[Double]]
    }

    static func golden() throws -> [String: Golden] {
        try Fixture.decode("plot/colormaps.json")
    }

    static let maps: [String: Colormap] = [
        "gray": .gray, "rdBuR": .rdBuR, "coldHot": .coldHot, "paired": .paired, "set1": .set1, "tab10": .tab10,
        "inferno": .inferno,
    ]

    @Test(arguments: ["gray", "rdBuR", "coldHot", "paired", "set1", "tab10", "inferno"])
    func matchesMatplotlib(_ name: String) throws {
        let golden = try #require(try Self.golden()[name])
        let map = try #require(Self.maps[name])
        for (value, expected) in zip(golden.values, golden.rgba) {
            let c = map(value)
            let got = [c.red, c.green, c.blue, c.alpha].map(Double.init)
            for (g, e) in zip(got, expected) {
                #expect(abs(g - e) < 1e-6, "\(name)(\(value)) = \(got), matplotlib \(expected)")
            }
        }
    }

    @Test func lookupSizesAreMatplotlibs() {
        expectEqual(Colormap.rdBuR.colors.count, 256)
        expectEqual(Colormap.coldHot.colors.count, 256)
        expectEqual(Colormap.paired.colors.count, 12)
        expectEqual(Colormap.named("cold_hot"), .coldHot)
        expectEqual(Colormap.named("Paired"), .paired)
        #expect(Colormap.inferno.colors.count == 256 && Colormap.named("inferno") == .inferno)
    }

    @Test func outOfRangeClampsAndNaNIsTransparent() {
        expectEqual(Colormap.rdBuR(-3), Colormap.rdBuR(0))
        expectEqual(Colormap.rdBuR(7), Colormap.rdBuR(1))
        expectEqual(Colormap.rdBuR(.nan).alpha, 0)
    }
}
