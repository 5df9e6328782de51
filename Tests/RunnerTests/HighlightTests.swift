import Testing
import TestSupport
@testable import TutorKit

@Suite struct HighlightTests {
    let plain = SwiftHighlighter()

    @Test func keywordsNumbersCommentsAndTypes() {
        expectEqual(plain.html("let x: Int = 0x1F // hi"), "<span class=\"k\">let</span> x: <span class=\"t\">Int</span> = <span class=\"n\">0x1F</span> <span class=\"c\">// hi</span>")
        expectEqual(plain.html("let y = 1.5e-3"), "<span class=\"k\">let</span> y = <span class=\"n\">1.5e-3</span>")
        expectEqual(plain.html("/* a /* nested */ b */x"), "<span class=\"c\">/* a /* nested */ b */</span>x")
    }

    @Test func stringsWithInterpolationAreLexedAsCode() {
        expectEqual(plain.html(#""a \(f(1)) b""#), "<span class=\"s\">&quot;a </span><span class=\"si\">\\(</span>f(<span class=\"n\">1</span>)<span class=\"si\">)</span><span class=\"s\"> b&quot;</span>")
        // A nested string inside the interpolation, and an escaped quote.
        #expect(plain.html(#""\("x") \" y""#) ==
            "<span class=\"s\">&quot;</span><span class=\"si\">\\(</span><span class=\"s\">&quot;x&quot;</span><span class=\"si\">)</span><span class=\"s\"> \\&quot; y&quot;</span>")
    }

    @Test func rawAndMultilineStrings() {
        expectEqual(plain.html("#\"a\"b\"#"), "<span class=\"s\">#&quot;a&quot;b&quot;#</span>")
        expectEqual(plain.html("\"\"\"\nline \"quoted\"\n\"\"\""), "<span class=\"s\">&quot;&quot;&quot;\nline &quot;quoted&quot;\n&quot;&quot;&quot;</span>")
    }

    @Test func attributesDirectivesAndMemberNames() {
        expectEqual(plain.html("@MainActor func f()"), "<span class=\"a\">@MainActor</span> <span class=\"k\">func</span> f()")
        expectEqual(plain.html("#if DEBUG"), "<span class=\"a\">#if</span> <span class=\"t\">DEBUG</span>")
        expectEqual(plain.html("a.default"), "a.default", "a keyword after a dot is a member name")
    }

    @Test func everythingIsEscaped() {
        let html = plain.html("let s = \"</code><script>\" < 3 && x > 2 // <b>")
        #expect(!html.contains("<script>") && !html.contains("<b>") && !html.contains("</code>"))
        #expect(html.contains("&lt; <span class=\"n\">3</span> &amp;&amp; x &gt;"))
    }

    @Test func libraryNamesBecomeLinks() {
        let linking = SwiftHighlighter { $0 == "NiftiMasker" || $0 == "crossValScore" ? "api/\($0).html" : nil }
        expectEqual(linking.html("let m = NiftiMasker(); crossValScore(m) // NiftiMasker"), "<span class=\"k\">let</span> m = <a class=\"t api\" href=\"api/NiftiMasker.html\">NiftiMasker</a>(); <a class=\"api\" href=\"api/crossValScore.html\">crossValScore</a>(m) <span class=\"c\">// NiftiMasker</span>")
    }

    @Test func unterminatedInputStillRendersEverything() {
        for code in ["\"open", "/* open", "\"a \\(b", "#\"raw", "`back"] {
            let html = plain.html(code)
            let text = html.replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression)
            expectEqual(text, HTML.escape(code), "\(code)")
        }
    }
}

import Foundation
