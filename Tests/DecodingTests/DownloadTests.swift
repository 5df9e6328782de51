import FileSupport
import Foundation
import Testing
import TestSupport

@testable import Decoding

/// `fetchHaxby(url:)` against a local HTTP server serving an archive the test builds.
@Suite(.serialized) struct DownloadTests {
    static func subjectFiles() -> [(String, [UInt8])] {
        HaxbyDataset.fileNames.map { name in
            ("subj2/" + name, Array("content of \(name)\n".utf8) + [UInt8](repeating: UInt8(name.count), count: 700))
        }
    }

    /// A served archive of `subjectFiles()` and the folder a test fetches into; the server
    /// stops and the folder goes with the value.
    final class Served {
        let folder: String
        let body: [UInt8]
        let server: DownloadTestServer
        /// The data directory `fetchHaxby` is given.
        var data: String { folder + "/data" }
        var sha256: String { DownloadTests.sha256(body) }

        init() throws {
            folder = try NiftiFixtures.temporaryDirectory()
            let path = folder + "/source.tar.gz"
            try TestArchive.tarGz(files: DownloadTests.subjectFiles(), to: path)
            body = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
            server = try DownloadTestServer(body: body, name: "subj2.tar.gz")
        }

        deinit {
            server.stop()
            try? FileManager.default.removeItem(atPath: folder)
        }
    }

    static func sha256(_ bytes: [UInt8]) -> String {
        var h = SHA256()
        h.update(bytes)
        return h.finalize()
    }

    @Test func sha256KnownVectors() {
        expectEqual(Self.sha256(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        expectEqual(Self.sha256([]), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        expectEqual(Self.sha256(million), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func downloadsChecksAndUnpacks() throws {
        let served = try Served()
        let haxby = try Datasets.fetchHaxby(dataDirectory: served.data, url: served.server.url, sha256: served.sha256)
        #expect(!haxby.isSimulated)
        for (name, data) in Self.subjectFiles() {
            let got = try Data(contentsOf: URL(fileURLWithPath: served.data + "/haxby2001/" + name))
            expectEqual(Array(got), data, "\(name)")
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: served.data + "/haxby2001")
        expectEqual(left, ["subj2"], "staging or partial files left: \(left)")
        // Second call: real files are used, no request made.
        let again = try Datasets.fetchHaxby(dataDirectory: served.data, url: served.server.url)
        expectEqual(again.folder, haxby.folder)
    }

    @Test func resumesAPartialDownload() throws {
        let served = try Served()
        let root = served.data + "/haxby2001"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let half = served.body.count / 2
        try Data(served.body.prefix(half)).write(to: URL(fileURLWithPath: root + "/subj2.tar.gz.part"))
        let haxby = try Datasets.fetchHaxby(dataDirectory: served.data, url: served.server.url, sha256: served.sha256)
        expectEqual(served.server.seenRanges, ["bytes=\(half)-"])
        let bold = try Data(contentsOf: URL(fileURLWithPath: haxby.func[0]))
        expectEqual(Array(bold), Self.subjectFiles()[0].1)
    }

    @Test func badChecksumLeavesNoSubjectFolder() throws {
        let served = try Served()
        #expect { try Datasets.fetchHaxby(dataDirectory: served.data, url: served.server.url, sha256: String(repeating: "0", count: 64)) } throws: {
            "\($0)".contains("SHA-256 mismatch")
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: served.data + "/haxby2001")
        #expect(left.isEmpty, "left behind: \(left)")
        let missing = URL(string: "http://127.0.0.1:\(served.server.port)/nothing.tar.gz")!
        #expect { try Datasets.fetchHaxby(dataDirectory: served.data, url: missing) } throws: { "\($0)".contains("404") }
        served.server.stop()
        #expect { try Datasets.fetchHaxby(dataDirectory: served.data, url: served.server.url) } throws: {
            "\($0)".contains("download failed") && "\($0)".contains("127.0.0.1")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: served.data + "/haxby2001").isEmpty)
    }
}
