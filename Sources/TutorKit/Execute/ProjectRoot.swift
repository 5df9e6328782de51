import Foundation

/// Finds the package a path belongs to: the nearest folder at or above it that holds
/// `Package.swift` and `Sources/Decoding`, so `tutor` works from any folder inside the project.
public enum ProjectRoot {
    public static func containing(_ path: String) -> String? {
        var folder = URL(fileURLWithPath: path).standardizedFileURL
        while true {
            let manifest = folder.appendingPathComponent("Package.swift").path
            let library = folder.appendingPathComponent("Sources/Decoding").path
            if FileManager.default.fileExists(atPath: manifest), FileManager.default.fileExists(atPath: library) {
                return folder.path
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    /// The project around the current folder.
    public static var current: String? { containing(FileManager.default.currentDirectoryPath) }
}
