import Foundation

/// Writes a deterministic stand-in for one Haxby 2001 subject at the real dimensions, for
/// machines without the 310 MB download: a 40×64×64×1452 int16 bold in which the 464-voxel
/// ventral-temporal mask carries category-selective patterns convolved with a haemodynamic
/// response, under noise and slow drift, tuned so that face vs cat decoding with a linear SVC
/// across runs scores about 0.7–0.8 (realistic, not perfect).
struct HaxbySimulation {
    let subject: Int
    var geometry: HaxbyGeometry
    /// Noise standard deviation inside the brain (int16 units) and the pattern amplitude
    /// relative to it: chosen for face-vs-cat accuracy of about 0.75.
    var noise: Float = 12
    var patternAmplitude: Float = 0.4
    /// Correlation of the face and cat patterns (similar categories are hard to tell apart).
    var faceCatSimilarity: Float = 0.9
    /// ISA-L's level 1: files the size nibabel writes, in one gzip member as nibabel writes them.
    var gzipLevel = 1
    var anatomy: HaxbyAnatomy

    init(subject: Int, geometry: HaxbyGeometry = HaxbyGeometry()) {
        self.subject = subject
        self.geometry = geometry
        anatomy = HaxbyAnatomy(seed: 0x4841_5842_5900_0000 &+ UInt64(truncatingIfNeeded: subject) &+ 7)
    }

    var seed: UInt64 { 0x4841_5842_5900_0000 &+ UInt64(truncatingIfNeeded: subject) }

    /// Writes every file of the subject into `folder` (which must exist).
    func write(to folder: String) throws {
        let design = HaxbyDesign(seed: seed)
        try Data(design.labelsText.utf8).write(to: URL(fileURLWithPath: folder + "/labels.txt"), options: .atomic)
        try writeMask(geometry.ventralTemporal, to: folder + "/mask4_vt.nii.gz")
        try writeMask(geometry.face, to: folder + "/mask8b_face_vt.nii.gz")
        try writeMask(geometry.house, to: folder + "/mask8b_house_vt.nii.gz")
        try anatomy.write(to: folder + "/anat.nii.gz", gzipLevel: gzipLevel)
        try writeBold(design, to: folder + "/bold.nii.gz")
    }

    /// Rounded to nearest and clamped to the int16 range.
    @inline(__always)
    static func int16(_ v: Float) -> Int16 {
        if v >= 32767 { return 32767 }
        if v <= -32768 { return -32768 }
        return Int16(truncatingIfNeeded: Int32(v < 0 ? v - 0.5 : v + 0.5))
    }

    private func writeMask(_ offsets: [Int], to path: String) throws {
        let d = geometry.dimensions
        var data = [UInt8](repeating: 0, count: d.x * d.y * d.z)
        for o in offsets { data[o] = 1 }
        try NiftiImage(data: data, shape: [d.x, d.y, d.z], affine: geometry.affine).write(to: path, gzipLevel: gzipLevel)
    }

    private func writeBold(_ design: HaxbyDesign, to path: String) throws {
        let d = geometry.dimensions
        let n = d.x * d.y * d.z
        let volumes = design.labels.count
        var rng = SeededRandom(seed: seed &+ 1)
        // Per-voxel baseline (smooth brain-like intensity), noise level and drift slope.
        var base = [Float](repeating: 0, count: n)
        var sigma = [Float](repeating: noise / 3, count: n)
        var drift = [Float](repeating: 0, count: n)
        for o in 0..<n where geometry.brain[o] {
            let p = HaxbyGeometry.world(o, d, geometry.affine)
            let shade = 0.5 + 0.25 * cos(p.x / 21) * cos(p.y / 27) + 0.25 * cos(p.z / 19)
            base[o] = Float(620 + 380 * shade)
            sigma[o] = noise
            drift[o] = Float(rng.normal()) * noise * 0.5
        }
        // Category weights of the ventral-temporal voxels ([voxel][category]), face and cat
        // correlated; face and house regions respond more to their category.
        let categories = HaxbyDesign.categories.count
        let vt = geometry.ventralTemporal
        let faceSet = Set(geometry.face), houseSet = Set(geometry.house)
        var weights = [Float](repeating: 0, count: vt.count * categories)
        for (v, o) in vt.enumerated() {
            for c in 0..<categories { weights[v * categories + c] = Float(rng.normal()) }
            let s = faceCatSimilarity
            weights[v * categories + 1] = s * weights[v * categories] + (1 - s * s).squareRoot() * weights[v * categories + 1]
            if faceSet.contains(o) { weights[v * categories] += 0.3 }
            if houseSet.contains(o) { weights[v * categories + 2] += 0.6 }
            for c in 0..<categories { weights[v * categories + c] *= patternAmplitude * noise }
        }
        let regressors = design.regressors
        let table = NormalTable(seed: seed &+ 2)
        var fast = FastNoise(seed: seed &+ 3)
        let sink = try AnySink(destination: path, gzipLevel: gzipLevel)
        let image = try NiftiImage(data: [Int16](repeating: 0, count: n), shape: [d.x, d.y, d.z], affine: geometry.affine)
        var header = image.headerForWriting
        header.dim = [4, Int16(d.x), Int16(d.y), Int16(d.z), Int16(volumes), 1, 1, 1]
        header.pixdim[4] = Float(HaxbyDesign.repetitionTime)
        header.xyztUnits = 2 | 8  // mm, seconds
        try sink.write(header.serialized() + [0, 0, 0, 0])
        var volume = [Int16](repeating: 0, count: n)
        var signal = [Float](repeating: 0, count: categories)
        try base.withUnsafeBufferPointer { base in
            try sigma.withUnsafeBufferPointer { sigma in
                try drift.withUnsafeBufferPointer { drift in
                    try table.values.withUnsafeBufferPointer { noiseTable in
                        try geometry.brain.withUnsafeBufferPointer { brain in
                            for t in 0..<volumes {
                                let phase = Float(t % HaxbyDesign.volumesPerRun) / Float(HaxbyDesign.volumesPerRun - 1) * 2 - 1
                                for c in 0..<categories { signal[c] = regressors[c][t] }
                                let visual = signal.reduce(0, +) * noise * 0.8
                                volume.withUnsafeMutableBufferPointer { out in
                                    // Written with plain scalar operations (xorshift inlined, no
                                    // generic conversions) so that debug builds stay tolerable.
                                    var state = fast.state
                                    let out = out.baseAddress!, base = base.baseAddress!, drift = drift.baseAddress!
                                    let sigma = sigma.baseAddress!, brain = brain.baseAddress!, table = noiseTable.baseAddress!
                                    var o = 0
                                    while o < n {
                                        state ^= state << 13
                                        state ^= state >> 7
                                        state ^= state << 17
                                        var v = base[o] + drift[o] * phase + sigma[o] * table[Int(truncatingIfNeeded: state >> 48)]
                                        if !brain[o] && v < 0 { v = -v }
                                        out[o] = Self.int16(v)
                                        o += 1
                                    }
                                    fast.state = state
                                    for (i, o) in vt.enumerated() {
                                        var s = visual
                                        for c in 0..<categories { s += weights[i * categories + c] * signal[c] }
                                        out[o] = Self.int16(Float(out[o]) + s)
                                    }
                                }
                                try volume.withUnsafeBytes { try sink.write($0) }
                            }
                        }
                    }
                }
            }
        }
        try sink.finish()
    }
}
