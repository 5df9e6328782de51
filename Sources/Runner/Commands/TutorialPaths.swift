import Foundation

/// Turns the paths given on the command line into tutorial files: a file is itself, a
/// folder is every `.md` file under it (hidden folders skipped), sorted by path.
enum TutorialPaths {
    struct Expansion {
        var files: [String] = []
        /// Paths that do not exist.
        var missing: [String] = []
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
