import FileSupport
import Foundation

/// Puts a subject folder in place atomically: files are prepared in a hidden sibling folder,
/// then renamed to `subj<N>`, so an interrupted download or generation never leaves a
/// half-filled subject folder behind.
enum HaxbyCache {
    /// Written last into a simulated folder; its content names the generator version.
    static let markerName = HaxbyFiles.simulatedMarker
    static let generatorVersion = "haxby-simulation 4"

    private static let noticeLock = NSLock()
    nonisolated(unsafe) private static var noticeShown = false

    /// Generates `simulation` (default: the full-size subject) unless a folder made by the
    /// same generator version is already there.
    static func simulate(subject: Int, into folder: String, root: String, simulation: HaxbySimulation? = nil) throws {
        let marker = folder + "/" + markerName
        if (try? String(contentsOfFile: marker, encoding: .utf8)) == generatorVersion {
            notice(folder, generating: false)
            return
        }
        notice(folder, generating: true)
        let staging = try stagingFolder(root: root, subject: subject)
        defer { try? FileManager.default.removeItem(atPath: staging) }
        try (simulation ?? HaxbySimulation(subject: subject)).write(to: staging)
        try generatorVersion.write(toFile: staging + "/" + markerName, atomically: true, encoding: .utf8)
        try install(staging, at: folder)
    }

    static func download(_ url: URL, sha256: String?, into folder: String, root: String) throws {
        let name = url.lastPathComponent.isEmpty ? "haxby.tar.gz" : url.lastPathComponent
        let archive = root + "/" + name
        try Download(url: url, destination: archive, sha256: sha256, label: "Downloading \(name)").run()
        let subject = (folder as NSString).lastPathComponent
        let staging = try stagingFolder(root: root, subject: Int(subject.dropFirst(4)) ?? 0)
        defer { try? FileManager.default.removeItem(atPath: staging) }
        try TarReader(archive: archive).extract(to: staging)
        guard let found = subjectFolder(in: staging, preferring: subject) else {
            throw Datasets.Failure.archiveWithoutSubject(archive: archive, missing: HaxbyDataset.fileNames)
        }
        try install(found, at: folder)
        try? FileManager.default.removeItem(atPath: archive)
    }

    /// The shallowest folder under `top` holding every Haxby file (`subjN` first).
    static func subjectFolder(in top: String, preferring name: String) -> String? {
        let fm = FileManager.default
        func complete(_ dir: String) -> Bool { HaxbyDataset.fileNames.allSatisfy { fm.fileExists(atPath: dir + "/" + $0) } }
        if complete(top) { return top }
        let all = (fm.subpaths(atPath: top) ?? []).filter { $0.hasSuffix("bold.nii.gz") }
            .map { top + "/" + ($0 as NSString).deletingLastPathComponent }
            .filter(complete)
            .sorted { ($0.hasSuffix("/" + name) ? 0 : 1, $0.count) < ($1.hasSuffix("/" + name) ? 0 : 1, $1.count) }
        return all.first
    }

    static func stagingFolder(root: String, subject: Int) throws -> String {
        let path = root + "/.subj\(subject).staging-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Replaces `folder` by `staging` with renames only (old content moved aside, then removed).
    static func install(_ staging: String, at folder: String) throws {
        let fm = FileManager.default
        var aside: String?
        if fm.fileExists(atPath: folder) {
            aside = folder + ".old-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
            try fm.moveItem(atPath: folder, toPath: aside!)
        }
        try fm.moveItem(atPath: staging, toPath: folder)
        if let aside { try? fm.removeItem(atPath: aside) }
    }

    /// Says once per process, on stderr, that the data is simulated.
    static func notice(_ folder: String, generating: Bool) {
        noticeLock.lock()
        defer { noticeLock.unlock() }
        guard !noticeShown else { return }
        noticeShown = true
        let verb = generating ? "Generating" : "Using"
        FileHandle.standardError.write(Data("""
            \(verb) SIMULATED Haxby data in \(folder) (no real data there; results are illustrative, not real brain data).

            """.utf8))
    }
}
