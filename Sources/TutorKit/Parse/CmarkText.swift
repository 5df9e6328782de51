import CCmark

/// Text out of cmark's AST.
enum CmarkText {
    /// The text of a node's inline content, without markup (titles, TOC entries, anchors).
    static func plain(_ node: OpaquePointer) -> String {
        var text = ""
        guard let iter = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iter) }
        while case let event = cmark_iter_next(iter), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let n = cmark_iter_get_node(iter) else { continue }
            switch cmark_node_get_type(n) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(n) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default: break
            }
        }
        return text
    }
}
