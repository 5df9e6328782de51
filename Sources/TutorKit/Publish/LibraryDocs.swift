import Foundation

/// The library's API as the gallery publishes it: the public names code can link to, and,
/// when DocC ran, each name's documentation page and the DocC site that holds it.
struct LibraryAPI: Sendable, Equatable {
    var symbols: Set<String> = []
    /// Symbol → its DocC page, relative to the site's `api/` folder
    /// (`documentation/decoding/niftimasker/`: DocC's app routes by the folder's URL, so a
    /// link naming `index.html` would show its "page not found").
    var pages: [String: String] = [:]
    /// The DocC static site copied into `api/` (nil: no documentation).
    var docs: URL?

    init(symbols: Set<String> = [], pages: [String: String] = [:], docs: URL? = nil) {
        self.symbols = symbols
        self.pages = pages
        self.docs = docs
    }

    /// What the site depends on, for its stamp: the DocC folder's name carries its cache key.
    var identity: [String] {
        symbols.sorted() + pages.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } + [docs?.lastPathComponent ?? "no-docs"]
    }
}

/// Runs DocC on the library's symbol graph (and its `Decoding.docc` catalog) without the
/// package plugin, and maps symbols to the pages it wrote.
enum LibraryDocs {
    /// The folder of the site holding DocC's output.
    static let folder = "api"

    /// The URL path DocC's static pages are served under (they need it absolute): `api` for a
    /// site served at a host's root, `<sitePath>/api` for one served under a sub-folder, as a
    /// GitHub Pages project site is (`/<repository>/`).
    static func hostingBasePath(sitePath: String) -> String {
        sitePath.isEmpty ? folder : sitePath + "/" + folder
    }

    /// `path` (`/repo/`, `repo`, `/a/b`) as a site path without outer slashes; nil when it
    /// holds anything but URL-safe path characters.
    static func sitePath(_ path: String) -> String? {
        let trimmed = path.split(separator: "/", omittingEmptySubsequences: true).joined(separator: "/")
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/")
        return trimmed.allSatisfy { allowed.contains($0) } && !trimmed.split(separator: "/").contains("..") ? trimmed : nil
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Content identity of the catalog (every file's path and bytes), for cache keys.
    static func identity(catalog: URL) -> String {
        var f = Fingerprint()
        let fm = FileManager.default
        let files = (fm.enumerator(atPath: catalog.path)?.allObjects as? [String] ?? []).sorted()
        for file in files {
            guard let data = fm.contents(atPath: catalog.appendingPathComponent(file).path) else { continue }
            f.add(file)
            f.add([UInt8](data))
        }
        return f.hex
    }

    /// Converts `symbolGraphs` (a folder with `Decoding.symbols.json`) and `catalog` (when it
    /// exists) into a static site at `output`, which appears only when complete. Returns the
    /// page of each symbol, by USR, relative to the site (`documentation/decoding/x/`).
    static func convert(symbolGraphs: URL, catalog: URL, to output: URL, sitePath: String = "") throws -> [String: String] {
        let fm = FileManager.default
        let scratch = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).building-\(ProcessInfo.processInfo.processIdentifier)")
        try? fm.removeItem(at: scratch)
        try fm.createDirectory(at: scratch, withIntermediateDirectories: true)
        Temporaries.track(scratch.path)
        defer { Temporaries.remove(scratch.path) }
        var source = catalog
        if !fm.fileExists(atPath: catalog.path) {
            source = scratch.appendingPathComponent("Decoding.docc")
            try fm.createDirectory(at: source, withIntermediateDirectories: true)
        }
        let site = scratch.appendingPathComponent("site")
        let command = [
            "docc", "convert", source.path, "--additional-symbol-graph-dir", symbolGraphs.path,
            "--fallback-display-name", "Decoding", "--fallback-bundle-identifier", "org.tutor.Decoding",
            "--output-path", site.path, "--transform-for-static-hosting",
            "--hosting-base-path", hostingBasePath(sitePath: sitePath), "--emit-digest",
        ]
        let result: (status: Int32, output: String)
        do {
            result = try Subprocess.run(command)
        } catch {
            throw Failure(description: "cannot run docc: \(error)")
        }
        let entitiesFile = site.appendingPathComponent("linkable-entities.json")
        guard result.status == 0, let data = fm.contents(atPath: entitiesFile.path) else {
            let firstError = result.output.split(separator: "\n").first { $0.contains("error") } ?? result.output.split(separator: "\n").last
            throw Failure(description: "docc convert failed (status \(result.status)): \(firstError ?? "no output")")
        }
        let pages = try pagesByUSR(linkableEntities: data)
        // Every page asks for it; without it the browser logs a failed load.
        let theme = site.appendingPathComponent("theme-settings.json")
        if !fm.fileExists(atPath: theme.path) { try Data("{}\n".utf8).write(to: theme) }
        try FileSystem.replaceDirectory(output, with: site)
        return pages
    }

    /// USR → page, from DocC's `linkable-entities.json` (paths like `/documentation/decoding/x`).
    static func pagesByUSR(linkableEntities data: Data) throws -> [String: String] {
        struct Entity: Decodable { var usr: String?; var path: String }
        var pages: [String: String] = [:]
        for entity in try JSONDecoder().decode([Entity].self, from: data) {
            guard let usr = entity.usr else { continue }
            let path = entity.path.hasPrefix("/") ? String(entity.path.dropFirst()) : entity.path
            pages[usr] = path + "/"
        }
        return pages
    }

    /// Each name's page: the first of its symbols' pages that exists (an overloaded function
    /// links to one of its overloads; DocC's overload pages list the others).
    static func pages(for usrs: [String: [String]], pagesByUSR: [String: String]) -> [String: String] {
        var pages: [String: String] = [:]
        for (name, list) in usrs {
            if let page = list.compactMap({ pagesByUSR[$0] }).sorted(by: { ($0.count, $0) < ($1.count, $1) }).first {
                pages[name] = page
            }
        }
        return pages
    }
}
