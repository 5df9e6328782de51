import Foundation
import Testing
@testable import Decoding

@Suite struct FontTests {
    @Test func textIsAntiAliasedAndSizedLikeMatplotlib() throws {
        let font = try FigureFont.shared()
        var canvas = Canvas(width: 120, height: 40, background: .black)
        canvas.text("x=22", x: 5, y: 35, font: font, pixelSize: FigureFont.pixels(points: 12, dpi: 100), color: .white)
        let levels = Set(stride(from: 0, to: canvas.pixels.count, by: 4).map { canvas.pixels[$0] })
        #expect(levels.contains(255))
        // Anti-aliased: many intermediate grey levels along the glyph edges, not just on/off.
        #expect(levels.count > 20)
    }

    struct Golden: Decodable {
        let text: String
        let points: Double
        let width: Double
        let height: Double
    }

    /// Label sizes as matplotlib measures them (Fixtures/plot/text.json, from
    /// scripts/golden/plot_text_extents.py), so our labels take the same room as nilearn's.
    @Test func extentsMatchMatplotlib() throws {
        let golden = try Fixture.decode("plot/text.json", as: [Golden].self)
        let font = try FigureFont.shared()
        for g in golden {
            let extent = font.extent(g.text, pixelSize: FigureFont.pixels(points: g.points, dpi: 100))
            #expect(abs(extent.width - g.width) <= 3, "\(g.text): width \(extent.width), matplotlib \(g.width)")
            #expect(abs(extent.height - g.height) <= 3, "\(g.text): height \(extent.height), matplotlib \(g.height)")
        }
    }

    @Test func longerTextIsWider() throws {
        let font = try FigureFont.shared()
        #expect(font.extent("SVM weights", pixelSize: 20).width > font.extent("SVM", pixelSize: 20).width)
    }

    @Test func missingFontErrorNamesThePathsSearched() {
        let error = PlottingError.fontNotFound(searched: FigureFont.searchPaths)
        #expect(error.description.contains("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    }
}
