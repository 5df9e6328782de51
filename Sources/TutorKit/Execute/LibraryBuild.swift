import Foundation

/// The built `Decoding` library a tutorial program links against: the folder SwiftPM built
/// `tutor` into (`.build/debug` or `.build/release`) also holds `libDecoding.so` and
/// `Modules/Decoding.swiftmodule`. Tutorials are compiled against these files; the
/// library is never rebuilt by the runner.
public struct LibraryBuild: Sendable, Equatable {
    /// The build products folder (e.g. `<root>/.build/x86_64-unknown-linux-gnu/debug`).
    public var folder: String
    /// The package the build belongs to (for module maps and the cache).
    public var projectRoot: String

    public init(folder: String, projectRoot: String) {
        self.folder = folder
        self.projectRoot = projectRoot
    }

    #if os(macOS)
    public static let libraryName = "libDecoding.dylib"
    #else
    public static let libraryName = "libDecoding.so"
    #endif

    public var libraryPath: String { folder + "/" + Self.libraryName }
    public var modulePath: String { folder + "/Modules/Decoding.swiftmodule" }
    /// The tutorial harness's module, built into the same library (`TutorHarness`).
    public var harnessModulePath: String { folder + "/Modules/TutorHarness.swiftmodule" }

    /// The build next to the running executable (`TUTOR_BUILD_DIR` overrides the folder).
    public static func forRunningExecutable() throws(LibraryBuildError) -> LibraryBuild {
        let environment = ProcessInfo.processInfo.environment
        let folder: String
        if let override = environment["TUTOR_BUILD_DIR"], !override.isEmpty {
            folder = URL(fileURLWithPath: override).standardizedFileURL.path
        } else {
            let executable = Bundle.main.executableURL?.resolvingSymlinksInPath()
                ?? URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            folder = executable.deletingLastPathComponent().path
        }
        return try located(in: folder)
    }

    /// The build in `folder`, checked to hold the library and its modules.
    public static func located(in folder: String) throws(LibraryBuildError) -> LibraryBuild {
        guard let root = ProjectRoot.containing(folder) else { throw .notInProject(folder: folder) }
        let build = LibraryBuild(folder: folder, projectRoot: root)
        if let missing = [build.libraryPath, build.modulePath, build.harnessModulePath].first(where: { !FileManager.default.fileExists(atPath: $0) }) {
            throw .notBuilt(missing: missing)
        }
        return build
    }
}

public enum LibraryBuildError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The command that builds the library for the configuration `path` belongs to.
    static func buildCommand(for path: String) -> String {
        path.contains("/release/") ? "swift build -c release --product Decoding" : "swift build --product Decoding"
    }

    case notInProject(folder: String)
    /// The library or its module is not in the build folder.
    case notBuilt(missing: String)

    public var description: String {
        switch self {
        case .notInProject(let folder):
            "tutor: \(folder) is not inside a package with Sources/Decoding; run tutor from the project's build (swift run tutor, or .build/debug/tutor)"
        case .notBuilt(let path):
            "tutor: the Decoding library is not built: \(path) is missing. Build it with `\(Self.buildCommand(for: path))` (building the tutor product alone does not produce it)"
        }
    }
}
