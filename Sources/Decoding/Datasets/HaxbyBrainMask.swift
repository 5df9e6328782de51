import FileSupport
import Foundation

/// The whole-brain mask of the Haxby data, `haxby2001/mask.nii.gz`, where nilearn's
/// `fetch_haxby` keeps it (next to the subject folders: it is one file for every subject,
/// downloaded separately from the subject archives).
///
/// Real data keeps a real mask: one already there is used, else one is downloaded from the URL
/// given. With a simulated subject and no mask, a simulated one is written: the simulated
/// brain (the voxels where the simulated bold carries brain signal) on the bold's grid, which
/// holds the simulated ventral-temporal, face and house masks. A marker file tells a simulated
/// mask from a real one, so real data never ends up with a simulated mask.
enum HaxbyBrainMask {
    static let fileName = HaxbyFiles.maskFileName
    static let markerName = HaxbyFiles.simulatedMaskMarker
    static let generatorVersion = "haxby-mask 1"

    private static let noticeLock = NSLock()
    nonisolated(unsafe) private static var noticeShown = false

    /// Makes `<root>/mask.nii.gz` match the subject's origin (see the type's description) and
    /// returns its path. Without a real mask and without `url`, the path is returned anyway and a
    /// notice says how to provide the file.
    @discardableResult
    static func provide(root: String, simulatedSubject: Bool, url: URL?, sha256: String?,
                        geometry: @autoclosure () -> HaxbyGeometry = HaxbyGeometry()) throws -> String {
        let fm = FileManager.default
        let path = root + "/" + fileName, marker = root + "/" + markerName
        let present = fm.fileExists(atPath: path)
        let simulatedMask = fm.fileExists(atPath: marker)
        if simulatedSubject {
            if present && !simulatedMask { return path }  // a real mask on the same grid: kept
            if present, (try? String(contentsOfFile: marker, encoding: .utf8)) == generatorVersion { return path }
            try write(geometry(), to: path)
            try generatorVersion.write(toFile: marker, atomically: true, encoding: .utf8)
            return path
        }
        if present && !simulatedMask { return path }
        if let url {
            try Download(url: url, destination: path, sha256: sha256, label: "Downloading \(fileName)").run()
            try? fm.removeItem(atPath: marker)
            return path
        }
        if simulatedMask {
            // Made for a simulated subject: wrong for real data.
            try? fm.removeItem(atPath: path)
            try? fm.removeItem(atPath: marker)
        }
        notice(path)
        return path
    }

    /// The simulated brain as a uint8 mask (1 inside) on the simulation's grid and affine,
    /// written atomically.
    static func write(_ geometry: HaxbyGeometry, to path: String) throws {
        let d = geometry.dimensions
        let data = geometry.brain.map { $0 ? UInt8(1) : 0 }
        try NiftiImage(data: data, shape: [d.x, d.y, d.z], affine: geometry.affine).write(to: path)
    }

    private static func notice(_ path: String) {
        noticeLock.lock()
        defer { noticeLock.unlock() }
        guard !noticeShown else { return }
        noticeShown = true
        FileHandle.standardError.write(Data("""
            \(path) is missing: the real Haxby whole-brain mask is downloaded separately (pass maskURL: to fetchHaxby, or copy nilearn's haxby2001/mask.nii.gz there).

            """.utf8))
    }
}
