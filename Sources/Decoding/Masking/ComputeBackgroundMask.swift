/// nilearn's `compute_background_mask` with its defaults (`border_size=2`, no opening, no
/// connected-component step): the mask a `Decoder` or `NiftiMasker` computes when given no
/// mask (`mask_strategy='background'`).
///
///     let mask = try computeBackgroundMask(haxby.func[0])   // int8, 1 inside
///
/// The background is guessed from the image's border: the mean over time (``meanImg(_:)``) is
/// taken, and its voxels within `borderSize` of any face of the grid give the background value
/// (their median). Every voxel of the mean that differs from it is in the mask. If the border
/// holds a NaN, the NaNs are the background instead (SPM writes NaN outside the brain).
/// Works on 3-D or 4-D images, streaming a file-backed one volume by volume.
/// - Throws: ``MaskerError/emptyMask(file:)`` when nothing differs from the background (nilearn
///   warns, then refuses the empty mask), or the image's reading errors.
public func computeBackgroundMask(_ imgs: some NiftiImageSource, borderSize: Int = 2) throws -> NiftiImage {
    guard borderSize >= 0 else { throw MaskerError.invalidBorderSize(borderSize) }
    let image = try imgs.niftiImage()
    let mean = try meanImg(image)
    let values = try mean.fdata()
    let d = (0..<3).map { $0 < mean.shape.count ? mean.shape[$0] : 1 }
    let border = borderValues(values, dimensions: d, size: borderSize)
    let inside: [Int8]
    if border.contains(where: \.isNaN) {
        inside = values.map { $0.isNaN ? 0 : 1 }
    } else {
        let background = median(border, single: mean.datatype == .float32)
        inside = values.map { $0 != background ? 1 : 0 }
    }
    guard inside.contains(1) else { throw MaskerError.emptyMask(file: "background mask of \(image.fileName)") }
    return try NiftiImage(data: inside, shape: Shape(d), affine: mean.affine)
}

/// numpy's `get_border_data`: the slabs `size` thick on the six faces (voxels on edges and
/// corners counted once per face, as its concatenation does).
private func borderValues(_ values: [Double], dimensions d: [Int], size: Int) -> [Double] {
    var out: [Double] = []
    func slab(_ axis: Int, _ range: Range<Int>) {
        for k in 0..<d[2] {
            for j in 0..<d[1] {
                for i in 0..<d[0] {
                    let position = [i, j, k][axis]
                    if range.contains(position) { out.append(values[i + d[0] * (j + d[1] * k)]) }
                }
            }
        }
    }
    for axis in 0..<3 {
        let n = d[axis], s = min(size, n)
        slab(axis, 0..<s)
        // numpy's data[-size:] is the whole axis when size exceeds it, and empty for size 0.
        if s > 0 { slab(axis, (n - s)..<n) }
    }
    return out
}

/// `np.median`: the middle value, or the mean of the two middle values (in float32 arithmetic
/// for float32 data, as numpy averages them in the array's type).
private func median(_ values: [Double], single: Bool) -> Double {
    guard !values.isEmpty else { return .nan }
    let sorted = values.sorted()
    let n = sorted.count
    if n % 2 == 1 { return sorted[n / 2] }
    let (a, b) = (sorted[n / 2 - 1], sorted[n / 2])
    return single ? Double((Float(a) + Float(b)) / 2) : (a + b) / 2
}
