import CFreeType
import Foundation
import Synchronization

/// Text rasterised by FreeType from DejaVu Sans — the font matplotlib draws nilearn's labels
/// with — as anti-aliased coverage bitmaps blended onto a ``Canvas``.
///
/// One shared face serves all figures; FreeType faces are not thread-safe, so every use goes
/// through a lock, and rendered glyphs are cached per pixel size.
final class FigureFont: @unchecked Sendable {
    /// Where DejaVu Sans is looked for, in order (Debian, Arch/Fedora, Homebrew, local).
    static let searchPaths = [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/TTF/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf",
        "/usr/local/share/fonts/DejaVuSans.ttf",
        "/opt/homebrew/share/fonts/DejaVuSans.ttf",
    ]

    /// The shared font, loaded on first use (`TUTOR_FONT` overrides the search).
    static func shared() throws -> FigureFont {
        try cache.withLock { slot in
            if let font = slot { return font }
            let font = try FigureFont()
            slot = font
            return font
        }
    }

    private static let cache = Mutex<FigureFont?>(nil)

    /// `FT_LOAD_TARGET_LIGHT` (a function-like macro Swift cannot import): light hinting keeps
    /// glyph shapes close to matplotlib's.
    private static let loadTargetLight = FT_Int32(Int32(FT_RENDER_MODE_LIGHT.rawValue) << 16)

    struct Glyph {
        var width: Int, rows: Int, left: Int, top: Int
        var advance: Double
        var coverage: [UInt8]
    }

    /// Size of a laid-out line: width, and extent above and below the baseline, in pixels.
    struct Extent {
        var width: Double, ascent: Double, descent: Double
        var height: Double { ascent + descent }
    }

    let path: String
    private let lock = Mutex(())
    private var library: FT_Library?
    private var face: FT_Face?
    private var glyphs: [Int: [Character: Glyph]] = [:]

    private init() throws {
        var candidates = FigureFont.searchPaths
        if let custom = ProcessInfo.processInfo.environment["TUTOR_FONT"], !custom.isEmpty {
            candidates.insert(custom, at: 0)
        }
        guard let found = candidates.first(where: { FileManager.default.isReadableFile(atPath: $0) }) else {
            throw PlottingError.fontNotFound(searched: candidates)
        }
        path = found
        var lib: FT_Library?
        var code = FT_Init_FreeType(&lib)
        guard code == 0, let lib else { throw PlottingError.fontUnreadable(path: found, code: code) }
        var f: FT_Face?
        code = FT_New_Face(lib, found, 0, &f)
        guard code == 0, let f else {
            FT_Done_FreeType(lib)
            throw PlottingError.fontUnreadable(path: found, code: code)
        }
        library = lib
        face = f
    }

    deinit {
        if let face { FT_Done_Face(face) }
        if let library { FT_Done_FreeType(library) }
    }

    /// `points` at `dpi`, as matplotlib sizes text (`size=12` at 100 dpi ≈ 16.7 px).
    static func pixels(points: Double, dpi: Double) -> Double { points * dpi / 72 }

    /// Width and the line's ascent/descent; like matplotlib, a line is at least as tall as "lp".
    func extent(_ text: String, pixelSize: Double) -> Extent {
        lock.withLock { _ in
            let line = layout(text, pixelSize)
            let probe = layout("lp", pixelSize)
            return Extent(width: line.width, ascent: max(line.ascent, probe.ascent),
                          descent: max(line.descent, probe.descent))
        }
    }

    /// Draws `text` with its baseline's left end at (`x`, `baseline`).
    func draw(_ text: String, on canvas: inout Canvas, x: Double, baseline: Double, pixelSize: Double, color: RGBA) {
        lock.withLock { _ in
            var pen = x
            let key = Int((pixelSize * 64).rounded())
            for ch in text {
                guard let g = glyph(ch, key) else { continue }
                let ox = Int(pen.rounded()) + g.left, oy = Int(baseline.rounded()) - g.top
                for r in 0..<g.rows {
                    for c in 0..<g.width {
                        let v = g.coverage[r * g.width + c]
                        if v > 0 { canvas.blend(x: ox + c, y: oy + r, color, coverage: Float(v) / 255) }
                    }
                }
                pen += g.advance
            }
        }
    }

    private func layout(_ text: String, _ pixelSize: Double) -> (width: Double, ascent: Double, descent: Double) {
        let key = Int((pixelSize * 64).rounded())
        var width = 0.0, ascent = 0.0, descent = 0.0
        for ch in text {
            guard let g = glyph(ch, key) else { continue }
            width += g.advance
            ascent = max(ascent, Double(g.top))
            descent = max(descent, Double(g.rows - g.top))
        }
        return (width, ascent, descent)
    }

    /// Renders (or fetches) one glyph at `key`/64 pixels; nil for characters the font lacks.
    private func glyph(_ ch: Character, _ key: Int) -> Glyph? {
        if let g = glyphs[key]?[ch] { return g }
        guard let face, let scalar = ch.unicodeScalars.first else { return nil }
        guard FT_Set_Char_Size(face, 0, FT_F26Dot6(key), 72, 72) == 0,
              FT_Load_Char(face, FT_ULong(scalar.value), FT_Int32(FT_LOAD_RENDER) | FigureFont.loadTargetLight) == 0,
              let slot = face.pointee.glyph
        else { return nil }
        let bitmap = slot.pointee.bitmap
        let w = Int(bitmap.width), rows = Int(bitmap.rows), pitch = Int(bitmap.pitch)
        var coverage = [UInt8](repeating: 0, count: w * rows)
        if let buffer = bitmap.buffer {
            for r in 0..<rows {
                for c in 0..<w { coverage[r * w + c] = buffer[r * pitch + c] }
            }
        }
        let g = Glyph(width: w, rows: rows, left: Int(slot.pointee.bitmap_left), top: Int(slot.pointee.bitmap_top),
                      advance: Double(slot.pointee.advance.x) / 64, coverage: coverage)
        glyphs[key, default: [:]][ch] = g
        return g
    }
}
