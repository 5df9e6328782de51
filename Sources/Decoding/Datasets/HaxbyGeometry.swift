/// Where things are in the simulated subject: the real bold grid and affine, a brain-shaped
/// ellipsoid, and ventral-temporal, face and house regions chosen by distance to anatomical
/// landmarks (fusiform and parahippocampal gyri), with exact voxel counts.
struct HaxbyGeometry {
    /// The real Haxby bold grid and affine (3.5 × 3.75 × 3.75 mm).
    static let dimensions = SIMD3(40, 64, 64)
    static let affine = Affine(rows: [[-3.5, 0, 0, 68.25], [0, 3.75, 0, -118.125], [0, 0, 3.75, -118.125], [0, 0, 0, 1]])
    static let ventralTemporalVoxels = 464
    static let faceVoxels = 92
    static let houseVoxels = 118

    let dimensions: SIMD3<Int>
    let affine: Affine
    /// Per voxel (NIfTI order): inside the brain.
    let brain: [Bool]
    /// NIfTI-order offsets of the regions.
    let ventralTemporal: [Int]
    let face: [Int]
    let house: [Int]

    init(dimensions: SIMD3<Int> = Self.dimensions, affine: Affine = Self.affine,
         ventralTemporalVoxels: Int = Self.ventralTemporalVoxels) {
        self.dimensions = dimensions
        self.affine = affine
        let n = dimensions.x * dimensions.y * dimensions.z
        var brain = [Bool](repeating: false, count: n)
        var vtScore = [(Double, Int)]()
        for k in 0..<dimensions.z {
            for j in 0..<dimensions.y {
                for i in 0..<dimensions.x {
                    let p = affine.apply(SIMD3(Double(i), Double(j), Double(k)))
                    let o = i + dimensions.x * (j + dimensions.y * k)
                    guard Self.brainDistance(p) <= 1 else { continue }
                    brain[o] = true
                    vtScore.append((Self.ventralTemporalDistance(p), o))
                }
            }
        }
        self.brain = brain
        let vt = Self.lowestScored(vtScore, ventralTemporalVoxels)
        ventralTemporal = vt.sorted()
        // Spelled with explicit types and a loop: as one generic map/sorted chain over SIMD3
        // arithmetic this took the type checker about 15 s (-warn-long-function-bodies).
        func nearest(_ center: SIMD3<Double>, _ count: Int) -> [Int] {
            var scored = [(Double, Int)]()
            scored.reserveCapacity(vt.count)
            for o in vt {
                let p: SIMD3<Double> = Self.world(o, dimensions, affine)
                let d = SIMD3<Double>(Swift.abs(p.x) - center.x, p.y - center.y, p.z - center.z)
                scored.append(((d * d).sum(), o))
            }
            return Self.lowestScored(scored, count).sorted()
        }
        let scale = Double(ventralTemporalVoxels) / Double(Self.ventralTemporalVoxels)
        face = nearest(SIMD3(40, -50, -18), max(1, Int(Double(Self.faceVoxels) * scale)))
        house = nearest(SIMD3(27, -60, -8), max(1, Int(Double(Self.houseVoxels) * scale)))
    }

    /// The offsets of the `count` lowest scores, lowest first; ties broken by offset so the
    /// selection is the same everywhere.
    static func lowestScored(_ scored: [(Double, Int)], _ count: Int) -> [Int] {
        let ordered = scored.sorted { (a: (Double, Int), b: (Double, Int)) -> Bool in a.0 != b.0 ? a.0 < b.0 : a.1 < b.1 }
        return ordered.prefix(count).map { $0.1 }
    }

    static func world(_ offset: Int, _ d: SIMD3<Int>, _ affine: Affine) -> SIMD3<Double> {
        let i = offset % d.x, j = (offset / d.x) % d.y, k = offset / (d.x * d.y)
        return affine.apply(SIMD3(Double(i), Double(j), Double(k)))
    }

    /// < 1 inside an ellipsoid the size of an adult brain (140 × 176 × 130 mm).
    static func brainDistance(_ p: SIMD3<Double>) -> Double {
        let q = (p - SIMD3(0, -18, 6)) / SIMD3(66, 88, 64)
        return (q * q).sum()
    }

    /// Distance to the bilateral ventral temporal cortex (fusiform / parahippocampal).
    static func ventralTemporalDistance(_ p: SIMD3<Double>) -> Double {
        let q = SIMD3(abs(p.x) - 33, p.y + 55, p.z + 14) / SIMD3(9, 24, 7)
        return (q * q).sum()
    }
}
