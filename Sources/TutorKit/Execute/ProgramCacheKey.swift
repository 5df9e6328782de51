/// The compiled-program cache's key: the program source, the toolchain's version, the
/// compiler arguments with the project's location taken out, and the library's content
/// identity. No absolute path or modification time enters in the default layout (cache in
/// `<root>/.build/tutor-cache`, programs finding the library through an `$ORIGIN`-relative
/// run path), so a `.build` restored in another clone or on another machine hits. A cache
/// kept elsewhere is keyed by its location too, since its programs find the library only
/// by absolute path.
enum ProgramCacheKey {
    static func make(source: String, arguments: [String], build: LibraryBuild, cacheFolder: String) -> String {
        var parts = ["program-key-2", source, LibraryIdentity.toolchainVersion, LibraryIdentity.of(build)]
        let root = build.projectRoot
        parts += arguments.map { $0.replacingOccurrences(of: root, with: "$ROOT") }
        if cacheFolder != CompilerFlags.defaultCacheFolder(for: build) { parts += [cacheFolder, build.folder] }
        return Fingerprint(parts).hex
    }
}
