import TutorProtocol

/// A step's standard output cut into printed text and the tables it printed, in order, so a
/// table can be shown as a table where its text was.
///
/// Each table's text is looked for after the previous one (the harness sends a table just
/// before printing it); a table whose text is not found — cut by the output cap, say — stays
/// text.
enum OutputSegment: Equatable {
    case text(String)
    case table(DisplayTable)

    static func segments(of stdout: String, tables: [DisplayTable]) -> [OutputSegment] {
        var segments: [OutputSegment] = []
        var rest = Substring(stdout)
        for table in tables where !table.text.isEmpty {
            guard let found = rest.range(of: table.text) else { continue }
            let before = rest[..<found.lowerBound]
            if !before.isEmpty { segments.append(.text(String(before))) }
            segments.append(.table(table))
            rest = rest[found.upperBound...]
            if rest.first == "\n" { rest = rest.dropFirst() }
        }
        if !rest.isEmpty { segments.append(.text(String(rest))) }
        return segments
    }

    /// Lines of text or rows of a table: how tall it shows.
    var height: Int {
        switch self {
        case .text(let text): TutorialPage.trimmedOutput(text).split(separator: "\n", omittingEmptySubsequences: false).count
        case .table(let table): table.rows.count + 2
        }
    }
}

/// Tables in HTML as pandas' `to_html` writes them for notebooks (`class="dataframe"`, the
/// index as row headers, `...` where rows or columns were left out, the dimensions below).
enum TableHTML {
    static func html(_ table: DisplayTable) -> String {
        var columns: [(name: String, numeric: Bool)] = table.columns.map { ($0.name, $0.isNumeric) }
        if let cut = table.columnsElidedAfter, cut <= columns.count { columns.insert(("...", false), at: cut) }
        func cells(_ row: [String]) -> [String] {
            var row = row
            if let cut = table.columnsElidedAfter, cut <= row.count { row.insert("...", at: cut) }
            return row
        }
        var html = "<div class=\"table-output\"><table class=\"dataframe \(table.kind == .series ? "series" : "frame")\">\n<thead><tr><th></th>"
        for column in columns { html += "<th\(column.numeric ? " class=\"num\"" : "")>\(HTML.escape(column.name))</th>" }
        html += "</tr></thead>\n<tbody>\n"
        func row(_ label: String, _ values: [String], elided: Bool = false) {
            html += elided ? "<tr class=\"elided\">" : "<tr>"
            html += "<th>\(HTML.escape(label))</th>"
            for (value, column) in zip(cells(values), columns) {
                html += "<td\(column.numeric ? " class=\"num\"" : "")>\(HTML.escape(value))</td>"
            }
            html += "</tr>\n"
        }
        for (r, values) in table.rows.enumerated() {
            if r == table.rowsElidedAfter { row("...", Array(repeating: "...", count: table.columns.count), elided: true) }
            row(r < table.index.count ? table.index[r] : "", values)
        }
        if table.rowsElidedAfter == table.rows.count { row("...", Array(repeating: "...", count: table.columns.count), elided: true) }
        html += "</tbody></table>\n"
        if let footer = table.footer { html += "<p class=\"table-footer\">\(HTML.escape(footer))</p>\n" }
        return html + "</div>\n"
    }
}
