import Foundation

extension Datasets {
    /// The real dataset files in the data folder, as `relative/path:size` lines, sorted: what
    /// a tutorial's results depend on besides the library (simulated data is not listed: the
    /// library makes it the same on every machine). Paths are relative to the data folder and
    /// no modification time is read, so equal data on two machines gives equal lists.
    /// Subject folders marked simulated, a simulated mask and hidden files are left out.
    public static func realDataInventory(dataDirectory: String? = nil) -> [String] {
        let root = URL(fileURLWithPath: self.dataDirectory(dataDirectory)).standardizedFileURL
        var lines: [String] = []
        func visit(_ folder: URL, _ relative: String) {
            let fm = FileManager.default
            guard let names = try? fm.contentsOfDirectory(atPath: folder.path) else { return }
            if names.contains(HaxbyCache.markerName) { return }
            let simulatedMask = names.contains(HaxbyBrainMask.markerName)
            for name in names.sorted() where !name.hasPrefix(".") {
                if simulatedMask && name == HaxbyBrainMask.fileName { continue }
                let url = folder.appendingPathComponent(name)
                let path = relative.isEmpty ? name : relative + "/" + name
                let attributes = try? fm.attributesOfItem(atPath: url.path)
                if attributes?[.type] as? FileAttributeType == .typeDirectory {
                    visit(url, path)
                } else if let size = attributes?[.size] as? NSNumber {
                    lines.append("\(path):\(size)")
                }
            }
        }
        visit(root, "")
        return lines
    }
}
