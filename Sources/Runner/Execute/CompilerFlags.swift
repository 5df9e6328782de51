import Foundation

/// What `swiftc` needs, besides the program, to import `Decoding` from a build.
///
/// `Decoding` imports the package's system-library modules (CZlib, CPNG, …) and C targets
/// (CLiblinear) publicly, so a client must see their module maps too: every
/// `Sources/*/module.modulemap` and every map SwiftPM generated for a C target
/// (`<build>/<Target>.build/module.modulemap`) is passed with `-fmodule-map-file`, and the
/// header folders of the `pkgConfig:` names in `Package.swift` come from `pkg-config --cflags`.
enum CompilerFlags {
    /// The tutorial program's module; `#fileID` (used by `fatalError`) starts with it.
    static let moduleName = "TutorialProgram"

    static func arguments(for build: LibraryBuild) -> [String] {
        var arguments = [
            "-swift-version", "5", "-Onone", "-suppress-warnings", "-diagnostic-style=llvm",
            "-module-name", moduleName,
            "-I", build.folder + "/Modules",
            "-L", build.folder, "-lDecoding",
            "-Xlinker", "-rpath", "-Xlinker", build.folder,
        ]
        for map in moduleMaps(in: build.projectRoot) + generatedModuleMaps(in: build.folder) {
            arguments += ["-Xcc", "-fmodule-map-file=" + map]
        }
        for flag in pkgConfigFlags(root: build.projectRoot) {
            arguments += ["-Xcc", flag]
        }
        return arguments
    }

    static func moduleMaps(in root: String) -> [String] {
        let sources = root + "/Sources"
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: sources)) ?? []
        return folders.sorted().map { "\(sources)/\($0)/module.modulemap" }
            .filter { FileManager.default.fileExists(atPath: $0) }
    }

    /// The module maps SwiftPM writes for C-language targets of the build.
    static func generatedModuleMaps(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".build") }.sorted().map { "\(folder)/\($0)/module.modulemap" }
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
