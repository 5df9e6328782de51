import Foundation

/// The run results `tutor build` stored (`.tutor-cache/gallery`), for `tutor check` to reuse
/// instead of running a tutorial again. A result is reused only under the key the gallery
/// would use — the tutorial's bytes, the path messages name, the library build's content,
/// the toolchain, the real data present and the figure baselines — so it is exactly what a
/// new run would print and draw; and only when the run succeeded (a failure runs again, in
/// case the machine was at fault).
struct StoredRuns: Sendable {
    let cache: BuildCache
    let options: BuildOptions
    let root: URL

    /// The results a `tutor build` of the same `paths` (default: the project's tutorials)
    /// stored in `cache` (default: the project's `.tutor-cache/gallery`).
    init(paths: [String], cache: String?) throws {
        let (options, _, _) = try GalleryAction.environment(GalleryAction.Settings(paths: paths, out: nil, cache: cache))
        let tree = try SourceTree(paths: options.paths, relativeTo: options.workingDirectory)
        self.options = options
        root = tree.root
        self.cache = BuildCache(folder: options.cache, rootName: options.display(tree.root))
    }

    /// The stored result of the tutorial at `file` and the folder holding its figures, when
    /// it was made under the key a run now would have and succeeded.
    func lookup(_ file: String) -> (result: TutorialResult, folder: String)? {
        let url = URL(fileURLWithPath: file, relativeTo: options.workingDirectory).standardizedFileURL
        let rootPath = root.standardizedFileURL.path + "/"
        guard url.path.hasPrefix(rootPath), let source = try? Data(contentsOf: url) else { return nil }
        let key = BuildCache.key(
            source: source, displayPath: options.display(url), libraryStamp: options.currentLibraryStamp,
            baselines: BaselineFolder(tutorialPath: url.path).fingerprint())
        let path = String(url.path.dropFirst(rootPath.count))
        guard let entry = cache.lookup(path, key: key), entry.result.succeeded else { return nil }  // lookup returns runs only
        return (entry.result, cache.entryFolder(for: path).path)
    }
}
