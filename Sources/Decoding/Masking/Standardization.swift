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

    /// Standardizes the columns of a row-major (time × voxels) matrix in place. A single time
    /// point is left as is (nilearn skips it rather than return zeros).
    func apply(to x: inout [Double], rows: Int, columns: Int) {
        guard self != .none, rows > 1 else { return }
        let eps = Double.ulpOfOne
        for c in 0..<columns {
            var mean = 0.0
            for r in 0..<rows { mean += x[r * columns + c] }
            mean /= Double(rows)
            switch self {
            case .zscoreSample:
                var ss = 0.0
                for r in 0..<rows {
                    let d = x[r * columns + c] - mean
                    ss += d * d
                }
                var std = (ss / Double(rows - 1)).squareRoot()
                if std < eps { std = 1 }
                for r in 0..<rows { x[r * columns + c] = (x[r * columns + c] - mean) / std }
            case .psc:
                let scale = abs(mean)
                for r in 0..<rows {
                    x[r * columns + c] = scale < eps ? 0 : (x[r * columns + c] - mean) / scale * 100
                }
            case .none:
                break
            }
        }
    }
}
