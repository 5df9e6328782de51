import Foundation

/// What a shard's partial result says about itself (`manifest.json`): which shard of how
/// many, the whole tutorial set and its split, and everything the site needs beyond the
/// shard's own results (section READMEs, library symbols, title), so `tutor merge` needs
/// neither the tutorials folder nor the library.
struct PartialManifest: Codable, Sendable, Equatable {
    static let currentFormat = "tutor-partial-1"
    static let fileName = "manifest.json"

    var format = Self.currentFormat
    var shard: Shard
    /// Every shard's tutorials (index 0 is shard 1), as this shard computed the split.
    var plan: [[String]]
    /// Identity of the whole tutorial set: every tutorial's path and source.
    var tutorialSet: String
    /// Identity of the library build, toolchain and data the results came from.
    var library: String
    var siteTitle: String
    var sections: [SectionHeader]
    var symbols: [String]

    var tutorials: [String] { plan.flatMap { $0 }.sorted() }
    var assigned: [String] { plan[shard.index - 1] }

    static func tutorialSet(_ jobs: [SiteBuilder.Job]) -> String {
        var f = Fingerprint()
        f.add("tutorial-set-1")
        for job in jobs { f.add(job.path); f.add(job.tutorial.source) }
        return f.hex
    }
}

/// One tutorial of a partial result (`tutorials/<name>/record.json`, beside `source.md`, its
/// figures, thumbnail and notebook): its `TutorialResult` and what the site stamp needs.
struct PartialRecord: Codable, Sendable {
    /// Path in the gallery (`basics/plot_x.md`).
    var sitePath: String
    /// The path its messages named when it ran (`tutorials/basics/plot_x.md`).
    var displayPath: String
    /// The cache key it ran under.
    var key: String
    var result: TutorialResult
    var thumbnail: String?

    static let fileName = "record.json"
    static let sourceName = "source.md"

    /// The record's folder in the partial.
    static func folder(_ sitePath: String, in partial: URL) -> URL {
        partial.appendingPathComponent("tutorials").appendingPathComponent(SitePaths(tutorialPath: sitePath).flatStem)
    }
}

/// Writes a shard's partial result: `manifest.json`, `execution-times.json` and one folder
/// per tutorial — all of it into a temporary folder that replaces the destination whole.
struct PartialWriter {
    var manifest: PartialManifest
    var items: [SiteWriter.Item]
    /// Cache key by tutorial path.
    var keys: [String: String]

    func write(to destination: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try FileSystem.writeDirectory(destination) { folder in
            for item in items {
                let entry = item.entry
                let target = PartialRecord.folder(entry.sitePath, in: folder)
                try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
                let figureData = item.figureData()
                for (step, row) in zip(entry.result.steps, figureData) {
                    for (figure, data) in zip(step.figures, row) {
                        if let data { try data.write(to: target.appendingPathComponent(figure.file)) }
                        // A failed comparison's expected and diff images travel with the figure.
                        for file in [figure.comparison?.expectedFile, figure.comparison?.diffFile].compactMap({ $0 }) {
                            if let extra = try? Data(contentsOf: item.folder.appendingPathComponent(file)) {
                                try extra.write(to: target.appendingPathComponent(file))
                            }
                        }
                    }
                }
                var thumbnail: String?
                if let thumb = item.thumbnail, let data = try? Data(contentsOf: item.folder.appendingPathComponent(thumb)) {
                    try data.write(to: target.appendingPathComponent(thumb))
                    thumbnail = thumb
                }
                let record = PartialRecord(
                    sitePath: entry.sitePath, displayPath: entry.tutorial.path,
                    key: keys[entry.sitePath] ?? "", result: entry.result, thumbnail: thumbnail)
                try encoder.encode(record).write(to: target.appendingPathComponent(PartialRecord.fileName))
                try Data(entry.tutorial.source).write(to: target.appendingPathComponent(PartialRecord.sourceName))
                try item.notebook(figureData).json().write(to: target.appendingPathComponent(entry.paths.flatStem + ".ipynb"))
            }
            try ExecutionTimings(items.map(\.entry)).json().write(to: folder.appendingPathComponent(ExecutionTimings.fileName))
            try encoder.encode(manifest).write(to: folder.appendingPathComponent(PartialManifest.fileName))
        }
    }
}
