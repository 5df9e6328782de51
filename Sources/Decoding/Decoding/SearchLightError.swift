/// Why a ``SearchLight`` cannot run, naming the value or file at fault.
public enum SearchLightError: Error, Sendable, CustomStringConvertible {
    case notFitted
    case invalidParameter(name: String, value: String, requirement: String)
    case noMask
    case labelCount(labels: Int, volumes: Int, file: String)
    case groupCount(groups: Int, volumes: Int)
    case emptySpheres(seeds: [Int], radius: Double)
    case gridMismatch(mask: String, image: String)
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
