import FileSupport
import Foundation
import TutorProtocol

/// Dataset fetchers, as nilearn's `nilearn.datasets`.
public enum Datasets {
    /// Why a dataset could not be provided.
    public enum Failure: Error, CustomStringConvertible, Sendable {
        /// `folder` has no data, no URL was given and `simulated: false` forbade generating it.
        case noData(folder: String)
        /// `simulated: true` was asked where `folder` already holds the real study's files.
        case realDataPresent(folder: String)
        /// The downloaded `archive` holds no folder with all the `missing` Haxby files.
        case archiveWithoutSubject(archive: String, missing: [String])

        /// The folder or archive at fault first, then why, and what to do about it.
        public var description: String {
            switch self {
            case let .noData(f): "\(f): no Haxby data here and simulation was turned off; give a URL to download it"
            case let .realDataPresent(f): "\(f): holds real Haxby data; refusing to replace it with simulated data"
            case let .archiveWithoutSubject(a, m): "\(a): the archive holds no folder with \(m.joined(separator: ", "))"
            }
        }
    }

    /// The data folder: `directory`, else `$DECODING_DATA`, else `~/decoding_data`.
    public static func dataDirectory(_ directory: String? = nil) -> String {
        HaxbyFiles.dataDirectory(directory)
    }

    /// The Haxby 2001 files of `subject` in `<data dir>/haxby2001/subj<N>/`, from, in order:
    /// real files already there; a download of `url` (a .tar.gz/.tgz/.tar of the subject
    /// folder, resumable, checked against `sha256` when given); otherwise (unless `simulated`
    /// is false) a deterministic simulated subject at the real dimensions, generated once and
    /// cached. `simulated: true` skips the download and real-data lookup.
    ///
    /// The whole-brain mask (`haxby.mask`, `<data dir>/haxby2001/mask.nii.gz`) comes with it:
    /// for real data, the file already there or a download of `maskURL`; for a simulated
    /// subject, a simulated brain mask on the same grid.
    public static func fetchHaxby(
        subject: Int = 2, dataDirectory: String? = nil, url: URL? = nil, sha256: String? = nil,
        simulated: Bool? = nil, maskURL: URL? = nil, maskSHA256: String? = nil
    ) throws -> HaxbyDataset {
        let haxby = try fetchHaxbySubject(subject: subject, dataDirectory: dataDirectory, url: url, sha256: sha256,
                                          simulated: simulated)
        try HaxbyBrainMask.provide(root: (haxby.folder as NSString).deletingLastPathComponent,
                                   simulatedSubject: haxby.isSimulated, url: maskURL, sha256: maskSHA256)
        return haxby
    }

    private static func fetchHaxbySubject(
        subject: Int, dataDirectory: String?, url: URL?, sha256: String?, simulated: Bool?
    ) throws -> HaxbyDataset {
        let root = self.dataDirectory(dataDirectory) + "/haxby2001"
        let folder = root + "/subj\(subject)"
        let fm = FileManager.default
        try fm.createDirectory(atPath: root, withIntermediateDirectories: true)
        let complete = HaxbyDataset.fileNames.allSatisfy { fm.fileExists(atPath: folder + "/" + $0) }
        let marker = folder + "/" + HaxbyCache.markerName
        let isSimulatedFolder = fm.fileExists(atPath: marker)
        if complete && !isSimulatedFolder {
            if simulated == true { throw Failure.realDataPresent(folder: folder) }
            return HaxbyDataset(folder: folder, subject: subject, isSimulated: false)
        }
        if let url, simulated != true {
            try HaxbyCache.download(url, sha256: sha256, into: folder, root: root)
            return HaxbyDataset(folder: folder, subject: subject, isSimulated: false)
        }
        guard simulated != false else { throw Failure.noData(folder: folder) }
        try HaxbyCache.simulate(subject: subject, into: folder, root: root)
        // A tutorial's page says its figures come from simulated data: tell the runner.
        HarnessChannel.send(.simulatedData(dataset: "Haxby 2001, subject \(subject)"))
        return HaxbyDataset(folder: folder, subject: subject, isSimulated: true)
    }
}
