import FileSupport
import Foundation

/// The files of one Haxby et al. (2001) subject, with nilearn's field names (camel-cased):
/// each field is a list of paths with one entry per fetched subject, so tutorials write
/// `haxby.func[0]` as nilearn's `haxby_dataset.func[0]`.
public struct HaxbyDataset: Sendable, CustomStringConvertible {
    /// 4-D bold series (`bold.nii.gz`).
    public let `func`: [String]
    /// Anatomical image (`anat.nii.gz`).
    public let anat: [String]
    /// Ventral-temporal mask (`mask4_vt.nii.gz`).
    public let maskVT: [String]
    /// Face-selective mask (`mask8b_face_vt.nii.gz`).
    public let maskFace: [String]
    /// House-selective mask (`mask8b_house_vt.nii.gz`).
    public let maskHouse: [String]
    /// Labels and runs (`labels.txt`: `labels chunks`, space-separated).
    public let sessionTarget: [String]
    /// The whole-brain mask shared by all subjects (`haxby2001/mask.nii.gz`), one path as in
    /// nilearn (`haxby_dataset.mask`).
    public let mask: String
    /// True when the files were generated here rather than taken from the real study, so a
    /// page can say that its figures come from simulated data.
    public let isSimulated: Bool
    /// The subject folder.
    public let folder: String
    /// The subject number (1–6 in the real study).
    public let subject: Int

    init(folder: String, subject: Int, isSimulated: Bool) {
        func file(_ name: String) -> [String] { [folder + "/" + name] }
        self.func = file("bold.nii.gz")
        anat = file("anat.nii.gz")
        maskVT = file("mask4_vt.nii.gz")
        maskFace = file("mask8b_face_vt.nii.gz")
        maskHouse = file("mask8b_house_vt.nii.gz")
        sessionTarget = file("labels.txt")
        mask = (folder as NSString).deletingLastPathComponent + "/" + HaxbyBrainMask.fileName
        self.isSimulated = isSimulated
        self.folder = folder
        self.subject = subject
    }

    static let fileNames = HaxbyFiles.subjectFileNames

    /// The subject, whether the data is real or a simulated stand-in (said loudly), the study's
    /// design and acquisition, and the folder the files are in.
    public var description: String {
        let origin = isSimulated
            ? "SIMULATED stand-in generated on this machine (deterministic, same dimensions, block design and affine as the real data; not real brain data)"
            : "data of Haxby et al. (2001), Science 293:2425-2430"
        return """
            Haxby 2001 dataset, subject \(subject): \(origin)
            Ventral temporal cortex response to faces, cats, houses, chairs, scissors, shoes, bottles and scrambled pictures;
            12 runs of 121 volumes (TR 2.5 s), 40x64x64 voxels of 3.5x3.75x3.75 mm.
            Folder: \(folder)
            """
    }
}
