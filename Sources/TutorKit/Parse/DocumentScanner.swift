import CCmark

/// A fenced code block as found in the document by cmark, with where its fences are.
struct FencedBlock {
    var startLine: Int
    var endLine: Int
    var info: String
    var literal: String
    /// True when a closing fence was found; cmark silently runs an unclosed fence to the end
    /// of its container, swallowing the rest of the tutorial, so that is an error for us.
    var isClosed: Bool
    /// See `Step.indentation`.
    var indentation: String
}

/// What the one walk over cmark's AST finds: the fenced code blocks at any depth (inside
/// lists, nested lists and block quotes too), in document order, and the first level-1
/// heading. Indented code blocks are not fenced and are ignored.
struct ScannedDocument {
    var blocks: [FencedBlock] = []
    /// The plain text of the first `# heading`, if any.
    var firstHeading: String?
}

/// Walks cmark's AST once (no Markdown parsing of our own) for the parser.
enum DocumentScanner {
    /// `lines` is the whole file; lines in `blanked` (the front matter) are given to cmark as
    /// empty lines so its line numbers stay those of the file.
    static func scan(_ lines: SourceLines, blanking blanked: ClosedRange<Int>?) -> ScannedDocument {
        var text = lines.bytes
        if let blanked {
            let end = lines.start(of: blanked.upperBound + 1)
            text.replaceSubrange(0..<end, with: [UInt8](repeating: UInt8(ascii: "\n"), count: blanked.count))
        }
        let document = text.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                cmark_parse_document($0.baseAddress, $0.count, CMARK_OPT_DEFAULT)
            }
        }
        var scanned = ScannedDocument()
        guard let document else { return scanned }
        defer { cmark_node_free(document) }
        guard let iterator = cmark_iter_new(document) else { return scanned }
        defer { cmark_iter_free(iterator) }

        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            if scanned.firstHeading == nil, cmark_node_get_type(node) == CMARK_NODE_HEADING,
               cmark_node_get_heading_level(node) == 1 {
                scanned.firstHeading = CmarkText.plain(node)
            }
            guard cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK else { continue }
            let start = Int(cmark_node_get_start_line(node))
            let end = Int(cmark_node_get_end_line(node))
            let column = Int(cmark_node_get_start_column(node))
            guard start >= 1, start <= lines.count, let fence = fence(in: lines, line: start, column: column) else { continue }
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            let closed = end > start && end <= lines.count && closes(lines, line: end, fence: fence)
            scanned.blocks.append(FencedBlock(
                startLine: start, endLine: end, info: info, literal: literal,
                isClosed: closed, indentation: fence.indentation))
        }
        return scanned
    }

    private struct Fence {
        var character: UInt8
        var length: Int
        var indentation: String
    }

    /// The opening fence at `column` (1-based byte column, as cmark reports it), or nil for
    /// an indented code block.
    private static func fence(in lines: SourceLines, line: Int, column: Int) -> Fence? {
        let bytes = Array(lines.bytes[lines.range(of: line)])
        let offset = column - 1
        guard offset >= 0, offset < bytes.count else { return nil }
        let character = bytes[offset]
        guard character == UInt8(ascii: "`") || character == UInt8(ascii: "~") else { return nil }
        let length = bytes[offset...].prefix { $0 == character }.count
        guard length >= 3 else { return nil }
        let indentation = String(decoding: bytes[..<offset].map { $0 == UInt8(ascii: ">") ? $0 : UInt8(ascii: " ") }, as: UTF8.self)
        return Fence(character: character, length: length, indentation: indentation)
    }

    /// True when `line` is a closing fence for `fence`: only container marks, spaces and at
    /// least as many fence characters.
    private static func closes(_ lines: SourceLines, line: Int, fence: Fence) -> Bool {
        var bytes = Array(lines.bytes[lines.range(of: line)])
        while let last = bytes.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { bytes.removeLast() }
        let run = bytes.reversed().prefix { $0 == fence.character }.count
        guard run >= fence.length else { return false }
        return bytes.dropLast(run).allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: ">") }
    }
}
