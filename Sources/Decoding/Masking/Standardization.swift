/// How `NiftiMasker` rescales each voxel's time series, as nilearn 0.14's `standardize`.
public enum Standardize: Sendable, Equatable, ExpressibleByBooleanLiteral {
    /// Raw values.
    case none
    /// Mean removed, divided by the standard deviation with ddof = 1; a (near-)constant voxel's
    /// std is taken as 1. What `standardize=True` means in nilearn 0.14.
    case zscoreSample
    /// Percent signal change: `(x - mean) / |mean| * 100`; voxels with a zero mean become 0.
    case psc

    /// `true` is `.zscoreSample`, `false` is `.none`, as in nilearn.
    public init(booleanLiteral value: Bool) { self = value ? .zscoreSample : .none }
}
