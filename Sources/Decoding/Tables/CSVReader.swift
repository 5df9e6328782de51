import Foundation

extension DataFrame {
    /// Reads a delimited text file with a header line, as pandas' `read_csv(path, sep=…)`.
    ///
    /// TableColumn types are inferred like pandas: integers when every field parses as one,
    /// else float64 when every field is a number or missing (empty, `NA`, `NaN`, …, read as
    /// nan), else strings. Blank lines are skipped; fields may be double-quoted (`""` inside
    /// quotes is a quote). Duplicate header names get pandas' `.1`, `.2` suffixes.
    /// - Parameter separator: the exact field separator (the Haxby labels file uses `" "`).
    /// - Throws: ``TableError`` naming the file and line: unreadable, empty (no header),
    ///   a row with another number of fields than the header, an unclosed quote.
    public static func readCSV(_ path: String, separator: String = ",") throws(TableError) -> DataFrame {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadableFile(path: path, reason: (error as NSError).localizedDescription)
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw .unreadableFile(path: path, reason: "not UTF-8 text")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return try parse(text, separator: separator, path: path)
    }

    /// Parses delimited text; `path` only names the source in errors.
    public static func parse(_ text: String, separator: String = ",", path: String = "<text>") throws(TableError) -> DataFrame {
        precondition(!separator.isEmpty, "empty separator")
        var header: [String]?
        var rows = [[String]]()
        var lineNumber = 0
        // "\r\n" is one Character in Swift, never equal to "\n": each ending is named, as
        // pandas accepts \n, \r\n and \r alike.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            lineNumber += 1
            if line.isEmpty { continue }
            let fields = try splitFields(line, separator: separator, path: path, line: lineNumber)
            if let header {
                guard fields.count == header.count else {
                    throw .raggedRow(path: path, line: lineNumber, expected: header.count, found: fields.count)
                }
                rows.append(fields)
            } else {
                header = fields
            }
        }
        guard let header else { throw .emptyFile(path: path) }
        let names = deduplicated(header)
        let columns = names.indices.map { j in (names[j], inferColumn(rows.map { $0[j] })) }
        return DataFrame(columns: columns, index: Array(0..<rows.count))
    }

    private static func splitFields(_ line: Substring, separator: String, path: String, line number: Int) throws(TableError) -> [String] {
        var fields = [String]()
        var current = ""
        var rest = line
        var quoted = false
        var fieldStart = true
        while !rest.isEmpty {
            if quoted {
                if rest.hasPrefix("\"\"") {
                    current.append("\"")
                    rest = rest.dropFirst(2)
                } else if rest.first == "\"" {
                    quoted = false
                    rest = rest.dropFirst()
                } else {
                    current.append(rest.removeFirst())
                }
            } else if fieldStart && rest.first == "\"" {
                quoted = true
                fieldStart = false
                rest = rest.dropFirst()
            } else if rest.hasPrefix(separator) {
                fields.append(current)
                current = ""
                fieldStart = true
                rest = rest.dropFirst(separator.count)
            } else {
                current.append(rest.removeFirst())
                fieldStart = false
            }
        }
        if quoted { throw .unterminatedQuote(path: path, line: number) }
        fields.append(current)
        return fields
    }

    /// pandas' default missing-value markers.
    private static let missingMarkers: Set<String> = [
        "", "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan", "1.#IND", "1.#QNAN",
        "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan", "null",
    ]

    static func inferColumn(_ fields: [String]) -> TableColumn {
        let trimmed = fields.map { $0.trimmingCharacters(in: .whitespaces) }
        let ints = trimmed.map { Int($0) }
        if !ints.contains(nil) { return .ints(ints.map { $0! }) }
        var doubles = [Double]()
        doubles.reserveCapacity(fields.count)
        for field in trimmed {
            if missingMarkers.contains(field) {
                doubles.append(.nan)
            } else if let value = Double(field) {
                doubles.append(value)
            } else {
                return .strings(fields)
            }
        }
        return .doubles(doubles)
    }

    /// pandas' `mangle_dupe_cols`: a repeated name `a` becomes `a.1`, `a.2`, ….
    private static func deduplicated(_ names: [String]) -> [String] {
        var seen = [String: Int]()
        var out = [String]()
        for name in names {
            var candidate = name
            while let n = seen[candidate] {
                seen[candidate] = n + 1
                candidate = "\(name).\(n)"
            }
            seen[candidate] = (seen[candidate] ?? 0) + 1
            out.append(candidate)
        }
        return out
    }
}
