import Foundation

extension Datasets {
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
            guard !fm.fileExists(atPath: "\(root)/\(name)/\(HaxbyCache.markerName)") else { continue }
            let files = HaxbyDataset.fileNames.map { size("\(name)/\($0)") }
            if files.allSatisfy({ $0 != nil }) { lines += files.compactMap { $0 } }
        }
        if !fm.fileExists(atPath: root + "/" + HaxbyBrainMask.markerName), let mask = size(HaxbyBrainMask.fileName) {
            lines.append(mask)
        }
        return lines.sorted()
    }
}
