/// The ANOVA screening a `Decoder` applies on each training fold (nilearn's
/// `check_feature_screening`): nil keeps every voxel.
enum FeatureScreening: Sendable {
    case kBest(Int)
    case percentile(Double)

    /// Volume of the MNI152 brain (mm³), the reference nilearn scales percentiles to.
    static let mni152BrainVolume = 1882989.0
    /// Folds with at most this many features are not screened (nilearn's constant).
    static let minFeaturesForScreening = 100

    /// nilearn's rules: a feature count when the percentile is nil (refused above the mask's
    /// voxel count), none for nil or 100, else the percentile rescaled to the mask's volume
    /// and truncated to an integer.
    static func resolve(percentile: Double?, nFeatures: Int?, mask: BinaryMask) throws(DecoderError) -> FeatureScreening? {
        if percentile == nil, let k = nFeatures {
            guard k <= mask.voxelCount else { throw .tooManyScreeningFeatures(requested: k, inMask: mask.voxelCount) }
            guard k >= 0 else { throw .invalidParameter(name: "screening_n_features", value: "\(k)", requirement: "a non-negative int") }
            return .kBest(k)
        }
        guard let percentile, percentile != 100 else { return nil }
        guard (0...100).contains(percentile) else { throw .invalidScreeningPercentile(percentile) }
        let adjusted = adjustScreeningPercentile(percentile, mask: mask)
        return .percentile(Double(Int(adjusted)))
    }

    /// nilearn's `adjust_screening_percentile`: the percentile of an MNI152 brain's volume that
    /// `percentile` asks for, as a percentile of this mask's volume, at most 100.
    static func adjustScreeningPercentile(_ percentile: Double, mask: BinaryMask) -> Double {
        guard percentile < 100 else { return percentile }
        let extent = maskVolume(mask)
        return min(percentile * (mni152BrainVolume / extent), 100)
    }

    /// The mask's volume in mm³: |det| of the affine's 3×3 part times the voxel count.
    static func maskVolume(_ mask: BinaryMask) -> Double {
        let m = mask.affine.matrix  // row-major 4×4
        let det = m[0] * (m[5] * m[10] - m[6] * m[9]) - m[1] * (m[4] * m[10] - m[6] * m[8])
            + m[2] * (m[4] * m[9] - m[5] * m[8])
        return abs(det) * Double(mask.voxelCount)
    }

    /// The percentile nilearn reports as `screening_percentile_`.
    static func reportedPercentile(_ screening: FeatureScreening?, requested: Double?) -> Double {
        if case .percentile(let p) = screening { return p }
        return requested ?? 100
    }

    /// A selector of scikit-learn's, fitted on the training fold.
    func selector() -> any UnivariateFilter {
        switch self {
        case .kBest(let k): SelectKBest(scoreFunc: .fClassif, k: k)
        case .percentile(let p): SelectPercentile(scoreFunc: .fClassif, percentile: p)
        }
    }
}
