import FileSupport
import Foundation
import Synchronization

/// What a tutorial's results and compiled program depend on besides its own source, named by
/// content so caches travel: restored on another machine or in a fresh clone, an entry made
/// from the same library and toolchain hits; a path or a modification time never enters.
enum LibraryIdentity {
    /// The content identity of the library build: on ELF systems a hash of the sections
    /// loaded at run time (code, data, the dynamic symbol table, which changes with the API),
    /// leaving out debug information, the build-id note and Swift's module hash, which carry
    /// the checkout's paths.
    /// Elsewhere, the library and module bytes. Memoized per file by size and modification
    /// time, so an unchanged build is hashed once per process.
    static func of(_ build: LibraryBuild) -> String {
        of(files: [build.libraryPath])
    }

    /// The identity of library files (an unreadable file counts as `missing`).
    static func of(files: [String]) -> String {
        var f = Fingerprint()
        f.add("library-identity-1")
        for path in files { f.add(contentHash(path) ?? "missing") }
        return f.hex
    }

    /// `swiftc --version` of the compiler tutorials are built with, once per process and
    /// remembered across runs while the driver and frontend binaries are unchanged
    /// (``ToolOutputMemo``); `unknown` when it cannot be asked.
    static let toolchainVersion: String = {
        guard let swiftc = Subprocess.which(CompilerFlags.swiftc) else { return "unknown" }
        let driver = URL(fileURLWithPath: swiftc).resolvingSymlinksInPath()
        let frontend = driver.deletingLastPathComponent().appendingPathComponent("swift-frontend").resolvingSymlinksInPath()
        let output = ToolOutputMemo.capture([swiftc, "--version"], dependingOn: [driver.path, frontend.path])
        return output?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "unknown"
    }()

    private static let memo = Mutex<[String: (stamp: String, hash: String)]>([:])

    private static func contentHash(_ path: String) -> String? {
        guard let stamp = FileStamp.of(path) else { return nil }
        if let known = memo.withLock({ $0[path] }), known.stamp == stamp { return known.hash }
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else { return nil }
        let hash = loadedSectionsHash(data) ?? SHA256.hex(data)
        memo.withLock { $0[path] = (stamp, hash) }
        return hash
    }

    /// Loaded sections whose bytes name the build's folder: Swift's module hash.
    private static let pathDependent: Set<String> = [".swift_modhash"]

    /// The hash of a 64-bit little-endian ELF file's allocated sections (type, flags, size and
    /// bytes), notes and `pathDependent` excluded; nil when `data` is not such a file.
    static func loadedSectionsHash(_ data: Data) -> String? {
        guard data.count > 64, data.prefix(4).elementsEqual([0x7F, 0x45, 0x4C, 0x46]),
              data[data.startIndex + 4] == 2, data[data.startIndex + 5] == 1 else { return nil }
        return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> String? in
            func int(_ offset: Int, _ size: Int) -> Int? {
                guard offset >= 0, offset + size <= raw.count else { return nil }
                var value = 0
                for k in (0..<size).reversed() { value = value << 8 | Int(raw[offset + k]) }
                return value
            }
            guard let table = int(0x28, 8), let entrySize = int(0x3A, 2), let count = int(0x3C, 2),
                  let namesIndex = int(0x3E, 2), entrySize >= 64, namesIndex < count,
                  let names = int(table + namesIndex * entrySize + 24, 8) else { return nil }
            func name(_ offset: Int) -> String {
                var bytes: [UInt8] = []
                var k = names + offset
                while k < raw.count, raw[k] != 0, bytes.count < 256 { bytes.append(raw[k]); k += 1 }
                return String(decoding: bytes, as: UTF8.self)
            }
            var hash = SHA256()
            for n in 0..<count {
                let header = table + n * entrySize
                guard let nameOffset = int(header, 4), let type = int(header + 4, 4), let flags = int(header + 8, 8),
                      let offset = int(header + 24, 8), let size = int(header + 32, 8) else { return nil }
                let allocated = flags & 0x2 != 0, note = type == 7, noBits = type == 8
                guard allocated, !note, !pathDependent.contains(name(nameOffset)) else { continue }
                hash.update(Array("\(type):\(flags):\(size);".utf8))
                if !noBits {
                    guard offset >= 0, size >= 0, offset + size <= raw.count else { return nil }
                    hash.update(UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + size)]))
                }
            }
            return hash.finalize()
        }
    }
}
