import Foundation

/// A T1-like anatomical image at 1 mm covering the bold's field of view: scalp, skull, CSF,
/// folded grey matter, white matter and ventricles, enough to serve as a plotting background.
struct HaxbyAnatomy {
    static let dimensions = SIMD3(140, 240, 240)
    static let affine = Affine(rows: [[-1, 0, 0, 69.5], [0, 1, 0, -119.5], [0, 0, 1, -119.5], [0, 0, 0, 1]])
    let seed: UInt64
    var dimensions = Self.dimensions
    var affine = Self.affine

    func write(to path: String, gzipLevel: Int32) throws {
        let d = dimensions
        var data = [Int16](repeating: 0, count: d.x * d.y * d.z)
        let table = NormalTable(seed: seed)
        var fast = FastNoise(seed: seed &+ 1)
        data.withUnsafeMutableBufferPointer { out in
            table.values.withUnsafeBufferPointer { noise in
                for k in 0..<d.z {
                    for j in 0..<d.y {
                        for i in 0..<d.x {
                            let p = affine.apply(SIMD3(Double(i), Double(j), Double(k)))
                            let value = Self.intensity(p) + 12 * Double(noise[fast.index()])
                            out[i + d.x * (j + d.y * k)] = Int16(clamping: Int(max(0, value)))
                        }
                    }
                }
            }
        }
        try NiftiImage(data: data, shape: [d.x, d.y, d.z], affine: affine).write(to: path, gzipLevel: gzipLevel)
    }

    /// T1 contrast at world point `p` (mm).
    static func intensity(_ p: SIMD3<Double>) -> Double {
        let r = HaxbyGeometry.brainDistance(p).squareRoot()  // 1 at the brain's surface
        if r > 1.16 { return 0 }  // air
        if r > 1.09 { return 420 }  // scalp
        if r > 1.03 { return 60 }  // skull
        if r > 1.0 { return 110 }  // CSF
        let fold = 0.06 * sin(p.x / 4.1) * sin(p.y / 4.7) * sin(p.z / 3.9)
        let q = (p - SIMD3(0, -10, 10)) / SIMD3(9, 22, 12)
        let ventricle = (SIMD3(abs(q.x) - 0.9, q.y, q.z) * SIMD3(abs(q.x) - 0.9, q.y, q.z)).sum()
        if ventricle < 1 { return 140 }
        return r < 0.8 + fold ? 820 : 560  // white matter : grey matter
    }
}
