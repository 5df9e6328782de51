import Foundation

/// Compiles many tutorials into one program in one `swiftc` invocation (which spreads the
/// files over the cores), so the compiler's fixed cost — loading `Decoding` and Foundation —
/// is paid once instead of once per tutorial.
///
/// Objects are cached one per tutorial (`<cache>/objects/<key>.o`, the key from
/// `ProgramCompiler.cacheKey`): a tutorial's object depends only on its own file and the
/// compiler setup, so changing one tutorial recompiles that one file and relinks. The linked
/// program is cached like a single tutorial's, under a key of its objects' keys.
///
/// A compile error in one file fails only its tutorial: the errors are attributed by path to
/// the tutorials at fault and the rest are compiled again, merged. Tutorials left out here
/// (unmergeable, or with errors) are compiled alone by the caller, which also gives their
/// exact diagnostics.
struct MergedCompiler: Sendable {
    var compiler: ProgramCompiler
    /// How many objects to keep; the least recently used beyond this are removed.
    var objectLimit = 1024

    /// One tutorial's place in a merged program.
    struct Program: Sendable {
        var executable: String
        /// The argument that runs this tutorial (`program <id>`).
        var id: String
        /// The generated file, to tell whether a tutorial is still the one compiled.
        var source: String
        /// Seconds of the shared compile, divided among the tutorials compiled.
        var seconds: Double
        var cached: Bool
    }

    /// What a merged compile gives: the merged program's entry for each tutorial compiled
    /// into it, and why each of the others is left to be compiled alone, by path.
    struct Merge: Sendable {
        var programs: [String: Program] = [:]
        /// Why the others were left out: their code (`MergeCheck`) ...
        var unmergeable: [String: String] = [:]
        /// ... or the merged compile (theirs, or as a whole).
        var alone: [String: String] = [:]
    }

    /// Compiles `tutorials` together. Fewer than two mergeable tutorials are left to the
    /// single-tutorial compile without a reason (nothing to share).
    func compile(_ tutorials: [Tutorial]) throws -> Merge {
        var merge = Merge()
        var seen: Set<String> = []
        var members: [Tutorial] = []
        for tutorial in tutorials where seen.insert(tutorial.path).inserted {
            if let reason = MergeCheck.reason(tutorial) {
                merge.unmergeable[tutorial.path] = "\(reason), which a merged program cannot host"
            } else {
                members.append(tutorial)
            }
        }
        let swiftc = try ProgramCompiler.compiler()
        let arguments = CompilerFlags.arguments(for: compiler.build)
        let started = Date()
        func leaveAll(_ reason: String) -> Merge {
            for member in members { merge.alone[member.path] = reason }
            return merge
        }
        while members.count >= 2 {
            let sources = members.map(MergedProgramGenerator.source(for:))
            let files = [("main", MergedProgramGenerator.mainSource)] + zip(members.map(MergedProgramGenerator.id(for:)), sources)
            let keys = files.map { compiler.cacheKey($0.1, compiler: swiftc, arguments: arguments + ["-c"]) }
            switch try compileObjects(files, keys: keys, swiftc: swiftc, arguments: arguments, members: members) {
            case .failed(let diagnostics):
                return leaveAll("the merged compile failed (\(Self.firstError(diagnostics)))")
            case .failedIn(let failed):
                for (path, error) in failed { merge.alone[path] = "it failed to compile merged (\(error))" }
                members.removeAll { failed[$0.path] != nil }
                continue
            case .compiled:
                break
            }
            let (executable, linked, diagnostics) = try link(keys: keys, swiftc: swiftc, arguments: arguments)
            guard let executable else { return leaveAll("linking the merged program failed (\(Self.firstError(diagnostics)))") }
            let seconds = Date().timeIntervalSince(started) / Double(members.count)
            for (member, source) in zip(members, sources) {
                merge.programs[member.path] = Program(
                    executable: executable, id: MergedProgramGenerator.id(for: member), source: source,
                    seconds: linked ? 0 : seconds, cached: linked)
            }
            return merge
        }
        return merge
    }

    /// The first error line of compiler output (or its first line), for a one-line reason.
    static func firstError(_ diagnostics: String) -> String {
        let lines = diagnostics.split(separator: "\n")
        return String(lines.first { $0.contains("error:") } ?? lines.first ?? "no output")
    }

    private var objectsFolder: String { compiler.cacheFolder + "/objects" }

    private enum ObjectsOutcome {
        case compiled
        /// Errors in these tutorials' files (the first error of each, by path).
        case failedIn([String: String])
        /// Errors that name no tutorial (the harness, or the compiler itself).
        case failed(String)
    }

    /// Compiles the files whose objects are not cached.
    private func compileObjects(
        _ files: [(name: String, source: String)], keys: [String], swiftc: String, arguments: [String], members: [Tutorial]
    ) throws -> ObjectsOutcome {
        let fileManager = FileManager.default
        try fileManager.createDirectory(atPath: objectsFolder, withIntermediateDirectories: true)
        let missing = zip(files, keys).filter { !fileManager.fileExists(atPath: "\(objectsFolder)/\($0.1).o") }
        for (_, key) in zip(files, keys) where !missing.contains(where: { $0.1 == key }) {
            CacheEviction.markUsed("\(objectsFolder)/\(key).o")
        }
        guard !missing.isEmpty else { return .compiled }
        let scratch = "\(objectsFolder)/.tmp-\(UUID().uuidString)"
        try fileManager.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? fileManager.removeItem(atPath: scratch) }
        // The harness (main.swift, first) is always compiled too: the tutorials' files use it.
        let compiled = [(files[0], keys[0])] + missing.filter { $0.1 != keys[0] }
        for (file, _) in compiled {
            try Data(file.source.utf8).write(to: URL(fileURLWithPath: "\(scratch)/\(file.name).swift"))
        }
        // One frontend job per core (the driver runs one unless told): each job loads the
        // library's module once and compiles its share of the files.
        let jobs = max(1, min(ProcessInfo.processInfo.activeProcessorCount, compiled.count - 1))
        let result = try Subprocess.run(
            [swiftc, "-c", "-enable-batch-mode", "-j", "\(jobs)"] + compiled.map { "\($0.0.name).swift" } + arguments,
            currentDirectory: scratch)
        guard result.status == 0 else { return attribute(result.output, members: members).map(ObjectsOutcome.failedIn) ?? .failed(result.output) }
        for (file, key) in compiled {
            let object = "\(objectsFolder)/\(key).o"
            do {
                try fileManager.moveItem(atPath: "\(scratch)/\(file.name).o", toPath: object)
            } catch where fileManager.fileExists(atPath: object) {
                // Cached meanwhile (the harness's object, or another tutor's): same key, same object.
            }
        }
        pruneObjects()
        return .compiled
    }

    /// The tutorials that compiler errors name (by their path or their generated file), each
    /// with its first error; nil when an error names something else (the harness: then
    /// nothing is merged).
    private func attribute(_ diagnostics: String, members: [Tutorial]) -> [String: String]? {
        var byFile: [String: String] = [:]
        for member in members {
            byFile[member.path] = member.path
            byFile[MergedProgramGenerator.id(for: member) + ".swift"] = member.path
        }
        var failed: [String: String] = [:]
        for line in diagnostics.split(separator: "\n") {
            guard let match = line.firstMatch(of: #/^(.+?):\d+:(\d+:)? error: /#) else { continue }
            let file = String(match.output.1)
            guard let path = byFile[file] ?? byFile[URL(fileURLWithPath: file).lastPathComponent] else { return nil }
            if failed[path] == nil { failed[path] = String(line) }
        }
        return failed.isEmpty ? nil : failed
    }

    /// Links the objects into one program, cached under their keys; nil (and the linker's
    /// output) when linking fails.
    private func link(keys: [String], swiftc: String, arguments: [String]) throws -> (String?, cached: Bool, diagnostics: String) {
        let key = Fingerprint(["merged-program"] + keys.sorted()).hex
        let entry = "\(compiler.cacheFolder)/\(key)"
        let executable = entry + "/program"
        let fileManager = FileManager.default
        if fileManager.isExecutableFile(atPath: executable) {
            CacheEviction.markUsed(entry)
            return (executable, true, "")
        }
        let scratch = "\(compiler.cacheFolder)/.tmp-\(key)-\(UUID().uuidString)"
        try fileManager.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? fileManager.removeItem(atPath: scratch) }
        let objects = keys.map { "\(objectsFolder)/\($0).o" }
        // The dispatcher finds each tutorial's entry point with dlsym.
        let result = try Subprocess.run(
            [swiftc] + objects + ["-o", "program", "-Xlinker", "--export-dynamic"] + Self.fastLinker(swiftc) + arguments,
            currentDirectory: scratch)
        guard result.status == 0 else { return (nil, false, result.output) }
        do {
            try fileManager.moveItem(atPath: scratch, toPath: entry)
        } catch where fileManager.isExecutableFile(atPath: executable) {
            // Another tutor linked the same program meanwhile: use theirs.
        }
        compiler.prune()
        return (executable, false, "")
    }

    /// lld when the toolchain ships it beside `swiftc` (Swift's Linux toolchains do) or it is on
    /// `PATH`, where clang looks for it: it links the merged program in about two thirds of
    /// the time of gold, the driver's default there.
    static func fastLinker(_ swiftc: String) -> [String] {
        #if os(Linux)
        let folder = URL(fileURLWithPath: swiftc).resolvingSymlinksInPath().deletingLastPathComponent().path
        let found = FileManager.default.isExecutableFile(atPath: folder + "/ld.lld") || Subprocess.which("ld.lld") != nil
        return found ? ["-use-ld=lld"] : []
        #else
        return []
        #endif
    }

    /// Removes the least recently used objects beyond `objectLimit`.
    private func pruneObjects() {
        CacheEviction.removeAbandonedScratch(in: objectsFolder)
        CacheEviction.prune(objectsFolder, keeping: objectLimit) { $0.hasSuffix(".o") }
    }
}
