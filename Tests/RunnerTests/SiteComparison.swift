import Foundation

/// Compares two built sites the way a sharded build promises: the same files, equal bytes,
/// and text equal once measured times and memory are masked (the execution-times page,
/// ordered by time, is compared as a set of lines).
enum SiteComparison {
    /// Paths relative to `folder`, hidden files included, sorted.
    static func files(in folder: URL) -> [String] {
        let base = folder.standardizedFileURL.resolvingSymlinksInPath().path + "/"
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var paths: [String] = []
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            let path = url.standardizedFileURL.resolvingSymlinksInPath().path
            paths.append(path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path)
        }
        return paths.sorted()
    }

    static func masked(_ text: String) -> String {
        text.replacing(/\d+\.\d+ (s|MiB)\b/, with: "#")
            .replacing(/\d+ minutes \d+\.\d+ seconds/, with: "#")
            .replacing(/"(seconds|peakMemoryBytes)" : [0-9.e+-]+/, with: "#")
    }

    /// What differs between the sites at `a` and `b` (empty when they are equal).
    static func differences(_ a: URL, _ b: URL) -> [String] {
        let left = files(in: a), right = files(in: b)
        var problems: [String] = []
        if left != right {
            problems.append("only in \(a.lastPathComponent): \(Set(left).subtracting(right).sorted()); only in \(b.lastPathComponent): \(Set(right).subtracting(left).sorted())")
        }
        for path in Set(left).intersection(right).sorted() {
            guard let x = try? Data(contentsOf: a.appendingPathComponent(path)),
                  let y = try? Data(contentsOf: b.appendingPathComponent(path)) else { problems.append("\(path): unreadable"); continue }
            if x == y { continue }
            // DocC's data names the clone's source files (each clone documents its own
            // checkout): the same pages must exist, their content may differ by those paths.
            if path.hasPrefix("api/") && (path.split(separator: "/").count > 2 || !path.hasSuffix(".html")) { continue }
            let textual = [".html", ".json", ".ipynb", ".md", ".swift"].contains { path.hasSuffix($0) }
            guard textual else { problems.append("\(path): bytes differ"); continue }
            var p = masked(String(decoding: x, as: UTF8.self)), q = masked(String(decoding: y, as: UTF8.self))
            if path.hasSuffix("execution-times.html") {
                p = p.split(separator: "\n").sorted().joined(separator: "\n")
                q = q.split(separator: "\n").sorted().joined(separator: "\n")
            }
            if p != q { problems.append("\(path): differs once times are masked") }
        }
        return problems
    }
}
