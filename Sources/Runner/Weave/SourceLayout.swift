import CCmark

/// The reading order of a tutorial's Markdown: prose chunks between executable steps.
///
/// The runner knows the steps; the page also needs the prose around them. cmark tells where
/// each top-level fenced block starts and ends, so the prose is exactly the source lines that
/// are neither front matter, nor a step, nor a step's recorded `output` block (the page shows
/// what the step really printed instead).
struct SourceLayout: Equatable, Sendable {
    enum Segment: Equatable, Sendable {
        /// Markdown text, and the 1-based source line it starts at.
        case prose(String, line: Int)
        /// The n-th executable step (0-based, in source order).
        case step(Int)
    }

    var segments: [Segment]
    /// Code of each step in order, as cmark read it (used when no run record has it).
    var stepCodes: [String]

    init(markdown source: String) {
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let bodyStart = SourceLayout.frontMatterEnd(lines)
        for i in 0..<bodyStart { lines[i] = "" }
        let body = lines.joined(separator: "\n")

        var cuts: [(first: Int, last: Int, step: Bool, code: String)] = []  // 1-based inclusive
        if let doc = cmark_parse_document(body, body.utf8.count, CMARK_OPT_DEFAULT) {
            defer { cmark_node_free(doc) }
            var node = cmark_node_first_child(doc)
            while let n = node {
                if cmark_node_get_type(n) == CMARK_NODE_CODE_BLOCK {
                    let info = cmark_node_get_fence_info(n).map { String(cString: $0) } ?? ""
                    let words = info.split(whereSeparator: \.isWhitespace)
                    let isStep = words.count >= 2 && words[0] == "swift" && words[1] == "step"
                    let isOutput = words.first == "output"
                    if isStep || isOutput {
                        let code = cmark_node_get_literal(n).map { String(cString: $0) } ?? ""
                        cuts.append((Int(cmark_node_get_start_line(n)), Int(cmark_node_get_end_line(n)), isStep, code))
                    }
                }
                node = cmark_node_next(n)
            }
        }

        var segments: [Segment] = []
        var codes: [String] = []
        var next = bodyStart + 1
        func prose(upTo end: Int) {
            guard end >= next else { return }
            let text = lines[(next - 1)..<end].joined(separator: "\n")
            if !text.allSatisfy(\.isWhitespace) { segments.append(.prose(text, line: next)) }
        }
        for cut in cuts {
            prose(upTo: cut.first - 1)
            if cut.step {
                segments.append(.step(codes.count))
                codes.append(cut.code.hasSuffix("\n") ? String(cut.code.dropLast()) : cut.code)
            }
            next = cut.last + 1
        }
        prose(upTo: lines.count)
        self.segments = segments
        self.stepCodes = codes
    }

    /// Number of leading lines taken by YAML front matter (0 when there is none).
    static func frontMatterEnd(_ lines: [String]) -> Int {
        guard lines.first?.trimmingTrailingWhitespace() == "---" else { return 0 }
        for i in 1..<lines.count where ["---", "..."].contains(lines[i].trimmingTrailingWhitespace()) {
            return i + 1
        }
        return 0
    }
}

extension String {
    fileprivate func trimmingTrailingWhitespace() -> String {
        var s = Substring(self)
        while let last = s.last, last.isWhitespace { s.removeLast() }
        return String(s)
    }
}
