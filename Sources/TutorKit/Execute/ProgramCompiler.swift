import Foundation

/// Compiles tutorial programs with `swiftc` against a `LibraryBuild`, caching binaries.
///
/// The cache key (`ProgramCacheKey`) names the program source, the toolchain, the compiler
/// arguments and the library's content, so an unchanged tutorial reruns without compiling,
/// any change (to the tutorial or a rebuilt library) compiles afresh, and a restored cache
/// hits in another clone. Entries are written to a
/// temporary folder and renamed into place, so a half-written binary is never used.
struct ProgramCompiler: Sendable {
    var build: LibraryBuild
    /// Where compiled programs are kept (`<root>/.build/tutor-cache` by default).
    var cacheFolder: String
    /// How many programs to keep; the least recently used beyond this are removed.
    var cacheLimit = 64

    init(build: LibraryBuild, cacheFolder: String? = nil) {
        self.build = build
        self.cacheFolder = cacheFolder ?? CompilerFlags.defaultCacheFolder(for: build)
    }

    /// What a compile gives.
    enum Product: Sendable {
        case executable(path: String, seconds: Double, cached: Bool)
        /// Compiler output; diagnostics name the tutorial's lines.
        case failed(diagnostics: String)
    }

    /// The `swiftc` to use: `TUTOR_SWIFTC` or the one on `PATH`.
    static func compiler() throws -> String {
        let swiftc = CompilerFlags.swiftc
        guard let compiler = Subprocess.which(swiftc) else { throw SubprocessError.notFound(swiftc) }
        return compiler
    }

    /// The cache key of whatever `source` compiles to (a program, or one object of a merged
    /// program): content only (see `ProgramCacheKey`), so a restored cache hits anywhere.
    /// `compiler` is the executable found on `PATH`; the toolchain's version stands for it.
    func cacheKey(_ source: String, compiler: String, arguments: [String]) -> String {
        ProgramCacheKey.make(source: source, arguments: arguments, build: build, cacheFolder: cacheFolder)
    }

    func compile(_ source: String) throws -> Product {
        let compiler = try Self.compiler()
        let arguments = CompilerFlags.arguments(for: build)
        let key = cacheKey(source, compiler: compiler, arguments: arguments)
        let entry = "\(cacheFolder)/\(key)"
        let executable = entry + "/program"
        let files = FileManager.default
        if files.isExecutableFile(atPath: executable) {
            CacheEviction.markUsed(entry)
            return .executable(path: executable, seconds: 0, cached: true)
        }

        try files.createDirectory(atPath: cacheFolder, withIntermediateDirectories: true)
        let scratch = "\(cacheFolder)/.tmp-\(key)-\(UUID().uuidString)"
        try files.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? files.removeItem(atPath: scratch) }
        try Data(source.utf8).write(to: URL(fileURLWithPath: scratch + "/main.swift"))

        let started = Date()
        let result = try Subprocess.run(
            [compiler, "main.swift", "-o", "program"] + arguments,
            currentDirectory: scratch)
        let seconds = Date().timeIntervalSince(started)
        guard result.status == 0 else { return .failed(diagnostics: result.output) }
        try? files.removeItem(atPath: scratch + "/main.swift")
        do {
            try files.moveItem(atPath: scratch, toPath: entry)
        } catch where files.isExecutableFile(atPath: executable) {
            // Another tutor compiled the same program meanwhile: use theirs.
        }
        prune()
        return .executable(path: executable, seconds: seconds, cached: false)
    }

    /// Removes the least recently used programs beyond `cacheLimit`, and abandoned scratch folders.
    func prune() {
        CacheEviction.removeAbandonedScratch(in: cacheFolder)
        CacheEviction.prune(cacheFolder, keeping: cacheLimit) { $0.count == 64 }
    }
}
