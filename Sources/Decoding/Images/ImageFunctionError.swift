/// Why an image function (``indexImg(_:_:)-(_,Int)``, ``meanImg(_:)``, ``newImgLike(_:data:shape:affine:copyHeader:)``,
/// ``smoothImg(_:fwhm:)``) refused its input; each case names the image and the value at fault.
public enum ImageFunctionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A 4-D image was needed (nilearn's `check_niimg_4d`).
    case notFourDimensional(file: String, shape: Shape)
    /// A 3-D or 4-D image was needed.
    case notThreeOrFourDimensional(file: String, shape: Shape)
    /// A volume index outside `-count..<count`.
    case indexOutOfRange(file: String, index: Int, count: Int)
    /// A boolean index whose length differs from the number of volumes.
    case maskLengthMismatch(file: String, length: Int, volumes: Int)
    /// `data` holds `got` values where the shape needs `expected`.
    case dataCountMismatch(expected: Int, got: Int, shape: Shape)
    /// A FWHM that is negative or not finite, or given for more than three axes.
    case invalidFWHM(String)
    /// `meanImg` of an empty list, or of images on different grids.
    case incompatibleImages(String)

    /// The image file first, then the shape, index or count at fault, worded as nilearn's.
    public var description: String {
        switch self {
        case let .notFourDimensional(f, s): "\(f): expected a 4D image, got an image of shape \(s)"
        case let .notThreeOrFourDimensional(f, s): "\(f): expected a 3D or 4D image, got an image of shape \(s)"
        case let .indexOutOfRange(f, i, c): "\(f): index \(i) out of range for the last dimension with size \(c)"
        case let .maskLengthMismatch(f, l, v): "\(f): boolean index of length \(l) does not match the \(v) volumes"
        case let .dataCountMismatch(e, g, s): "data holds \(g) values, shape \(s) needs \(e)"
        case let .invalidFWHM(text): "invalid fwhm: \(text); expected a non-negative number per axis (at most 3)"
        case let .incompatibleImages(text): text
        }
    }
}
