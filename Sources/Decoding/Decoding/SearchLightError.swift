/// Why a ``SearchLight`` cannot run, naming the value or file at fault.
public enum SearchLightError: Error, Sendable, CustomStringConvertible {
    /// A fitted attribute was read before `fit`.
    case notFitted
    /// A parameter's value breaks its requirement (both quoted in the message).
    case invalidParameter(name: String, value: String, requirement: String)
    /// Neither `maskImg` nor `processMaskImg` was given, so there are no seeds.
    case noMask
    /// `y` has another number of labels than the image `file` has volumes.
    case labelCount(labels: Int, volumes: Int, file: String)
    /// `groups` has another number of values than the image has volumes.
    case groupCount(groups: Int, volumes: Int)
    /// These seeds (numbered in the process mask's voxel order) have no mask voxel within
    /// `radius` mm, as nilearn reports.
    case emptySpheres(seeds: [Int], radius: Double)
    /// The mask file is not on the image file's grid (shape or affine differ).
    case gridMismatch(mask: String, image: String)
    /// The splitter refused the labels or groups; wraps its error.
    case crossValidation(CrossValidationError)

    /// What went wrong, naming the files, seeds or radius at fault.
    public var description: String {
        switch self {
        case .notFitted:
            return EstimatorMessage.notFitted("SearchLight")
        case let .invalidParameter(name, value, requirement):
            return EstimatorMessage.invalidParameter(name, of: "SearchLight", mustBe: requirement, got: value)
        case .noMask:
            return "SearchLight needs a mask_img or a process_mask_img: the seeds are the process mask's voxels"
        case let .labelCount(labels, volumes, file):
            return "y has \(labels) labels but \(file) has \(volumes) volumes: one label per volume is needed"
        case let .groupCount(groups, volumes):
            return "groups has \(groups) values but the image has \(volumes) volumes"
        case let .emptySpheres(seeds, radius):
            let shown = seeds.prefix(10).map(String.init).joined(separator: " ")
            return "These spheres are empty: [\(shown)\(seeds.count > 10 ? " ..." : "")] (\(seeds.count) seeds have no mask voxel within radius \(radius) mm)"
        case let .gridMismatch(mask, image):
            return "\(mask) is not on the grid of \(image) (shape or affine differ); resample the mask to the image first"
        case let .crossValidation(error):
            return String(describing: error)
        }
    }
}
