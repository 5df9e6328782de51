/// nilearn's `smooth_img(fwhm='fast')` (`_fast_smooth_array`): each voxel plus 0.2 times each
/// of its six face neighbours, divided by 1 + 6 · 0.2 = 2.2 so that a uniform volume stays
/// uniform away from the edges. Neighbours outside the grid are simply missing (an edge voxel
/// is still divided by 2.2, so edges darken, as in nilearn). The affine plays no part.
///
/// Equal to nilearn's to the bit: numpy computes `w = 0.2 * a`, then adds `w` shifted by one
/// voxel along x (from +1, then −1), y, then z into a copy of `a`, and divides by the scale,
/// each operation rounded to the array's type (float32 for integer data, as ``load(_:decoder:into:single:)``
/// gives it). Each voxel's six additions happen in that order here, in double rounded to
/// float32 after each one when `single` — exact, since double has more than twice float32's
/// precision.
struct FastSmoothing: VolumeSmoothing {
    static let neighbourWeight = 0.2
    /// nilearn's `scale = 1 + n_neighbors * neighbor_weight` (a Python float).
    static let scale = 1 + 6 * neighbourWeight

    let dimensions: SIMD3<Int>
    var input: GridBox { GridBox(dimensions: dimensions) }
    var target: GridBox { input }
    var scratchCount: Int { dimensions.x * dimensions.y * dimensions.z }
    var lineCount: Int { 0 }

    /// Smooths `volume` in place (each result needs only its own input voxel and the
    /// neighbours' weighted values, kept in `scratch`).
    func smooth(
        _ volume: UnsafeMutablePointer<Double>, scratch weighted: UnsafeMutablePointer<Double>,
        line: UnsafeMutablePointer<Double>, single: Bool
    ) -> UnsafeMutablePointer<Double> {
        @inline(__always) func rounded(_ v: Double) -> Double { single ? Double(Float(v)) : v }
        // numpy casts the Python floats to float32 for a float32 array (NEP 50).
        let weight = rounded(Self.neighbourWeight), divisor = rounded(Self.scale)
        let (nx, ny, nz) = (dimensions.x, dimensions.y, dimensions.z)
        let count = nx * ny * nz, (sy, sz) = (nx, nx * ny)
        for i in 0..<count { weighted[i] = rounded(weight * volume[i]) }
        for z in 0..<nz {
            for y in 0..<ny {
                let row = (y + ny * z) * nx
                for x in 0..<nx {
                    let i = row + x
                    var v = volume[i]
                    if x < nx - 1 { v = rounded(v + weighted[i + 1]) }
                    if x > 0 { v = rounded(v + weighted[i - 1]) }
                    if y < ny - 1 { v = rounded(v + weighted[i + sy]) }
                    if y > 0 { v = rounded(v + weighted[i - sy]) }
                    if z < nz - 1 { v = rounded(v + weighted[i + sz]) }
                    if z > 0 { v = rounded(v + weighted[i - sz]) }
                    volume[i] = rounded(v / divisor)
                }
            }
        }
        return volume
    }
}
