import CCmark

/// Renders a tutorial's prose with cmark's HTML renderer, giving every heading a stable
/// anchor and collecting the headings for the page's table of contents.
///
/// cmark's safe mode is kept: raw HTML in the Markdown is omitted, so the prose cannot
/// smuggle script either. One renderer is used for all chunks of a page so that anchors
/// stay unique across chunks.
struct ProseRenderer {
    struct Heading: Equatable, Sendable {
        var level: Int
        var text: String
        var anchor: String
    }

    private(set) var headings: [Heading] = []
    private var usedAnchors: Set<String> = []

    /// The HTML of one Markdown chunk.
    mutating func render(_ markdown: String) -> String {
        guard let doc = cmark_parse_document(markdown, markdown.utf8.count, CMARK_OPT_DEFAULT) else { return "" }
        defer { cmark_node_free(doc) }
        Self.pointLinksAtPages(doc)
        var html = ""
        var node = cmark_node_first_child(doc)
        while let n = node {
            let rendered = Self.html(of: n)
            if cmark_node_get_type(n) == CMARK_NODE_HEADING {
                html += heading(n, rendered: rendered)
            } else {
                html += rendered
            }
            node = cmark_node_next(n)
        }
        return html
    }

    private mutating func heading(_ node: OpaquePointer, rendered: String) -> String {
        let level = Int(cmark_node_get_heading_level(node))
        let text = CmarkText.plain(node)
        var anchor = HTML.slug(text)
        if usedAnchors.contains(anchor) {
            var k = 1
            while usedAnchors.contains("\(anchor)-\(k)") { k += 1 }
            anchor = "\(anchor)-\(k)"
        }
        usedAnchors.insert(anchor)
        headings.append(Heading(level: level, text: text, anchor: anchor))
        // cmark renders `<hN>inline</hN>\n`; put the anchor on the element and add a link.
        let open = "<h\(level)>", close = "</h\(level)>\n"
        guard rendered.hasPrefix(open), rendered.hasSuffix(close) else { return rendered }
        let inner = rendered.dropFirst(open.count).dropLast(close.count)
        return "<h\(level) id=\"\(anchor)\">\(inner)<a class=\"headerlink\" href=\"#\(anchor)\" title=\"Link to this heading\">¶</a></h\(level)>\n"
    }

    /// Relative links to another tutorial's Markdown (`other.md`, `other.md#part`) become links
    /// to its page (`other.html`), so prose written for the repository also works in the site.
    static func pointLinksAtPages(_ doc: OpaquePointer) {
        guard let iter = cmark_iter_new(doc) else { return }
        defer { cmark_iter_free(iter) }
        while case let event = cmark_iter_next(iter), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let n = cmark_iter_get_node(iter),
                  cmark_node_get_type(n) == CMARK_NODE_LINK, let c = cmark_node_get_url(n) else { continue }
            if let page = pageURL(forLink: String(cString: c)) { cmark_node_set_url(n, page) }
        }
    }

    /// The page a relative `.md` link stands for, or nil to keep the link as written.
    static func pageURL(forLink url: String) -> String? {
        guard !url.contains("://"), !url.hasPrefix("/"), !url.hasPrefix("#"), !url.hasPrefix("mailto:") else { return nil }
        let parts = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        guard let path = parts.first, path.hasSuffix(".md"), !path.hasSuffix("README.md") else { return nil }
        return path.dropLast(3) + ".html" + (parts.count > 1 ? "#" + parts[1] : "")
    }

    /// HTML of a single block, through cmark's renderer.
    private static func html(of node: OpaquePointer) -> String {
        guard let c = cmark_render_html(node, CMARK_OPT_DEFAULT) else { return "" }
        defer { free(c) }
        return String(cString: c)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
