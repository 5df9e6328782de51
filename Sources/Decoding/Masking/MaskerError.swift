/// Why a mask or an image cannot be used by `NiftiMasker`, naming the files and values at fault.
public enum MaskerError: Error, CustomStringConvertible, Equatable, Sendable {
    /// `transform` or `inverseTransform` before `fit`.
    case notFitted
    /// The mask has a single value, 0: it selects nothing.
    case emptyMask(file: String)
    /// Two values, neither of them 0 (nilearn refuses to guess the background).
    case noBackground(file: String, values: [Double])
    /// More than two distinct values: not a binary mask.
    case notBinary(file: String, values: [Double])
    /// The mask is not 3-D (a 4-D mask with one volume is accepted).
    case maskNot3D(file: String, shape: Shape)
    /// Image and mask grids differ in shape.
    case shapeMismatch(mask: String, maskShape: Shape, image: String, imageShape: Shape)
    /// Image and mask grids have the same shape but different affines.
    case affineMismatch(mask: String, image: String, maskAffine: Affine, imageAffine: Affine)
    /// `inverseTransform` input whose last axis is not the number of mask voxels.
    case wrongVoxelCount(expected: Int, got: Int)
    /// A negative `borderSize` for ``computeBackgroundMask(_:borderSize:)``.
    case invalidBorderSize(Int)

    /// The mask file first where there is one, then nilearn's wording, with the values at fault.
    public var description: String {
        switch self {
        case .notFitted:
            "This NiftiMasker instance is not fitted yet. Call fit() before transform() or inverseTransform()."
        case let .emptyMask(f): "\(f): the mask is invalid as it is empty: it masks all data"
        case let .noBackground(f, v): "\(f): background of the mask must be represented with 0; the mask contains \(Self.list(v))"
        case let .notBinary(f, v): "\(f): the mask is not made of 2 values: \(Self.list(v)); cannot interpret as true or false"
        case let .maskNot3D(f, s): "\(f): the mask must be a 3-D image, its shape is \(s)"
        case let .shapeMismatch(m, ms, i, s):
            "image \(i) has the spatial shape \(Shape(Array(s.prefix(3)))) but the mask \(m) has \(ms)"
        case let .affineMismatch(m, i, ma, ia):
            "image \(i) and mask \(m) have different affines: image \(ia.matrix), mask \(ma.matrix)"
        case let .wrongVoxelCount(e, g): "the data has \(g) columns, the mask has \(e) voxels"
        case let .invalidBorderSize(size): "border_size must be a non-negative number of voxels, got \(size)"
        }
    }

    private static func list(_ values: [Double]) -> String {
        let shown = values.prefix(10).map { $0 == $0.rounded() ? String(Int($0)) : String($0) }
        return "[" + shown.joined(separator: ", ") + (values.count > 10 ? ", …" : "") + "]"
    }
}
