import Foundation

/// A T1-like anatomical image covering the bold's field of view: scalp, skull, CSF, folded
/// grey matter, white matter and ventricles, enough to serve as a plotting background. Its grid
/// is the real Haxby anatomy's size, 124 × 256 × 256 (16 MB of int16, 1.25 × 0.9375 × 0.9375
/// mm), so that plots and reads cost what they cost on the real file.
struct HaxbyAnatomy {
    static let dimensions = SIMD3(124, 256, 256)
    static let affine = Affine(rows: [[-1.25, 0, 0, 76.875], [0, 0.9375, 0, -119.53125], [0, 0, 0.9375, -119.53125], [0, 0, 0, 1]])
    let seed: UInt64
    var dimensions = Self.dimensions
    var affine = Self.affine

    func write(to path: String, gzipLevel: Int) throws {
        let d = dimensions
        var data = [Int16](repeating: 0, count: d.x * d.y * d.z)
        let table = NormalTable(seed: seed)
        var fast = FastNoise(seed: seed &+ 1)
        data.withUnsafeMutableBufferPointer { out in
            table.values.withUnsafeBufferPointer { noise in
                // Scalar arithmetic only (the affine is diagonal), to keep debug builds quick.
                let sx = affine[0, 0], sy = affine[1, 1], sz = affine[2, 2]
                let tx = affine[0, 3], ty = affine[1, 3], tz = affine[2, 3]
                var state = fast.state
                var o = 0
                for k in 0..<d.z {
                    let z = sz * Double(k) + tz
                    for j in 0..<d.y {
                        let y = sy * Double(j) + ty
                        for i in 0..<d.x {
                            let x = sx * Double(i) + tx
                            state ^= state << 13
                            state ^= state >> 7
                            state ^= state << 17
                            let value = Self.intensity(x, y, z) + 12 * Double(noise[Int(truncatingIfNeeded: state >> 48)])
                            out[o] = value <= 0 ? 0 : (value >= 32767 ? 32767 : Int16(truncatingIfNeeded: Int32(value)))
                            o += 1
                        }
                    }
                }
                fast.state = state
            }
        }
        try NiftiImage(data: data, shape: [d.x, d.y, d.z], affine: affine).write(to: path, gzipLevel: gzipLevel)
    }

    /// T1 contrast at world point (x, y, z) in mm.
    static func intensity(_ x: Double, _ y: Double, _ z: Double) -> Double {
        // The brain ellipsoid of HaxbyGeometry.brainDistance, in scalars.
        let bx = x / 66, by = (y + 18) / 88, bz = (z - 6) / 64
        let r2 = bx * bx + by * by + bz * bz  // 1 at the brain's surface
        if r2 > 1.3456 { return 0 }  // air (r > 1.16)
        if r2 > 1.1881 { return 420 }  // scalp (r > 1.09)
        if r2 > 1.0609 { return 60 }  // skull (r > 1.03)
        if r2 > 1 { return 110 }  // CSF
        let vx = (abs(x) / 9) - 0.9, vy = (y + 10) / 22, vz = (z - 10) / 12
        if vx * vx + vy * vy + vz * vz < 1 { return 140 }  // lateral ventricles
        if abs(x) < 1.2 && r2 > 0.2 { return 110 }  // interhemispheric fissure
        // Gyri: a warped product of sines moves the grey/white boundary in and out, and
        // where it crosses zero near the surface a sulcus of CSF cuts the grey matter.
        let g = sin(x / 5.1 + sin(z / 9)) * sin(y / 5.9 + sin(x / 11)) * sin(z / 4.9 + sin(y / 13))
        let edge = 0.78 + 0.1 * g
        if r2 < edge * edge { return 820 }  // white matter
        if abs(g) < 0.12 && r2 > 0.8 { return 150 }  // sulcus
        return 560  // grey matter
    }
}
