import Foundation

/// Turns the paths given on the command line into tutorial files: a file is itself, a
/// folder is every `.md` file under it (hidden folders skipped), sorted by path.
enum TutorialPaths {
    struct Expansion {
        var files: [String] = []
        /// Paths that do not exist.
        var missing: [String] = []
    }

    /// The tutorial files `paths` name (the project's `tutorials/` when empty), or nil after
    /// printing why not (outside the project, or a path that does not exist: a usage error).
    /// A missing default folder is no tutorials when `allowMissingDefault`.
    static func files(for paths: [String], command: String, allowMissingDefault: Bool = false) -> [String]? {
        guard let roots = paths.isEmpty ? defaultFolder.map({ [$0] }) : paths else {
            Terminal.error("tutor \(command): not inside the project; name the tutorials to \(command)")
            return nil
        }
        let expansion = expand(roots)
        if !expansion.missing.isEmpty && !(paths.isEmpty && allowMissingDefault) {
            for path in expansion.missing { Terminal.error("\(path):1: error: no such file or folder") }
            return nil
        }
        return expansion.files
    }

    static func expand(_ paths: [String]) -> Expansion {
        var expansion = Expansion()
        let files = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isFolder) else {
                expansion.missing.append(path)
                continue
            }
            guard isFolder.boolValue else {
                expansion.files.append(path)
                continue
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            var found: [String] = []
            if let walker = files.enumerator(atPath: path) {
                while let relative = walker.nextObject() as? String {
                    let name = (relative as NSString).lastPathComponent
                    if name.hasPrefix(".") {
                        walker.skipDescendants()
                        continue
                    }
                    if relative.hasSuffix(".md") { found.append(base + "/" + relative) }
                }
            }
            expansion.files += found.sorted()
        }
        return expansion
    }

    /// `tutorials` of the project around the current folder, written relative to it when
    /// inside it; nil outside any project.
    static var defaultFolder: String? {
        guard let root = ProjectRoot.current else { return nil }
        let folder = root + "/tutorials"
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        return current == root ? "tutorials" : folder
    }
}
