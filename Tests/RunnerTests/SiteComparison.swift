import Foundation

/// Compares two built sites the way a sharded build promises: the same files, equal bytes,
/// and text equal once measured times and memory are masked (the execution-times page,
/// ordered by time, is compared as a set of lines).
enum SiteComparison {
    /// Paths of the regular files under `folder` (symbolic links not followed), relative to
    /// it, hidden files included, sorted. A readdir walk: Foundation's URL enumerator and
    /// symlink resolution made listing two sites of the sharded-build test cost a CPU second.
    static func files(in folder: URL) -> [String] {
        let root = folder.path
        var paths: [String] = []
        func walk(_ relative: String) {
            guard let directory = opendir(relative.isEmpty ? root : root + "/" + relative) else { return }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
                if name == "." || name == ".." { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                var status = stat()
                guard lstat(root + "/" + path, &status) == 0 else { continue }
                switch status.st_mode & S_IFMT {
                case S_IFDIR: walk(path)
                case S_IFREG: paths.append(path)
                default: break
                }
            }
        }
        walk("")
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
