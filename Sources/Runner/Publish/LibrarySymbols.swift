import Foundation

/// The public names of the Decoding library, for API back-references.
///
/// Read from the library's sources at build time, so the list follows the library without
/// a hand-kept table: top-level `public` types and functions (`NiftiMasker`, `crossValScore`)
/// and the `public static func`s of a top-level type or extension, qualified by it
/// (`Plotting.plotROI`, the library's namespaces in nilearn's manner).
enum LibrarySymbols {
    static func scan(sources: URL) -> Set<String> {
        guard let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil) else { return [] }
        var names = Set<String>()
        for case let url as URL in walker where url.pathExtension == "swift" {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            names.formUnion(declarations(in: text))
        }
        return names
    }

    /// Names declared `public` (or `open`) in a Swift file, as described above.
    static func declarations(in text: String) -> [String] {
        var names: [String] = []
        var container: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let first = line.first, !first.isWhitespace {
                // A top-level line: a declaration, or the start of a container.
                let words = Self.words(line)
                container = nil
                if let i = words.firstIndex(where: { containerKinds.contains($0) }), i + 1 < words.count {
                    let name = identifier(words[i + 1])
                    let isPublic = words.first == "public" || words.first == "open"
                    if words[i] == "extension" || isPublic { container = name }
                }
                if words.first == "public" || words.first == "open", let name = declared(words, kinds: declarationKinds) {
                    names.append(name)
                }
            } else if let container, line.hasPrefix("    "), !line.hasPrefix("     ") {
                let words = Self.words(line)
                guard words.first == "public", words.contains("static") else { continue }
                if let name = declared(words, kinds: ["func"]) { names.append("\(container).\(name)") }
            }
        }
        return names
    }

    /// For each identifier that may appear in code, the symbol it stands for: a top-level
    /// name for itself; a qualified static function for its last component, when no other
    /// symbol has that name (an ambiguous name links nowhere rather than to the wrong page).
    static func lookup(_ symbols: Set<String>) -> [String: String] {
        var map: [String: String] = [:]
        var ambiguous = Set<String>()
        for s in symbols where !s.contains(".") { map[s] = s }
        for s in symbols.sorted() where s.contains(".") {
            let word = String(s.split(separator: ".").last!)
            if symbols.contains(word) || ambiguous.contains(word) { continue }
            if map[word] != nil { ambiguous.insert(word); map[word] = nil; continue }
            map[word] = s
        }
        return map
    }

    /// The library symbols `code` uses, outside strings and comments.
    static func used(in code: String, lookup: [String: String]) -> Set<String> {
        final class Box: @unchecked Sendable { var found = Set<String>() }
        let box = Box()
        _ = SwiftHighlighter { word in
            if let symbol = lookup[word] { box.found.insert(symbol) }
            return nil
        }.html(code)
        return box.found
    }

    private static let containerKinds: Set<Substring> = ["struct", "class", "enum", "protocol", "actor", "extension"]
    private static let declarationKinds: Set<Substring> = ["struct", "class", "enum", "protocol", "actor", "typealias", "func"]

    private static func words(_ line: Substring) -> [Substring] {
        line.split(whereSeparator: { $0 == " " || $0 == "\t" }).filter { !$0.hasPrefix("@") }
    }

    /// The name after the first declaration keyword among `words`, skipping `_`-names.
    private static func declared(_ words: [Substring], kinds: Set<Substring>) -> String? {
        guard let i = words.firstIndex(where: { kinds.contains($0) }), i + 1 < words.count else { return nil }
        let name = identifier(words[i + 1])
        return name.isEmpty || name.hasPrefix("_") ? nil : name
    }

    private static func identifier(_ word: Substring) -> String {
        String(word.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
    }
}
