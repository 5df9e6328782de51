import Foundation

/// nibabel's rules for the voxel-to-world transform of a NIfTI-1 header.
extension NiftiHeader {
    /// sform when `sform_code` ≠ 0, else qform when `qform_code` ≠ 0, else the pixdim-only
    /// affine (nibabel's `get_best_affine`).
    public var bestAffine: Affine {
        if sformCode != 0 { return sformAffine }
        if qformCode != 0 { return qformAffine }
        return baseAffine
    }

    /// The affine from `srow_x/y/z`.
    public var sformAffine: Affine {
        Affine(rows: [srowX.map(Double.init), srowY.map(Double.init), srowZ.map(Double.init), [0, 0, 0, 1]])
    }

    /// The affine from the quaternion, offsets, voxel sizes and qfac (nibabel's `get_qform`).
    public var qformAffine: Affine {
        let b = Double(quaternB), c = Double(quaternC), d = Double(quaternD)
        var w2 = 1 - (b * b + c * c + d * d)
        if w2 < 0 { w2 = 0 }  // nibabel tolerates rounding just below zero
        let a = w2.squareRoot()
        let r = Self.rotation(w: a, x: b, y: c, z: d)
        let qfac: Double = pixdim[0] == -1 ? -1 : 1
        let vox = [Double(pixdim[1]), Double(pixdim[2]), Double(pixdim[3]) * qfac]
        var out = Affine.identity
        for row in 0..<3 {
            for col in 0..<3 { out[row, col] = r[row][col] * vox[col] }
        }
        out[0, 3] = Double(qoffsetX); out[1, 3] = Double(qoffsetY); out[2, 3] = Double(qoffsetZ)
        return out
    }

    /// The affine from voxel sizes alone, centred on the grid with x flipped (nibabel's
    /// `get_base_affine`): what a header without qform or sform means.
    public var baseAffine: Affine {
        let n = Int(dim[0])
        var out = Affine.identity
        for axis in 0..<3 {
            let extent = axis < n ? Double(dim[axis + 1]) : 1
            var zoom = axis < n ? Double(pixdim[axis + 1]) : 1
            if axis == 0 { zoom = -zoom }
            out[axis, axis] = zoom
            out[axis, 3] = -((extent - 1) / 2) * zoom
        }
        return out
    }

    /// Sets `srow_*` and `sform_code` (nibabel's `set_sform`).
    public mutating func setSform(_ affine: Affine, code: Int16) {
        srowX = (0..<4).map { Float(affine[0, $0]) }
        srowY = (0..<4).map { Float(affine[1, $0]) }
        srowZ = (0..<4).map { Float(affine[2, $0]) }
        sformCode = code
    }

    /// Sets quaternion, offsets, voxel sizes and qfac from an affine (nibabel's `set_qform`,
    /// assuming the rotation part is orthogonal, as any scanner affine is).
    public mutating func setQform(_ affine: Affine, code: Int16) {
        var zooms = [Double](repeating: 0, count: 3)
        var r = [[Double]](repeating: [0, 0, 0], count: 3)
        for col in 0..<3 {
            zooms[col] = (0..<3).map { affine[$0, col] * affine[$0, col] }.reduce(0, +).squareRoot()
            for row in 0..<3 { r[row][col] = zooms[col] == 0 ? 0 : affine[row, col] / zooms[col] }
        }
        let det = r[0][0] * (r[1][1] * r[2][2] - r[1][2] * r[2][1])
            - r[0][1] * (r[1][0] * r[2][2] - r[1][2] * r[2][0])
            + r[0][2] * (r[1][0] * r[2][1] - r[1][1] * r[2][0])
        var qfac: Float = 1
        if det <= 0 {
            qfac = -1
            for row in 0..<3 { r[row][2] = -r[row][2] }
        }
        let q = Self.quaternion(r)
        quaternB = Float(q.x); quaternC = Float(q.y); quaternD = Float(q.z)
        qoffsetX = Float(affine[0, 3]); qoffsetY = Float(affine[1, 3]); qoffsetZ = Float(affine[2, 3])
        pixdim[0] = qfac
        for axis in 0..<3 { pixdim[axis + 1] = Float(zooms[axis]) }
        qformCode = code
    }

    /// Rotation matrix of a unit quaternion (transforms3d's `quat2mat`).
    static func rotation(w: Double, x: Double, y: Double, z: Double) -> [[Double]] {
        let n = w * w + x * x + y * y + z * z
        if n < Double.ulpOfOne { return [[1, 0, 0], [0, 1, 0], [0, 0, 1]] }
        let s = 2 / n
        let (xs, ys, zs) = (x * s, y * s, z * s)
        let (wx, wy, wz) = (w * xs, w * ys, w * zs)
        let (xx, xy, xz) = (x * xs, x * ys, x * zs)
        let (yy, yz, zz) = (y * ys, y * zs, z * zs)
        return [
            [1 - (yy + zz), xy - wz, xz + wy],
            [xy + wz, 1 - (xx + zz), yz - wx],
            [xz - wy, yz + wx, 1 - (xx + yy)],
        ]
    }

    /// Quaternion (x, y, z components; w ≥ 0 implied) of a proper rotation matrix.
    static func quaternion(_ m: [[Double]]) -> SIMD3<Double> {
        let trace = m[0][0] + m[1][1] + m[2][2]
        var w: Double, x: Double, y: Double, z: Double
        if trace > 0 {
            let s = (trace + 1).squareRoot() * 2
            w = s / 4; x = (m[2][1] - m[1][2]) / s; y = (m[0][2] - m[2][0]) / s; z = (m[1][0] - m[0][1]) / s
        } else if m[0][0] > m[1][1] && m[0][0] > m[2][2] {
            let s = (1 + m[0][0] - m[1][1] - m[2][2]).squareRoot() * 2
            w = (m[2][1] - m[1][2]) / s; x = s / 4; y = (m[0][1] + m[1][0]) / s; z = (m[0][2] + m[2][0]) / s
        } else if m[1][1] > m[2][2] {
            let s = (1 + m[1][1] - m[0][0] - m[2][2]).squareRoot() * 2
            w = (m[0][2] - m[2][0]) / s; x = (m[0][1] + m[1][0]) / s; y = s / 4; z = (m[1][2] + m[2][1]) / s
        } else {
            let s = (1 + m[2][2] - m[0][0] - m[1][1]).squareRoot() * 2
            w = (m[1][0] - m[0][1]) / s; x = (m[0][2] + m[2][0]) / s; y = (m[1][2] + m[2][1]) / s; z = s / 4
        }
        if w < 0 { x = -x; y = -y; z = -z }
        // Exact zeros print as 0.0 rather than -0.0, as nibabel's do.
        return SIMD3(x + 0, y + 0, z + 0)
    }
}
