import Foundation

/// Stored results of executed tutorials, one folder per tutorial: `record.json` (the
/// `TutorialResult` and the key it was made under), its figure PNGs and its thumbnail.
///
/// A record is reused when its key — the tutorial's source bytes, the library build's
/// content identity, the toolchain, the data and the record format — is unchanged. The key
/// and the entry's place hold no absolute path or modification time, so a cache folder
/// copied to another clone or machine hits. Entries are written in a scratch folder
/// and renamed into place, so a crash never leaves a half-written entry that looks valid.
struct BuildCache: Sendable {
    /// Changes whenever `TutorialResult`'s meaning changes, to invalidate old records.
    static let formatVersion = "gallery-record-4"

    struct Entry: Codable, Sendable {
        var key: String
        var result: TutorialResult
        /// Thumbnail file name in the entry folder, when the tutorial drew a figure.
        var thumbnail: String?
    }

    var folder: URL
    /// The tutorials root as the build names it (relative to the working folder when inside
    /// it), so galleries built from different folders keep separate entries while clones of
    /// one project share theirs.
    var rootName: String

    func entryFolder(for tutorialPath: String) -> URL {
        let root = Fingerprint([rootName]).hex
        return folder.appendingPathComponent("\(SitePaths(tutorialPath: tutorialPath).flatStem)-\(root.prefix(8))")
    }

    /// The key of a run: the source, the path its messages name, what else the results depend
    /// on (`BuildOptions.currentLibraryStamp`: library content, toolchain, data), and the
    /// baseline images its figures are compared with.
    static func key(source: Data, displayPath: String, libraryStamp: String, baselines: String = "") -> String {
        var f = Fingerprint()
        f.add(formatVersion)
        f.add(libraryStamp)
        f.add(displayPath)
        f.add(source)
        f.add(baselines)
        return f.hex
    }

    /// The stored entry for a tutorial if it was made under `key` and all its files are
    /// still there (a half-cleaned cache is a miss, not a page with missing images).
    func lookup(_ tutorialPath: String, key: String) -> Entry? {
        storedEntry(tutorialPath).flatMap { usable($0, of: tutorialPath, key: key) }
    }

    /// `entry`, the tutorial's stored entry (`storedEntry`), if `lookup` would return it.
    func usable(_ entry: Entry, of tutorialPath: String, key: String) -> Entry? {
        let folder = entryFolder(for: tutorialPath)
        guard entry.key == key, entry.result.isRun else { return nil }
        let figures = entry.result.steps.flatMap(\.figures)
        let files = figures.map(\.file) + figures.flatMap { [$0.comparison?.expectedFile, $0.comparison?.diffFile].compactMap { $0 } }
            + (entry.thumbnail.map { [$0] } ?? [])
        guard files.allSatisfy({ FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }) else { return nil }
        return entry
    }

    /// A fresh scratch folder for a run's figures, next to where the entry will live.
    func scratchFolder(for tutorialPath: String) throws -> URL {
        let url = folder.appendingPathComponent(".\(SitePaths(tutorialPath: tutorialPath).flatStem).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        Temporaries.track(url.path)
        return url
    }

    /// Writes `entry` into `scratch` (which holds its figures) and moves it into place as
    /// the entry of the tutorial at `tutorialPath`.
    /// Only a run is stored: a result woven from recorded outputs (`TutorialResult.notRun`)
    /// would otherwise be taken for one by later builds and by `tutor check`.
    func store(_ entry: Entry, for tutorialPath: String, scratch: URL) throws {
        guard entry.result.isRun else { throw NotARun(path: tutorialPath) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(entry).write(to: scratch.appendingPathComponent("record.json"))
        try FileSystem.replaceDirectory(entryFolder(for: tutorialPath), with: scratch)
        Temporaries.untrack(scratch.path)
    }

    struct NotARun: Error, CustomStringConvertible {
        var path: String
        var description: String { "\(path): a result made from recorded outputs is not a run and is never stored" }
    }

    /// The entry stored for the tutorial, under whatever key; nil when there is none or it
    /// does not decode.
    func storedEntry(_ tutorialPath: String) -> Entry? {
        guard let data = try? Data(contentsOf: entryFolder(for: tutorialPath).appendingPathComponent("record.json")) else { return nil }
        return try? JSONDecoder().decode(Entry.self, from: data)
    }
}
