/// `masker.transform(smoothImg(imgs, fwhm:))` without the smoothed image: each volume is
/// smoothed only over the mask's bounding box (``SmoothingPlan``), on every core, and its mask
/// voxels stored straight into the (volumes × voxels) matrix, in float32 when nilearn smooths
/// in float32 — the same values, at the cost of the box and of one matrix.
///
/// For picked volumes (whose every pass inflates the file), the same pass also keeps the
/// unsmoothed matrix of the mask in the image's memo, as `masker.transform(imgs)` would make
/// it: a gather per volume, against a second inflate when the volumes are masked without
/// smoothing later, as nilearn's ANOVA example does with a second `Decoder`.
func smoothedTransform(_ imgs: some NiftiImageSource, fwhm: Double, masker: NiftiMasker) throws -> NDArray<Float> {
    guard let mask = masker.mask else { throw MaskerError.notFitted }
    let image = try imgs.niftiImage()
    try masker.check(image, against: mask)
    let rows = image.volumeCount, columns = mask.voxelCount
    let signals = try image.maskedSignals(.init(voxels: mask.voxelOffsets, smoothingFwhm: fwhm)) {
        let plainKey = MaskedSignalsMemo.Key(voxels: mask.voxelOffsets, smoothingFwhm: nil)
        let memo = image.maskedSignalsMemo
        let alsoPlain = memo != nil && memo?[plainKey] == nil
        let (smoothed, plain) = try smoothAndGather(image, fwhm: fwhm, voxels: mask.voxelOffsets, alsoPlain: alsoPlain)
        if let plain { memo?.remember(plain, as: plainKey) }
        return smoothed
    }
    // Standardized in the precision the masker reads the smoothed image in (float32 when
    // nilearn smooths in float32), as the masker does.
    return signals.standardized(rows: rows, columns: columns, masker.standardize)
}

/// The smoothed signals of `voxels` and, with `alsoPlain`, their unsmoothed signals from the
/// same read of the volumes.
private func smoothAndGather(
    _ image: NiftiImage, fwhm: Double, voxels: [Int], alsoPlain: Bool
) throws -> (smoothed: MaskedSignals, plain: MaskedSignals?) {
    let d = image.spatialDimensions
    let single = smoothsInFloat32(image)
    let sigmas = try smoothingSigmas(FWHM(fwhm), affine: image.affine)
    let plan = SmoothingPlan(dimensions: d, sigmas: sigmas, target: GridBox(enclosing: voxels, dimensions: d))
    let local = voxels.map { plan.target.local($0, dimensions: d) }
    let columns = local.count
    var plain = alsoPlain ? MaskedSignalsGatherer(image: image, voxels: voxels) : nil
    func gather<T>(_ zero: T, _ convert: @escaping @Sendable (Double) -> T) throws -> [T] {
        var values = [T](repeating: zero, count: image.volumeCount * columns)
        try values.withUnsafeMutableBufferPointer { out in
            let base = SendablePointer(UnsafeMutableRawPointer(out.baseAddress!))
            try forEachSmoothedVolume(image, smoothing: plan, single: single, raw: { plain?.add(volume: $0, raw: $1) }) { t, volume in
                let row = base.pointer.assumingMemoryBound(to: T.self) + t * columns
                for (c, o) in local.enumerated() { row[c] = convert(volume[o]) }
            }
        }
        return values
    }
    let smoothed: MaskedSignals = single ? .single(try gather(Float(0)) { Float($0) }) : .double(try gather(0.0) { $0 })
    return (smoothed, plain?.signals)
}
