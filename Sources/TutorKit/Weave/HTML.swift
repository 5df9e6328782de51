/// Markup escaping for HTML pages and XML reports alike: every piece of text that did not
/// come from our own templates goes through here, so nothing a tutorial prints can become
/// markup or script, or make a report unreadable.
enum HTML {
    /// Escapes text for element content and for quoted attribute values. Characters XML 1.0
    /// forbids (control characters other than tab and line breaks) are dropped.
    static func escape(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t", "\r": out.unicodeScalars.append(ch)
            case _ where ch.value < 0x20 || ch.value == 0xFFFE || ch.value == 0xFFFF: continue
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// A URL path segment-safe form of a relative path: keeps `/`, letters, digits and
    /// `-_.~`, percent-encodes the rest, so file names with spaces still link.
    static func href(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                 UInt8(ascii: "~"), UInt8(ascii: "#"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    /// A lowercase identifier for anchors: letters and digits joined by single dashes.
    static func slug(_ text: String) -> String {
        var out = ""
        var dash = false
        for ch in text.lowercased().unicodeScalars {
            if ch.properties.isAlphabetic || ("0"..."9").contains(ch) {
                if dash && !out.isEmpty { out += "-" }
                out.unicodeScalars.append(ch)
                dash = false
            } else {
                dash = true
            }
        }
        return out.isEmpty ? "section" : out
    }
}

extension String {
    fileprivate func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
