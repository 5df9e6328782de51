import Foundation
import Yams

/// The front matter fields the gallery reads, straight from the YAML between the leading
/// `---` lines (so cached tutorials need no run to get their title or order).
enum GalleryFrontMatter {
    struct Malformed: Error, CustomStringConvertible {
        var file: String
        var detail: String
        var description: String { "\(file):1: error: malformed front matter: \(detail)" }
    }

    static func meta(of source: String, file: String) throws -> GalleryMeta {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let end = SourceLayout.frontMatterEnd(lines)
        var fields: [String: Any] = [:]
        if end > 0 {
            let yaml = lines[1..<(end - 1)].joined(separator: "\n")
            do {
                if let loaded = try Yams.load(yaml: yaml) {
                    guard let dict = loaded as? [String: Any] else { throw Malformed(file: file, detail: "not a mapping") }
                    fields = dict
                }
            } catch let error as Malformed {
                throw error
            } catch {
                throw Malformed(file: file, detail: "\(error)")
            }
        }
        func text(_ key: String) -> String? {
            switch fields[key] {
            case let s as String: s
            case let i as Int: String(i)
            case let d as Double: String(d)
            default: nil
            }
        }
        func flag(_ key: String) -> Bool { (fields[key] as? Bool) ?? false }
        let title = text("title") ?? firstHeading(lines, after: end) ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        return GalleryMeta(
            title: title,
            summary: text("summary") ?? "",
            order: fields["order"] as? Int,
            thumbnail: text("thumbnail"),
            simulatedData: flag("simulated-data"),
            expectFailure: flag("expect-failure")
        )
    }

    private static func firstHeading(_ lines: [String], after start: Int) -> String? {
        for line in lines.dropFirst(start) where line.hasPrefix("# ") {
            return line.dropFirst(2).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }
}
