import Foundation

/// Where the gallery gets the library's public symbols for its API back-references.
enum LibrarySymbolSource: Sendable {
    case none
    /// Given names (tests, or a caller that knows them).
    case names(Set<String>)
    /// From the compiler: `swift-symbolgraph-extract` on the built `Decoding` module, and
    /// DocC on that graph and the library's `Decoding.docc` catalog.
    case symbolGraph(LibraryBuild)
    /// A symbol graph already extracted (a folder holding `Decoding.symbols.json`) and the
    /// catalog to document it with (tests, or a caller that made the graph itself).
    case symbolGraphFolder(URL, catalog: URL)
}

/// The public names of the Decoding library, for API back-references: top-level types and
/// functions (`NiftiMasker`, `crossValScore`) and the static functions of top-level types,
/// qualified by them (`Plotting.plotROI`, the library's namespaces in nilearn's manner).
///
/// They come from the compiler's symbol graph of the built module, so the list is exactly
/// the library's API; DocC documents the same graph, and each name links to its page. Both
/// are cached under the library build's stamp, so a warm build reads one small file.
enum LibrarySymbols {
    /// `sitePath`: the URL path the site is served under ("" for a host's root), which DocC's
    /// pages need to know.
    static func load(_ source: LibrarySymbolSource, cache: URL, progress: BuildProgress, sitePath: String = "") -> LibraryAPI {
        switch source {
        case .none: return LibraryAPI()
        case .names(let names): return LibraryAPI(symbols: names)
        case .symbolGraph(let build):
            let catalog = URL(fileURLWithPath: build.projectRoot).appendingPathComponent("Sources/Decoding/Decoding.docc")
            let key = ["library", LibraryIdentity.of(build)]
            return loadOrWarn(key: key, catalog: catalog, cache: cache, progress: progress, sitePath: sitePath) { try extract(build, into: $0) }
        case .symbolGraphFolder(let folder, let catalog):
            let graph = (try? Data(contentsOf: folder.appendingPathComponent("Decoding.symbols.json"))) ?? Data()
            let key = ["graph", Fingerprint([String(decoding: graph, as: UTF8.self)]).hex]
            return loadOrWarn(key: key, catalog: catalog, cache: cache, progress: progress, sitePath: sitePath) { output in
                try FileManager.default.removeItem(at: output)
                try FileManager.default.copyItem(at: folder, to: output)
            }
        }
    }

    private static func loadOrWarn(
        key: [String], catalog: URL, cache: URL, progress: BuildProgress, sitePath: String, graph: (URL) throws -> Void
    ) -> LibraryAPI {
        do {
            return try cached(key: key, catalog: catalog, cache: cache, progress: progress, sitePath: sitePath, graph: graph)
        } catch {
            progress.say("warning: no API back-references or documentation: \(error)")
            return LibraryAPI()
        }
    }

    /// What the cache keeps beside the DocC site: the names, their pages, and why DocC
    /// failed (repeated as a warning by every build that reuses the entry).
    private struct Stored: Codable {
        var symbols: [String]
        var pages: [String: String]
        var docsError: String?
    }

    /// The API of the graph `graph` writes into a folder, from the cache when `key` and the
    /// catalog are unchanged; DocC runs on a miss, and its failure only loses the pages.
    static func cached(
        key: [String], catalog: URL, cache: URL, progress: BuildProgress, sitePath: String = "", graph: (URL) throws -> Void
    ) throws -> LibraryAPI {
        let fm = FileManager.default
        let base = LibraryDocs.hostingBasePath(sitePath: sitePath)
        let hash = Fingerprint(["symbols-3", LibraryIdentity.toolchainVersion, base, LibraryDocs.identity(catalog: catalog)] + key).hex.prefix(16)
        let file = cache.appendingPathComponent("symbols-\(hash).json")
        let docs = cache.appendingPathComponent("api-\(hash)", isDirectory: true)
        if let data = try? Data(contentsOf: file), let stored = try? JSONDecoder().decode(Stored.self, from: data),
           stored.docsError != nil || fm.fileExists(atPath: docs.appendingPathComponent("index.html").path) {
            if let reason = stored.docsError { progress.say("warning: no API documentation: \(reason)") }
            return LibraryAPI(symbols: Set(stored.symbols), pages: stored.pages, docs: stored.docsError == nil ? docs : nil)
        }
        let output = fm.temporaryDirectory.appendingPathComponent("tutor-symbols-\(UUID().uuidString)")
        try fm.createDirectory(at: output, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: output) }
        try graph(output)
        let graphData = try Data(contentsOf: output.appendingPathComponent("Decoding.symbols.json"))
        let usrs = try symbols(inSymbolGraph: graphData)
        var stored = Stored(symbols: usrs.keys.sorted(), pages: [:])
        try fm.createDirectory(at: cache, withIntermediateDirectories: true)
        do {
            progress.say("documenting the library with DocC…")
            let byUSR = try LibraryDocs.convert(symbolGraphs: output, catalog: catalog, to: docs, sitePath: sitePath)
            stored.pages = LibraryDocs.pages(for: usrs, pagesByUSR: byUSR)
        } catch {
            stored.docsError = "\(error)"
            progress.say("warning: no API documentation: \(error)")
        }
        if let data = try? JSONEncoder().encode(stored) {
            try? AtomicFile.write([UInt8](data), to: file.path)
        }
        removeStaleDocs(in: cache, keeping: docs.lastPathComponent)
        return LibraryAPI(symbols: Set(stored.symbols), pages: stored.pages, docs: stored.docsError == nil ? docs : nil)
    }

    /// DocC sites of earlier library builds (one site is a few megabytes; keep only the current one).
    private static func removeStaleDocs(in cache: URL, keeping name: String) {
        let fm = FileManager.default
        for other in (try? fm.contentsOfDirectory(atPath: cache.path)) ?? [] where other.hasPrefix("api-") && other != name {
            try? fm.removeItem(at: cache.appendingPathComponent(other))
        }
    }

    /// Runs `swift-symbolgraph-extract` on the built module, writing into `output`.
    static func extract(_ build: LibraryBuild, into output: URL) throws {
        var command = [
            "swift-symbolgraph-extract", "-module-name", "Decoding", "-target", try targetTriple(),
            "-I", build.folder + "/Modules", "-output-dir", output.path, "-minimum-access-level", "public",
            "-skip-synthesized-members",
        ]
        command += CompilerFlags.clangImporterArguments(root: build.projectRoot)
        let result = try Subprocess.run(command)
        guard result.status == 0, FileManager.default.fileExists(atPath: output.appendingPathComponent("Decoding.symbols.json").path) else {
            throw SymbolGraphError(output: result.output)
        }
    }

    struct SymbolGraphError: Error, CustomStringConvertible {
        var output: String
        var description: String {
            "swift-symbolgraph-extract failed: \(output.split(separator: "\n").first ?? "no output")"
        }
    }

    /// The names described above, from a symbol graph file.
    static func names(inSymbolGraph data: Data) throws -> Set<String> {
        Set(try symbols(inSymbolGraph: data).keys)
    }

    /// The names described above, each with the USRs of the symbols it names (several for
    /// overloads), from a symbol graph file.
    static func symbols(inSymbolGraph data: Data) throws -> [String: [String]] {
        struct Graph: Decodable {
            struct Symbol: Decodable {
                struct Kind: Decodable { var identifier: String }
                struct Identifier: Decodable { var precise: String }
                var kind: Kind
                var identifier: Identifier
                var pathComponents: [String]
            }
            var symbols: [Symbol]
        }
        let topLevel: Set<String> = ["swift.struct", "swift.class", "swift.enum", "swift.protocol", "swift.typealias", "swift.func"]
        var names: [String: [String]] = [:]
        for symbol in try JSONDecoder().decode(Graph.self, from: data).symbols {
            let path = symbol.pathComponents.map { String($0.prefix { $0 != "(" }) }
            guard !path.contains(where: { $0.hasPrefix("_") || $0.isEmpty }) else { continue }
            if path.count == 1, topLevel.contains(symbol.kind.identifier) {
                names[path[0], default: []].append(symbol.identifier.precise)
            } else if path.count == 2, symbol.kind.identifier == "swift.type.method" {
                names[path.joined(separator: "."), default: []].append(symbol.identifier.precise)
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
