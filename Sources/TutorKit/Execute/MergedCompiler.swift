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

    /// The merged program's entry for each tutorial that could be merged and compiled, by
    /// path. Fewer than two mergeable tutorials are left to the single-tutorial compile.
    func compile(_ tutorials: [Tutorial]) throws -> [String: Program] {
        var seen: Set<String> = []
        var members = tutorials.filter { MergeCheck.reason($0) == nil && seen.insert($0.path).inserted }
        let swiftc = try ProgramCompiler.compiler()
        let arguments = CompilerFlags.arguments(for: compiler.build)
        let started = Date()
        while members.count >= 2 {
            let sources = members.map(MergedProgramGenerator.source(for:))
            let files = [("main", MergedProgramGenerator.mainSource)] + zip(members.map(MergedProgramGenerator.id(for:)), sources)
            let keys = files.map { compiler.cacheKey($0.1, compiler: swiftc, arguments: arguments + ["-c"]) }
            let failed = try compileObjects(files, keys: keys, swiftc: swiftc, arguments: arguments, members: members)
            if failed == nil { return [:] }
            if let failed, !failed.isEmpty {
                members.removeAll { failed.contains($0.path) }
                continue
            }
            let (executable, linked) = try link(keys: keys, swiftc: swiftc, arguments: arguments)
            guard let executable else { return [:] }
            let seconds = Date().timeIntervalSince(started) / Double(members.count)
            var programs: [String: Program] = [:]
            for (member, source) in zip(members, sources) {
                programs[member.path] = Program(
                    executable: executable, id: MergedProgramGenerator.id(for: member), source: source,
                    seconds: linked ? 0 : seconds, cached: linked)
            }
            return programs
        }
        return [:]
    }

    private var objectsFolder: String { compiler.cacheFolder + "/objects" }

    /// Compiles the files whose objects are not cached. Returns the paths of the tutorials
    /// whose files failed (empty when all compiled), or nil when an error names none of them.
    private func compileObjects(
        _ files: [(name: String, source: String)], keys: [String], swiftc: String, arguments: [String], members: [Tutorial]
    ) throws -> Set<String>? {
        let fileManager = FileManager.default
        try fileManager.createDirectory(atPath: objectsFolder, withIntermediateDirectories: true)
        let missing = zip(files, keys).filter { !fileManager.fileExists(atPath: "\(objectsFolder)/\($0.1).o") }
        for (_, key) in zip(files, keys) where !missing.contains(where: { $0.1 == key }) {
            try? fileManager.setAttributes([.modificationDate: Date()], ofItemAtPath: "\(objectsFolder)/\(key).o")
        }
        guard !missing.isEmpty else { return [] }
        let scratch = "\(objectsFolder)/.tmp-\(UUID().uuidString)"
        try fileManager.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? fileManager.removeItem(atPath: scratch) }
        // The harness (main.swift, first) is always compiled too: the tutorials' files use it.
        let compiled = [(files[0], keys[0])] + missing.filter { $0.1 != keys[0] }
        for (file, _) in compiled {
            try Data(file.source.utf8).write(to: URL(fileURLWithPath: "\(scratch)/\(file.name).swift"))
        }
        let result = try Subprocess.run(
            [swiftc, "-c", "-enable-batch-mode"] + compiled.map { "\($0.0.name).swift" } + arguments, currentDirectory: scratch)
        guard result.status == 0 else { return attribute(result.output, members: members) }
        for (file, key) in compiled {
            let object = "\(objectsFolder)/\(key).o"
            do {
                try fileManager.moveItem(atPath: "\(scratch)/\(file.name).o", toPath: object)
            } catch where fileManager.fileExists(atPath: object) {
                // Cached meanwhile (the harness's object, or another tutor's): same key, same object.
            }
        }
        pruneObjects()
        return []
    }

    /// The tutorials that compiler errors name, by their path or their generated file; nil
    /// when an error names something else (the harness: then nothing is merged).
    private func attribute(_ diagnostics: String, members: [Tutorial]) -> Set<String>? {
        var byFile: [String: String] = [:]
        for member in members {
            byFile[member.path] = member.path
            byFile[MergedProgramGenerator.id(for: member) + ".swift"] = member.path
        }
        var failed: Set<String> = []
        for line in diagnostics.split(separator: "\n") {
            guard let match = line.firstMatch(of: #/^(.+?):\d+:(\d+:)? error: /#) else { continue }
            let file = String(match.output.1)
            guard let path = byFile[file] ?? byFile[URL(fileURLWithPath: file).lastPathComponent] else { return nil }
            failed.insert(path)
        }
        return failed.isEmpty ? nil : failed
    }

    /// Links the objects into one program, cached under their keys; nil when linking fails.
    private func link(keys: [String], swiftc: String, arguments: [String]) throws -> (String?, cached: Bool) {
        let key = Fingerprint(["merged-program"] + keys.sorted()).hex
        let entry = "\(compiler.cacheFolder)/\(key)"
        let executable = entry + "/program"
        let fileManager = FileManager.default
        if fileManager.isExecutableFile(atPath: executable) {
            try? fileManager.setAttributes([.modificationDate: Date()], ofItemAtPath: entry)
            return (executable, true)
        }
        let scratch = "\(compiler.cacheFolder)/.tmp-\(key)-\(UUID().uuidString)"
        try fileManager.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? fileManager.removeItem(atPath: scratch) }
        let objects = keys.map { "\(objectsFolder)/\($0).o" }
        // The dispatcher finds each tutorial's entry point with dlsym.
        let result = try Subprocess.run(
            [swiftc] + objects + ["-o", "program", "-Xlinker", "--export-dynamic"] + arguments, currentDirectory: scratch)
        guard result.status == 0 else { return (nil, false) }
        do {
            try fileManager.moveItem(atPath: scratch, toPath: entry)
        } catch where fileManager.isExecutableFile(atPath: executable) {
            // Another tutor linked the same program meanwhile: use theirs.
        }
        compiler.prune()
        return (executable, false)
    }

    /// Removes the least recently used objects beyond `objectLimit`.
    private func pruneObjects() {
        let fileManager = FileManager.default
        guard let names = try? fileManager.contentsOfDirectory(atPath: objectsFolder) else { return }
        let objects = names.filter { $0.hasSuffix(".o") }.map { name -> (String, Date) in
            let path = "\(objectsFolder)/\(name)"
            return (path, ((try? fileManager.attributesOfItem(atPath: path))?[.modificationDate] as? Date) ?? .distantPast)
        }
        guard objects.count > objectLimit else { return }
        for (path, _) in objects.sorted(by: { $0.1 > $1.1 }).dropFirst(objectLimit) { try? fileManager.removeItem(atPath: path) }
    }
}
