import Foundation

/// The public names of the Decoding library, for API back-references.
///
/// Read from the library's sources at build time (top-level `public` types and functions),
/// so the list follows the library without a hand-kept table. Identifiers in step code are
/// matched against it by the highlighter's lexer, which skips strings and comments.
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

    /// Names declared `public` (or `open`) at the top level of a Swift file.
    static func declarations(in text: String) -> [String] {
        let kinds: Set<Substring> = ["struct", "class", "enum", "protocol", "actor", "typealias", "func"]
        let modifiers: Set<Substring> = ["final", "nonisolated", "indirect", "@inlinable", "@frozen", "@discardableResult"]
        var names: [String] = []
        for line in text.split(separator: "\n") where line.hasPrefix("public ") || line.hasPrefix("open ") {
            var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst()
            while let w = words.first, modifiers.contains(w) { words = words.dropFirst() }
            guard let kind = words.first, kinds.contains(kind), let nameWord = words.dropFirst().first else { continue }
            let name = nameWord.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            if !name.isEmpty, !name.hasPrefix("_") { names.append(String(name)) }
        }
        return names
    }

    /// The library symbols `code` uses, outside strings and comments.
    static func used(in code: String, among symbols: Set<String>) -> Set<String> {
        final class Box: @unchecked Sendable { var found = Set<String>() }
        let box = Box()
        _ = SwiftHighlighter { word in
            if symbols.contains(word) { box.found.insert(word) }
            return nil
        }.html(code)
        return box.found
    }
}
