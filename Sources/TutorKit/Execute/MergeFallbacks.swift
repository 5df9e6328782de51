import Foundation

/// Why tutorials were compiled alone at their last merged compile, kept in the compile cache
/// (`<cache>/fallbacks/<key>`) so `tutor list` can say so without compiling anything.
///
/// A record is keyed by the tutorial's runnable code, not its path: an edit makes the record
/// stale by itself, and a tutorial that merges again has its record removed. What the code
/// alone shows (`MergeCheck`) is not recorded: `tutor list` finds that itself.
struct MergeFallbacks: Sendable {
    var folder: String
    /// How many records to keep; the least recently written beyond this are removed.
    var limit = 1024

    init(cacheFolder: String) {
        folder = cacheFolder + "/fallbacks"
    }

    /// Records the outcome of a merged compile of `tutorials`.
    func record(_ merge: MergedCompiler.Merge, of tutorials: [Tutorial]) {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for tutorial in tutorials where merge.unmergeable[tutorial.path] == nil {
            let path = file(for: tutorial)
            if let reason = merge.alone[tutorial.path] {
                try? AtomicFile.write(Array(reason.utf8), to: path)
            } else if merge.programs[tutorial.path] != nil {
                try? FileManager.default.removeItem(atPath: path)
            }
        }
        CacheEviction.prune(folder, keeping: limit) { !$0.hasPrefix(".") }
    }

    /// Why `tutorial` (as it is now) was last compiled alone although its code looks mergeable.
    func reason(for tutorial: Tutorial) -> String? {
        (try? String(contentsOfFile: file(for: tutorial), encoding: .utf8)).flatMap { $0.isEmpty ? nil : $0 }
    }

    private func file(for tutorial: Tutorial) -> String {
        let code = tutorial.steps.filter { !$0.options.noRun }.map(\.code)
        return folder + "/" + Fingerprint(["merge-fallback-1"] + code).hex
    }
}
