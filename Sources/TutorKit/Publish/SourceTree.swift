import Foundation

/// The tutorials a build covers, found from the command-line paths: a root folder (its
/// sub-folders become gallery sections) and the Markdown files under it.
struct SourceTree: Sendable {
    enum Failure: Error, CustomStringConvertible {
        case missing(String)
        case notMarkdown(String)
        var description: String {
            switch self {
            case .missing(let p): "\(p): error: no such file or folder"
            case .notMarkdown(let p): "\(p): error: not a Markdown tutorial (expected a .md file)"
            }
        }
    }

    var root: URL
    /// Paths relative to `root`, `/`-separated, sorted.
    var tutorials: [String]
    /// Section folders relative to `root` (`""` is the root), sorted, root first.
    var folders: [String]

    init(paths: [String], relativeTo cwd: URL) throws {
        let fm = FileManager.default
        var files: [URL] = []
        var dirs: [URL] = []
        for p in paths {
            let url = (p.hasPrefix("/") ? URL(fileURLWithPath: p) : cwd.appendingPathComponent(p)).standardizedFileURL
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: url.path, isDirectory: &isDir) else { throw Failure.missing(p) }
            if isDir.boolValue {
                dirs.append(url)
                files += Self.markdownFiles(under: url)
            } else {
                guard url.pathExtension == "md" else { throw Failure.notMarkdown(p) }
                files.append(url)
            }
        }
        let anchors = dirs.count == 1 && dirs.count == paths.count ? dirs : dirs + files.map { $0.deletingLastPathComponent() }
        root = Self.commonAncestor(anchors.isEmpty ? [cwd] : anchors)
        let rootComponents = root.pathComponents
        let relative = Set(files.map { $0.pathComponents.dropFirst(rootComponents.count).joined(separator: "/") })
        tutorials = relative.sorted()
        var sectionSet = Set(tutorials.map { Self.folder(of: $0) })
        if fm.fileExists(atPath: root.appendingPathComponent("README.md").path) { sectionSet.insert("") }
        folders = sectionSet.sorted()
    }

    /// Each section folder with its README.md text, which heads its part of the index.
    var sectionHeaders: [SectionHeader] {
        folders.map { folder in
            let readme = try? String(contentsOf: root.appendingPathComponent(folder).appendingPathComponent("README.md"), encoding: .utf8)
            return SectionHeader(folder: folder, readme: readme)
        }
    }

    static func folder(of relativePath: String) -> String {
        guard let slash = relativePath.lastIndex(of: "/") else { return "" }
        return String(relativePath[..<slash])
    }

    /// Markdown tutorials under a folder: every `.md` except `README.md`, skipping hidden
    /// and `_`-prefixed entries (places for drafts and data).
    static func markdownFiles(under dir: URL) -> [URL] {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: dir.path) else { return [] }
        var found: [URL] = []
        for name in names.sorted() where !name.hasPrefix(".") && !name.hasPrefix("_") {
            let url = dir.appendingPathComponent(name)
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: url.path, isDirectory: &isDir) else { continue }
            if isDir.boolValue {
                found += markdownFiles(under: url)
            } else if name.hasSuffix(".md") && name != "README.md" {
                found.append(url)
            }
        }
        return found
    }

    static func commonAncestor(_ urls: [URL]) -> URL {
        var common = urls[0].standardizedFileURL.pathComponents
        for url in urls.dropFirst() {
            let c = url.standardizedFileURL.pathComponents
            var n = 0
            while n < min(common.count, c.count) && common[n] == c[n] { n += 1 }
            common = Array(common.prefix(n))
        }
        return URL(fileURLWithPath: "/" + common.dropFirst().joined(separator: "/"))
    }
}

/// A gallery section's folder (relative to the tutorials root, `""` for the root) and its
/// README.md text: all the site needs of the tutorials folder besides the tutorials.
struct SectionHeader: Codable, Sendable, Equatable {
    var folder: String
    var readme: String?
}
