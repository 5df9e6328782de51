import Foundation
import Testing
import TestSupport
@testable import Decoding

/// Colorbar ticks against nilearn's `get_cbar_ticks` (Fixtures/plot/colorbar_ticks.json, from
/// scripts/golden/plot_colorbar_ticks.py).
@Suite struct PlotColorbarTests {
    struct Case: Decodable { let vmin: Double; let vmax: Double; let threshold: Double?; let ticks: [Double] }

    @Test func ticksMatchNilearn() throws {
        let cases = try Fixture.decode("plot/colorbar_ticks.json", as: [Case].self)
        #expect(cases.count >= 5)
        for c in cases {
            let ticks = AxisTicks.colorbar(vmin: c.vmin, vmax: c.vmax, threshold: c.threshold)
            expectEqual(ticks, c.ticks, "vmin \(c.vmin) vmax \(c.vmax) threshold \(String(describing: c.threshold))")
        }
    }

    @Test func labelsReadLikePercentTwoG() {
        expectEqual(PlotNumberFormat.general(0.0509), "0.051")
        expectEqual(PlotNumberFormat.general(-0.02545), "-0.025")
        expectEqual(PlotNumberFormat.general(-0.0), "0")
        expectEqual(PlotNumberFormat.general(12.3), "12")
        expectEqual(PlotNumberFormat.integer(-20.7), "-20")
    }
}
