import Foundation

/// What `swiftc` needs, besides the program, to import `Decoding` from a build.
///
/// `Decoding` imports the package's system-library modules (CIsal, CPNG, …) publicly, so a
/// client must see their module maps too: every `Sources/*/module.modulemap` is passed with
/// `-fmodule-map-file` (the package's own C code has its module maps there too, apart from its
/// sources), and the header folders of the `pkgConfig:` names in `Package.swift` come from
/// `pkg-config --cflags`.
enum CompilerFlags {
    /// The tutorial program's module; `#fileID` (used by `fatalError`) starts with it.
    static let moduleName = "TutorialProgram"

    /// The compiler: `$TUTOR_SWIFTC`, else `swiftc` on the `PATH`.
    static var swiftc: String {
        ProcessInfo.processInfo.environment["TUTOR_SWIFTC"].flatMap { $0.isEmpty ? nil : $0 } ?? "swiftc"
    }

    static func arguments(for build: LibraryBuild) -> [String] {
        var arguments = [
            "-swift-version", "5", "-Onone", "-suppress-warnings", "-diagnostic-style=llvm",
            "-module-name", moduleName,
            "-I", build.folder + "/Modules",
            "-L", build.folder, "-lDecoding",
        ]
        // The relative run path first: a program from a cache restored in another clone
        // loads that clone's library, never one left at the old absolute path.
        if let relative = originRelativeLibraryFolder(for: build) {
            arguments += ["-Xlinker", "-rpath", "-Xlinker", relative]
        }
        arguments += ["-Xlinker", "-rpath", "-Xlinker", build.folder]
        return arguments + clangImporterArguments(root: build.projectRoot)
    }

    /// What the compiler needs to load the C modules `Decoding` imports: their module maps
    /// and the pkg-config header folders, each passed with `-Xcc`.
    static func clangImporterArguments(root: String) -> [String] {
        (moduleMaps(in: root).map { "-fmodule-map-file=" + $0 } + pkgConfigFlags(root: root))
            .flatMap { ["-Xcc", $0] }
    }

    /// Where compiled programs are cached unless told otherwise: `<root>/.build/tutor-cache`.
    static func defaultCacheFolder(for build: LibraryBuild) -> String {
        build.projectRoot + "/.build/tutor-cache"
    }

    /// The library folder as seen from a program in the default cache
    /// (`<root>/.build/tutor-cache/<key>/program`), when the build is under `<root>/.build`.
    static func originRelativeLibraryFolder(for build: LibraryBuild) -> String? {
        let buildRoot = build.projectRoot + "/.build/"
        guard build.folder.hasPrefix(buildRoot) else { return nil }
        return "$ORIGIN/../../" + build.folder.dropFirst(buildRoot.count)
    }

    static func moduleMaps(in root: String) -> [String] {
        let sources = root + "/Sources"
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: sources)) ?? []
        return folders.sorted().map { "\(sources)/\($0)/module.modulemap" }
            .filter { FileManager.default.fileExists(atPath: $0) }
    }

    /// `-I` flags of the `pkgConfig: "name"` libraries the manifest names (none when
    /// pkg-config is missing: then only the default include path is searched).
    static func pkgConfigFlags(root: String) -> [String] {
        guard let manifest = try? String(contentsOfFile: root + "/Package.swift", encoding: .utf8) else { return [] }
        let names = manifest.matches(of: /pkgConfig:\s*"([^"]+)"/).map { String($0.output.1) }
        guard !names.isEmpty,
            let output = try? Subprocess.capture(["pkg-config", "--cflags-only-I"] + names)
        else { return [] }
        return output.split(whereSeparator: \.isWhitespace).map(String.init).filter { $0.hasPrefix("-I") }
    }
}
