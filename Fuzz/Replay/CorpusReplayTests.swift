import Foundation
import Testing

/// Every input of the committed fuzz corpus (Fuzz/corpus/<target>/) through the same bodies
/// the libFuzzer targets run (Fuzz/Targets), in the ordinary build: a regression replay that
/// needs no instrumented build. A crash, a trap or a failed precondition (a tar entry escaping
/// its folder, a gzip stream that never ends) fails the run. Each corpus must hold inputs the
/// reader accepts, so the replay reaches its whole path; those of the readers that refuse
/// malformed files (NIfTI, gzip, CSV) must hold refused ones too. (The tar reader extracts what
/// it can and the tutorial parser takes any Markdown, so their corpora hold no refusals.)
/// The instrumented, mutating runs are `scripts/fuzz` (CI: `scripts/fuzz --ci` from `.ci/run`).
@Suite(.serialized) struct CorpusReplayTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("corpus")

    /// (accepted, refused) counts of the target's corpus through `body`.
    func replay(_ target: String, _ body: (UnsafeRawBufferPointer) -> Bool) throws -> (accepted: Int, refused: Int) {
        let folder = Self.corpus.appendingPathComponent(target)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        var counts = (accepted: 0, refused: 0)
        for name in names where !name.hasPrefix(".") {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let accepted = data.withUnsafeBytes { body($0) }
            if accepted { counts.accepted += 1 } else { counts.refused += 1 }
        }
        return counts
    }

    /// Each fuzz target and its body.
    enum Target: String, CaseIterable, Sendable {
        case nifti, gzip, csv, tar, tutorial

        var body: (UnsafeRawBufferPointer) -> Bool {
            switch self {
            case .nifti: FuzzNifti.run
            case .gzip: FuzzGzip.run
            case .csv: FuzzCSV.run
            case .tar: FuzzTar.run
            case .tutorial: FuzzTutorial.run
            }
        }

        var refusesSome: Bool { [.nifti, .gzip, .csv].contains(self) }
    }

    @Test(arguments: Target.allCases) func corpusReplays(_ target: Target) throws {
        let counts = try replay(target.rawValue, target.body)
        #expect(counts.accepted > 0, "\(target): \(counts)")
        if target.refusesSome { #expect(counts.refused > 0, "\(target): \(counts)") }
    }
}
