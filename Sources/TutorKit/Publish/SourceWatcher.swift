import Foundation

/// Notices changes under the watched files and folders by polling: the sorted list of
/// (path, size, modification time) of every regular file is compared between polls.
/// Polling is simple, portable and cheap for a tutorials folder.
struct SourceWatcher: Sendable {
    var watched: [URL]

    func snapshot() -> [String] {
        var entries: [String] = []
        let fm = FileManager.default
        for url in watched {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: url.path, isDirectory: &isDir) else { continue }
            let files: [URL]
            if isDir.boolValue {
                let walker = fm.enumerator(at: url, includingPropertiesForKeys: [.contentModificationDateKey, .fileSizeKey], options: [.skipsHiddenFiles])
                files = (walker?.compactMap { $0 as? URL }) ?? []
            } else {
                files = [url]
            }
            for file in files where (try? file.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                if let stamp = FileStamp.of(file.path) { entries.append(stamp) }
            }
        }
        return entries.sorted()
    }
}
