import Foundation

extension SiteBuilder {
    /// One tutorial of a gallery build, read and parsed, with the key its cached result is
    /// stored under.
    struct Job: Sendable {
        /// The tutorial's path inside the tutorials folder (its place in the site).
        var path: String
        var file: URL
        /// The parsed tutorial, its path as messages name it (when parsing failed: the file
        /// as one block of prose, so its page shows the source and the error).
        var tutorial: Tutorial
        /// Why the file could not be parsed (`file.md:LINE: error: …`).
        var parseError: String?
        /// Empty when the file could not be parsed (such a result is never stored).
        var key = ""

        init(path: String, in root: URL, options: BuildOptions, libraryStamp: String) throws {
            self.path = path
            file = root.appendingPathComponent(path)
            let data = try Data(contentsOf: file)
            (tutorial, parseError) = TutorialParser.parseForPage(source: [UInt8](data), path: options.display(file))
            if parseError == nil {
                key = BuildCache.key(
                    source: data, displayPath: tutorial.path, libraryStamp: libraryStamp,
                    baselines: BaselineFolder(tutorialPath: file.path).fingerprint())
            }
        }
    }
}
