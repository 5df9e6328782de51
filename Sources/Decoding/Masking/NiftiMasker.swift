/// nilearn's `NiftiMasker`: turns a 4-D image into a (time points × mask voxels) matrix and a
/// weight vector back into an image.
///
/// Masking streams the image volume by volume and keeps only the masked voxels, so a
/// 40×64×64×1452 bold costs memory of about mask × time, never the whole image.
///
///     var masker = NiftiMasker(maskImg: haxby.maskVT[0], standardize: true)
///     let fmriMasked = try masker.fitTransform(haxby.func[0])   // (1452, 464), Float
public struct NiftiMasker: Sendable {
    /// The mask as given (`mask_img`): a path, a loaded image, or any other image source.
    public let maskSource: any NiftiImageSource
    /// How each voxel's time series is scaled (`standardize`): off, z-score, or percent signal change.
    public var standardize: Standardize
    /// The binarized mask, set by `fit()` (nilearn's `mask_img_`).
    public private(set) var mask: BinaryMask?

    /// nilearn's parameters; the mask is read by ``fit()``, not here.
    public init(maskImg: some NiftiImageSource, standardize: Standardize = false) {
        self.maskSource = maskImg
        self.standardize = standardize
    }

    /// Loads and checks the mask.
    @discardableResult
    public mutating func fit() throws -> NiftiMasker {
        mask = try BinaryMask(maskSource)
        return self
    }

    /// The masked, standardized signals of `img`: one row per volume (one row for a 3-D image),
    /// one float32 column per mask voxel in nilearn's order. Standardizing happens in the
    /// precision nilearn's masker uses (`filter_and_mask`'s `dtype="f"`): double for float64
    /// or scaled images (which nibabel reads as float64), else float32 — so the values are
    /// nilearn's to the bit, also as the `Decoder` masks them.
    /// - Throws: `MaskerError.notFitted`, a shape or affine mismatch (naming both files), or
    ///   the `NiftiError` of a damaged image.
    public func transform(_ img: some NiftiImageSource) throws -> NDArray<Float> {
        guard let mask else { throw MaskerError.notFitted }
        let image = try img.niftiImage()
        try check(image, against: mask)
        let rows = image.volumeCount, columns = mask.voxelCount
        let signals = try image.maskedSignals(.init(voxels: mask.voxelOffsets, smoothingFwhm: nil)) {
            try gather(image, mask.voxelOffsets)
        }
        return signals.standardized(rows: rows, columns: columns, standardize)
    }

    /// The mask voxels of every volume, read in one pass, in the image's masking precision.
    private func gather(_ image: NiftiImage, _ voxels: [Int]) throws -> MaskedSignals {
        var gatherer = MaskedSignalsGatherer(image: image, voxels: voxels)
        try image.forEachRawVolume { t, raw in gatherer.add(volume: t, raw: raw) }
        return gatherer.signals
    }

    /// `fit()` then `transform(img)`.
    public mutating func fitTransform(_ img: some NiftiImageSource) throws -> NDArray<Float> {
        try fit()
        return try transform(img)
    }

    /// An image on the mask's grid and affine holding `x`'s rows as volumes, zero outside the
    /// mask: (X, Y, Z, rows) for a 2-D `x`, (X, Y, Z) for a 1-D one. Float64 data, as nilearn
    /// gives for a float64 array.
    public func inverseTransform(_ x: NDArray<Double>) throws -> NiftiImage {
        try unmask(x.storage, shape: x.shape)
    }

    /// As `inverseTransform(_: NDArray<Double>)`, with float32 data.
    public func inverseTransform(_ x: NDArray<Float>) throws -> NiftiImage {
        try unmask(x.storage, shape: x.shape)
    }

    private func unmask<T: NiftiScalar & BinaryFloatingPoint>(_ values: [T], shape: Shape) throws -> NiftiImage {
        guard let mask else { throw MaskerError.notFitted }
        let columns = shape.last ?? 0
        guard columns == mask.voxelCount, shape.count <= 2 else {
            throw MaskerError.wrongVoxelCount(expected: mask.voxelCount, got: columns)
        }
        let rows = shape.count == 2 ? shape[0] : 1
        let n = mask.dimensions.x * mask.dimensions.y * mask.dimensions.z
        var data = [T](repeating: 0, count: n * rows)
        for r in 0..<rows {
            for (c, o) in mask.voxelOffsets.enumerated() { data[r * n + o] = values[r * columns + c] }
        }
        let d = mask.dimensions
        let outShape: Shape = shape.count == 2 ? [d.x, d.y, d.z, rows] : [d.x, d.y, d.z]
        return try NiftiImage(data: data, shape: outShape, affine: mask.affine)
    }

    /// Refuses an image whose grid (shape or affine) is not the mask's, naming both files.
    func check(_ image: NiftiImage, against mask: BinaryMask) throws {
        let spatial = (0..<3).map { $0 < image.shape.count ? image.shape[$0] : 1 }
        let d = mask.dimensions
        guard spatial == [d.x, d.y, d.z] else {
            throw MaskerError.shapeMismatch(mask: mask.image.fileName, maskShape: [d.x, d.y, d.z],
                                            image: image.fileName, imageShape: image.shape)
        }
        let close = zip(image.affine.matrix, mask.affine.matrix).allSatisfy { abs($0 - $1) <= 1e-5 + 1e-5 * abs($1) }
        guard close else {
            throw MaskerError.affineMismatch(mask: mask.image.fileName, image: image.fileName,
                                             maskAffine: mask.affine, imageAffine: image.affine)
        }
    }
}

extension NiftiImage {
    /// Whether nibabel reads the data as float64 (float64 voxels, or any type with a scale
    /// factor); nilearn's maskers then compute in double, else in float32.
    var isReadAsDouble: Bool { datatype == .float64 || scaling != nil }
}
