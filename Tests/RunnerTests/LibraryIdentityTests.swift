import FileSupport
import Foundation
import Testing
import TestSupport
@testable import TutorKit

/// The library's content identity keys the caches: equal for the same library built in
/// another folder (whose debug information names other paths) or touched, different for
/// different code.
struct LibraryIdentityTests {
    /// Compiles `code` as a shared library with debug information in `folder`.
    func library(_ code: String, in folder: URL) throws -> String {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try code.write(to: folder.appendingPathComponent("Lib.swift"), atomically: true, encoding: .utf8)
        let result = try Subprocess.run([CompilerFlags.swiftc, "-emit-library", "-g", "-module-name", "Lib", "Lib.swift", "-o", "libLib.so"],
                                        currentDirectory: folder.path)
        expectEqual(result.status, 0, "\(result.output)")
        return folder.appendingPathComponent("libLib.so").path
    }

    @Test(.enabled(if: Subprocess.which(CompilerFlags.swiftc) != nil)) func sameCodeBuiltElsewhereHasTheSameIdentity() throws {
        let s = try Scratch()
        let code = "public func answer() -> Int { 42 }\npublic struct Masker { public init() {} }\n"
        let a = try library(code, in: s.root.appendingPathComponent("one/checkout"))
        let b = try library(code, in: s.root.appendingPathComponent("another/place/checkout"))
        let c = try library(code.replacingOccurrences(of: "42", with: "43"), in: s.root.appendingPathComponent("changed"))
        #expect(SHA256.hex(try Data(contentsOf: URL(fileURLWithPath: a))) != SHA256.hex(try Data(contentsOf: URL(fileURLWithPath: b))),
                "the files differ (their debug information names their folders)")
        expectEqual(LibraryIdentity.of(files: [a]), LibraryIdentity.of(files: [b]))
        #expect(LibraryIdentity.of(files: [a]) != LibraryIdentity.of(files: [c]))
        let before = LibraryIdentity.of(files: [b])
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 3600)], ofItemAtPath: b)
        expectEqual(LibraryIdentity.of(files: [b]), before, "a modification time is not content")
        #expect(LibraryIdentity.of(files: [s.root.appendingPathComponent("none.so").path]) != before)
    }

    @Test func programKeyIgnoresWhereTheProjectIs() {
        let here = LibraryBuild(folder: "/a/project/.build/x86_64-unknown-linux-gnu/debug", projectRoot: "/a/project")
        let there = LibraryBuild(folder: "/elsewhere/clone/.build/x86_64-unknown-linux-gnu/debug", projectRoot: "/elsewhere/clone")
        let key = { (build: LibraryBuild) in
            ProgramCacheKey.make(source: "print(1)", arguments: CompilerFlags.arguments(for: build), build: build,
                                 cacheFolder: CompilerFlags.defaultCacheFolder(for: build))
        }
        expectEqual(key(here), key(there))
        #expect(CompilerFlags.arguments(for: here).contains("$ORIGIN/../../x86_64-unknown-linux-gnu/debug"))
        let custom = ProgramCacheKey.make(source: "print(1)", arguments: CompilerFlags.arguments(for: here), build: here, cacheFolder: "/tmp/programs")
        #expect(custom != key(here), "programs kept elsewhere find the library by absolute path only")
    }
}
