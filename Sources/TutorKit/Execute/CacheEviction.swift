import Foundation

/// The one least-recently-used rule of the compile caches (programs and merged objects):
/// an entry is marked used by touching its modification date, and the oldest entries
/// beyond a limit are removed. Entries are only ever replaced whole (renamed into place),
/// so removing one another tutor still reads at worst costs that tutor a recompile.
enum CacheEviction {
    /// Marks `path` as just used.
    static func markUsed(_ path: String) {
        try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: path)
    }

    /// Removes the least recently used entries of `folder` whose names `isEntry` accepts,
    /// beyond the `limit` most recent.
    static func prune(_ folder: String, keeping limit: Int, isEntry: (String) -> Bool) {
        let files = FileManager.default
        guard let names = try? files.contentsOfDirectory(atPath: folder) else { return }
        let entries = names.filter(isEntry).map { "\(folder)/\($0)" }
        guard entries.count > limit else { return }
        let dated = entries.map { ($0, modificationDate($0) ?? .distantPast) }
        for (path, _) in dated.sorted(by: { $0.1 > $1.1 }).dropFirst(limit) {
            try? files.removeItem(atPath: path)
        }
    }

    /// Removes the scratch folders (`.tmp-…`) in `folder` older than an hour: compiles that
    /// were interrupted (a running compile's scratch is younger).
    static func removeAbandonedScratch(in folder: String) {
        let files = FileManager.default
        guard let names = try? files.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(".tmp-") {
            let path = "\(folder)/\(name)"
            if let date = modificationDate(path), date < Date(timeIntervalSinceNow: -3600) { try? files.removeItem(atPath: path) }
        }
    }

    private static func modificationDate(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }
}
