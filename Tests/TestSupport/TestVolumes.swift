import Decoding
import Foundation

/// Synthetic volumes both test targets draw figures over.
public enum TestVolumes {
    /// An isotropic grid of `voxel` mm covering x −80…80, y −110…90, z −80…90 mm (RAS, i fastest).
    public static func anatomyGrid(voxel: Double) -> (SIMD3<Int>, Affine) {
        let dims = SIMD3(Int(160 / voxel), Int(200 / voxel), Int(170 / voxel))
        let affine = Affine(rows: [[voxel, 0, 0, -80], [0, voxel, 0, -110], [0, 0, voxel, -80], [0, 0, 0, 1]])
        return (dims, affine)
    }

    /// A grey "head": an ellipsoid (semi-axes 65, 85, 70 mm around (0, −15, 0)) with a bright
    /// rim, a darker ring inside and a bright core, like the simulated anatomy nilearn plotted.
    /// Scalar arithmetic, not SIMD3's: tests are compiled unoptimized, where SIMD3's is generic
    /// code per voxel.
    public static func anatomy(voxel: Double = 2) -> Volume {
        let (dims, affine) = anatomyGrid(voxel: voxel)
        return Volume(dimensions: dims, affine: affine) { p in
            let (x, y, z) = (p.x / 65, (p.y + 15) / 85, p.z / 70)
            let r = (x * x + y * y + z * z).squareRoot()
            guard r <= 1 else { return 0 }
            let ring: Double = 250 * cos(r * 3 * Double.pi)
            return Float(600 + ring + 150 * r)
        }
    }
}
