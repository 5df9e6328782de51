import Foundation

/// Where the Haxby 2001 files live on disk and what they are called, as nilearn's `fetch_haxby`
/// lays them out: the library's fetchers write this layout and `tutor` reads it (to tell which
/// real data a tutorial's results depend on) without linking the library.
public enum HaxbyFiles {
    /// A subject folder's files, `<data dir>/haxby2001/subj<N>/<name>`.
    public static let subjectFileNames = ["bold.nii.gz", "anat.nii.gz", "mask4_vt.nii.gz", "mask8b_face_vt.nii.gz",
                                          "mask8b_house_vt.nii.gz", "labels.txt"]
    /// Written last into a simulated subject folder; its content names the generator version.
    public static let simulatedMarker = ".simulated"
    /// The whole-brain mask, one file for every subject, next to the subject folders.
    public static let maskFileName = "mask.nii.gz"
    /// Next to a simulated whole-brain mask.
    public static let simulatedMaskMarker = ".mask-simulated"

    /// The data folder: `directory`, else `$DECODING_DATA`, else `~/decoding_data`.
    public static func dataDirectory(_ directory: String? = nil) -> String {
        if let directory, !directory.isEmpty { return directory }
        if let env = ProcessInfo.processInfo.environment["DECODING_DATA"], !env.isEmpty { return env }
        return FileManager.default.homeDirectoryForCurrentUser.path + "/decoding_data"
    }

    /// The real dataset files the fetchers would use, as `relative/path:size` lines, sorted:
    /// what a tutorial's results depend on besides the library. Simulated data is not listed
    /// (the library makes it the same on every machine), nor is anything else in the folder
    /// (downloads in progress, staging and set-aside folders), so the list changes only when
    /// the data a tutorial would load does. Paths are relative to the data folder and no
    /// modification time is read, so equal data on two machines gives equal lists.
    public static func realDataInventory(dataDirectory: String? = nil) -> [String] {
        let fm = FileManager.default
        let root = self.dataDirectory(dataDirectory) + "/haxby2001"
        func size(_ relative: String) -> String? {
            (try? fm.attributesOfItem(atPath: root + "/" + relative))?[.size].map { "haxby2001/\(relative):\($0)" }
        }
        var lines: [String] = []
        let names = ((try? fm.contentsOfDirectory(atPath: root)) ?? []).sorted()
        for name in names where name.wholeMatch(of: /subj\d+/) != nil {
            guard !fm.fileExists(atPath: "\(root)/\(name)/\(simulatedMarker)") else { continue }
            let files = subjectFileNames.map { size("\(name)/\($0)") }
            if files.allSatisfy({ $0 != nil }) { lines += files.compactMap { $0 } }
        }
        if !fm.fileExists(atPath: root + "/" + simulatedMaskMarker), let mask = size(maskFileName) {
            lines.append(mask)
        }
        return lines.sorted()
    }
}
