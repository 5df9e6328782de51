import FileSupport
import Foundation

/// Output of a tool that depends only on installed files (`swiftc --version`), remembered on
/// disk so that `tutor run` does not start the tool at every run: the Swift driver and its
/// frontend are two large processes, most of a second on a loaded machine for one line.
///
/// An entry is named by the command and the stamps (path, size, modification time) of the
/// files its answer depends on, so installing another toolchain asks again. Entries live in
/// `$XDG_CACHE_HOME/tutor` (else `~/.cache/tutor`); when that cannot be written the tool is
/// simply asked each time.
enum ToolOutputMemo {
    /// `command`'s standard output when it exits with 0, else nil (never remembered).
    static func capture(_ command: [String], dependingOn files: [String]) -> String? {
        let key = Fingerprint(["tool-output-1"] + command + files.map(FileStamp.orMissing)).hex
        let entry = folder.map { "\($0)/\(key)" }
        if let entry, let known = try? String(contentsOfFile: entry, encoding: .utf8) { return known }
        guard let output = (try? Subprocess.capture(command)) ?? nil else { return nil }
        if let folder, let entry, (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil {
            try? AtomicFile.write(Array(output.utf8), to: entry)
        }
        return output
    }

    /// `$XDG_CACHE_HOME/tutor`, else `~/.cache/tutor`; nil without either.
    static var folder: String? { userCacheFolder("tutor") }
}
