import Foundation

/// Where the gallery gets the library's public symbols for its API back-references.
enum LibrarySymbolSource: Sendable {
    case none
    /// Given names (tests, or a caller that knows them).
    case names(Set<String>)
    /// From the compiler: `swift-symbolgraph-extract` on the built `Decoding` module.
    case symbolGraph(LibraryBuild)
}

/// The public names of the Decoding library, for API back-references: top-level types and
/// functions (`NiftiMasker`, `crossValScore`) and the static functions of top-level types,
/// qualified by them (`Plotting.plotROI`, the library's namespaces in nilearn's manner).
///
/// They come from the compiler's symbol graph of the built module, so the list is exactly
/// the library's API; it is cached under the library build's stamp, so a warm build reads
/// one small file.
enum LibrarySymbols {
    static func load(_ source: LibrarySymbolSource, cache: URL, progress: BuildProgress) -> Set<String> {
        switch source {
        case .none: return []
        case .names(let names): return names
        case .symbolGraph(let build):
            do {
                return try cached(build, cache: cache)
            } catch {
                progress.say("warning: no API back-references: \(error)")
                return []
            }
        }
    }

    /// The symbols of `build`, from the cache when the library build is unchanged.
    static func cached(_ build: LibraryBuild, cache: URL) throws -> Set<String> {
        let key = Fingerprint(["symbols-2", LibraryIdentity.toolchainVersion, LibraryIdentity.of(build)]).hex.prefix(16)
        let file = cache.appendingPathComponent("symbols-\(key).json")
        if let data = try? Data(contentsOf: file), let names = try? JSONDecoder().decode([String].self, from: data) {
            return Set(names)
        }
        let names = try extract(build)
        try? FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        if let data = try? JSONEncoder().encode(names.sorted()) {
            try? AtomicFile.write([UInt8](data), to: file.path)
        }
        return names
    }

    /// Runs `swift-symbolgraph-extract` on the built module.
    static func extract(_ build: LibraryBuild) throws -> Set<String> {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("tutor-symbols-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: output) }
        var command = [
            "swift-symbolgraph-extract", "-module-name", "Decoding", "-target", try targetTriple(),
            "-I", build.folder + "/Modules", "-output-dir", output.path, "-minimum-access-level", "public",
            "-skip-synthesized-members",
        ]
        for map in CompilerFlags.moduleMaps(in: build.projectRoot) + CompilerFlags.builtModuleMaps(in: build.folder) {
            command += ["-Xcc", "-fmodule-map-file=" + map]
        }
        for flag in CompilerFlags.pkgConfigFlags(root: build.projectRoot) { command += ["-Xcc", flag] }
        let result = try Subprocess.run(command)
        let graph = output.appendingPathComponent("Decoding.symbols.json")
        guard result.status == 0, let data = try? Data(contentsOf: graph) else {
            throw SymbolGraphError(output: result.output)
        }
        return try names(inSymbolGraph: data)
    }

    struct SymbolGraphError: Error, CustomStringConvertible {
        var output: String
        var description: String {
            "swift-symbolgraph-extract failed: \(output.split(separator: "\n").first ?? "no output")"
        }
    }

    /// The names described above, from a symbol graph file.
    static func names(inSymbolGraph data: Data) throws -> Set<String> {
        struct Graph: Decodable {
            struct Symbol: Decodable {
                struct Kind: Decodable { var identifier: String }
                var kind: Kind
                var pathComponents: [String]
            }
            var symbols: [Symbol]
        }
        let topLevel: Set<String> = ["swift.struct", "swift.class", "swift.enum", "swift.protocol", "swift.typealias", "swift.func"]
        var names = Set<String>()
        for symbol in try JSONDecoder().decode(Graph.self, from: data).symbols {
            let path = symbol.pathComponents.map { String($0.prefix { $0 != "(" }) }
            guard !path.contains(where: { $0.hasPrefix("_") || $0.isEmpty }) else { continue }
            if path.count == 1, topLevel.contains(symbol.kind.identifier) {
                names.insert(path[0])
            } else if path.count == 2, symbol.kind.identifier == "swift.type.method" {
                names.insert(path.joined(separator: "."))
            }
        }
        return names
    }

    /// The target the toolchain compiles for (`swiftc -print-target-info`).
    private static func targetTriple() throws -> String {
        struct Info: Decodable {
            struct Target: Decodable { var triple: String }
            var target: Target
        }
        guard let output = try Subprocess.capture(["swiftc", "-print-target-info"]) else {
            throw SymbolGraphError(output: "swiftc -print-target-info failed")
        }
        return try JSONDecoder().decode(Info.self, from: Data(output.utf8)).target.triple
    }

    /// For each identifier that may appear in code, the symbol it stands for: a top-level
    /// name for itself; a qualified static function for its last component, when no other
    /// symbol has that name (an ambiguous name links nowhere rather than to the wrong page).
    static func lookup(_ symbols: Set<String>) -> [String: String] {
        var map: [String: String] = [:]
        var ambiguous = Set<String>()
        for s in symbols where !s.contains(".") { map[s] = s }
        for s in symbols.sorted() where s.contains(".") {
            let word = String(s.split(separator: ".").last!)
            if symbols.contains(word) || ambiguous.contains(word) { continue }
            if map[word] != nil { ambiguous.insert(word); map[word] = nil; continue }
            map[word] = s
        }
        return map
    }

    /// The library symbols `code` uses, outside strings and comments.
    static func used(in code: String, lookup: [String: String]) -> Set<String> {
        final class Box: @unchecked Sendable { var found = Set<String>() }
        let box = Box()
        _ = SwiftHighlighter { word in
            if let symbol = lookup[word] { box.found.insert(symbol) }
            return nil
        }.html(code)
        return box.found
    }
}
