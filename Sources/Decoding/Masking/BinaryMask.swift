/// A fitted mask: the grid it lives on and its voxels in nilearn's order.
public struct BinaryMask: Sendable {
    /// The (3-D) mask image as given.
    public let image: NiftiImage
    /// Spatial extents (X, Y, Z).
    public let dimensions: SIMD3<Int>
    /// NIfTI-order offsets (`i + X*(j + Y*k)`) of the selected voxels, sorted the way nilearn
    /// lists them: C order of (i, j, k), i.e. i slowest and k fastest.
    public let voxelOffsets: [Int]

    /// Loads and binarizes a mask as nilearn's `load_mask_img`: non-finite values count as 0;
    /// one value must be non-zero (all selected); two values must include 0; more are refused.
    public init(_ source: some NiftiImageSource) throws {
        let image = try source.niftiImage()
        let name = image.fileName
        let shape = image.shape
        guard shape.count >= 3, shape.dropFirst(3).allSatisfy({ $0 == 1 }) else {
            throw MaskerError.maskNot3D(file: name, shape: shape)
        }
        let dims = (0..<3).map { $0 < shape.count ? shape[$0] : 1 }
        let values = try image.fdata().map { $0.isFinite ? $0 : 0 }
        var distinct = Set<Double>()
        for v in values where distinct.count <= 2 { distinct.insert(v) }
        if distinct.count > 2 {
            throw MaskerError.notBinary(file: name, values: Array(Set(values)).sorted())
        }
        if distinct == [0] { throw MaskerError.emptyMask(file: name) }
        if distinct.count == 2 && !distinct.contains(0) {
            throw MaskerError.noBackground(file: name, values: distinct.sorted())
        }
        var offsets = [Int]()
        for i in 0..<dims[0] {
            for j in 0..<dims[1] {
                for k in 0..<dims[2] {
                    let o = i + dims[0] * (j + dims[1] * k)
                    if values[o] != 0 { offsets.append(o) }
                }
            }
        }
        self.image = image
        self.dimensions = SIMD3(dims[0], dims[1], dims[2])
        self.voxelOffsets = offsets
    }

    /// The mask's voxel-to-world transform: images to mask must share it.
    public var affine: Affine { image.affine }
    /// The number of selected voxels: the columns of a masked matrix.
    public var voxelCount: Int { voxelOffsets.count }
}
