import Foundation
@testable import Decoding

/// Fixtures/decoder/decoder.json, written by scripts/golden/decoder_haxby.py: nilearn 0.14's
/// Decoder on a crop of the simulated Haxby subject (face, house and cat volumes).
struct DecoderGolden: Decodable {
    struct Fold: Decodable { let train: [Int]; let test: [Int] }
    struct Case: Decodable {
        let name: String
        let rows: String
        let groups: Bool
        let classes: [String]
        let cv_scores: [String: [Double]]
        let cv_params: [String: [String: [Param]]]
        let screening_percentile: Double
        let folds: [Fold]
        let coef_shape: [Int]?
        let coef: [Double]?
        let intercept: [Double]?
        let std_coef: [Double]?
        let predict: [String]?
        let score: Double?
        let dummy_output: [Double]?
        let dummy_output_shape: [Int]?
        /// The computed mask's voxels (NIfTI offsets, nilearn's order) of the cases without a mask.
        let mask_offsets: [Int]?
    }

    /// A parameter value per fold: a number or a list.
    enum Param: Decodable {
        case number(Double), numbers([Double])
        init(from decoder: any Swift.Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let v = try? c.decode(Double.self) { self = .number(v) } else { self = .numbers(try c.decode([Double].self)) }
        }
        var values: [Double] { switch self { case .number(let v): [v]; case .numbers(let v): v } }
    }

    let labels: [String]
    let runs: [Int]
    let cases: [Case]

    static let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("decoder").path

    static func load() throws -> DecoderGolden {
        try Fixture.decode("decoder/decoder.json")
    }

    /// The golden file decoded once for all 19 cases (900 kB of JSON each case decoded again).
    static let shared = Result { try load() }

    /// The volumes of the binary cases (face and house) and of the others (all), each read once.
    static let images = Result { () throws -> (binary: NiftiImage, all: NiftiImage) in
        let labels = try shared.get().labels
        let bold = folder + "/bold.nii.gz"
        return (try indexImg(bold, labels.map { ["face", "house"].contains($0) }), try indexImg(bold, labels.map { _ in true }))
    }

    /// The images, labels and groups a case decodes.
    func inputs(_ c: Case) throws -> (img: NiftiImage, y: [String], groups: [Int]?) {
        let keep = labels.map { c.rows == "binary" ? ["face", "house"].contains($0) : true }
        let img = c.rows == "binary" ? try Self.images.get().binary : try Self.images.get().all
        let y = labels.indices.filter { keep[$0] }.map { labels[$0] }
        let groups = runs.indices.filter { keep[$0] }.map { runs[$0] }
        let targets = c.rows == "bool" ? y.map { $0 == "face" ? "True" : "False" } : y
        return (img, targets, c.groups ? groups : nil)
    }

    /// The Swift decoder of each case, with the parameters the script gave nilearn's.
    static func decoder(for name: String) -> Decoder {
        let vt = folder + "/mask_vt.nii.gz"
        let face = NiftiMasker(maskImg: folder + "/mask_face.nii.gz")
        switch name {
        case "svc_kbest_accuracy":
            return Decoder(estimator: .svc, mask: vt, cv: LeaveOneGroupOut(), screeningPercentile: nil,
                           screeningNFeatures: 100, scoring: .accuracy)
        case "svc_l1_rocauc":
            return Decoder(estimator: .svcL1, mask: vt, cv: LeaveOneGroupOut(), scoring: .rocAUC)
        case "svc_l2_multi_percentile":
            return Decoder(estimator: .svcL2, mask: vt, cv: 4, screeningPercentile: 1, scoring: .accuracy)
        case "svc_smoothed":
            return Decoder(estimator: .svc, mask: vt, cv: LeaveOneGroupOut(), screeningPercentile: nil,
                           screeningNFeatures: 200, scoring: .accuracy, smoothingFwhm: 4)
        case "svc_f1_kfold":
            return Decoder(estimator: .svc, mask: vt, cv: KFold(nSplits: 5), scoring: .f1)
        case "logistic_l1_binary":
            return Decoder(estimator: .logisticL1, mask: vt, cv: LeaveOneGroupOut(), screeningPercentile: 100)
        case "logistic_l2_multi":
            return Decoder(estimator: .logisticL2, mask: vt, cv: 4, screeningPercentile: 100)
        case "ridge_multi":
            return Decoder(estimator: .ridgeClassifier, mask: vt, cv: LeaveOneGroupOut(), screeningPercentile: 100)
        case "svc_l1_multi":
            return Decoder(estimator: .svcL1, mask: vt, cv: 4, screeningPercentile: 100)
        case "dummy_bool_masker":
            return Decoder(estimator: .dummyClassifier, mask: face, cv: LeaveOneGroupOut(), scoring: .rocAUC)
        case "svc_l1_bool_masker":
            return Decoder(estimator: .svcL1, mask: face, cv: LeaveOneGroupOut(), scoring: .rocAUC)
        case "dummy_multi":
            return Decoder(estimator: .dummyClassifier, mask: vt, cv: LeaveOneGroupOut())
        case "default_cv_groups":
            return Decoder(estimator: .svc, mask: vt)
        case "default_cv_stratified":
            return Decoder(estimator: .ridgeClassifier, mask: vt)
        case "svc_mask_none":
            return Decoder(estimator: .svc, cv: LeaveOneGroupOut(), screeningPercentile: nil, screeningNFeatures: 100,
                           scoring: .accuracy)
        case "dummy_accuracy":
            return Decoder(estimator: .dummyClassifier, mask: vt, cv: LeaveOneGroupOut(), scoring: .accuracy)
        case "svc_estimator_args":
            return Decoder(estimator: .svc, mask: vt, cv: LeaveOneGroupOut(), screeningPercentile: nil,
                           screeningNFeatures: 100, scoring: .accuracy, estimatorArgs: ["fit_intercept": false, "tol": 1e-3])
        case "ridge_estimator_args":
            return Decoder(estimator: .ridgeClassifier, mask: vt, cv: LeaveOneGroupOut(), screeningPercentile: 100,
                           estimatorArgs: ["fit_intercept": false])
        case "dummy_estimator_args":
            return Decoder(estimator: .dummyClassifier, mask: vt, cv: LeaveOneGroupOut(), scoring: .accuracy,
                           estimatorArgs: ["random_state": 7])
        default:
            fatalError("no Swift decoder for golden case \(name)")
        }
    }
}
