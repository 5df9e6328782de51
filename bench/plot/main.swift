// Times the seed tutorial's two figures (plot_roi of the mask over the anatomy, plot_stat_map of
// the SVM weights in 'yx' mode), PNG encoding included, on synthetic data of the seed's sizes:
// a 124×256×256 anatomy (1.2×0.9375×0.9375 mm, like Haxby subject 2's) and 40×64×64 functional
// grids (3.5×3.75×3.75 mm). Build and run with bench/plot/run.
import Decoding
import Foundation

let functional = Affine(rows: [[-3.5, 0, 0, 68.25], [0, 3.75, 0, -118.125], [0, 0, 3.75, -118.125], [0, 0, 0, 1]])
let anatomyAffine = Affine(rows: [[1.2, 0, 0, -74.4], [0, 0.9375, 0, -120], [0, 0, 0.9375, -110], [0, 0, 0, 1]])
let anat = Volume(dimensions: SIMD3(124, 256, 256), affine: anatomyAffine) { p in
    let q = (p - SIMD3(0, -15, 0)) / SIMD3(65, 85, 70)
    let r = (q * q).sum().squareRoot()
    return r > 1 ? 0 : Float(600 + 250 * cos(r * 3 * .pi) + 150 * r)
}
let mask = Volume(dimensions: SIMD3(40, 64, 64), affine: functional) { p in
    let d = p - SIMD3(22, -20, -40)
    return (d * d / SIMD3(100, 300, 150)).sum() <= 1 ? 1 : 0
}
// Signed "weights" inside the mask (scripts/golden/plot_seed_reference.py draws the same with nilearn).
let weights = Volume(dimensions: SIMD3(40, 64, 64), affine: functional) { p in
    let d = p - SIMD3(22, -20, -40)
    guard (d * d / SIMD3(100, 300, 150)).sum() <= 1 else { return 0 }
    return Float(0.05 * sin(0.9 * p.x + 0.35 * p.y) * cos(0.5 * p.z - 0.2 * p.x))
}

func seedFigures() throws -> Int {
    let roi = try Plotting.plotROI(mask, bgImg: anat, cmap: .paired)
    let stat = try Plotting.plotStatMap(weights, bgImg: anat, title: "SVM weights", displayMode: .yx)
    return try roi.pngData().count + stat.pngData().count
}

let clock = ContinuousClock()
var bytes = 0
let cold = try clock.measure { bytes = try seedFigures() }
let runs = 10
var times: [Duration] = []
for _ in 0..<runs { times.append(try clock.measure { _ = try seedFigures() }) }
times.sort()
func ms(_ d: Duration) -> String { String(format: "%.1f ms", Double(d.components.attoseconds) / 1e15 + Double(d.components.seconds) * 1000) }
print("both seed figures + PNG (\(bytes) bytes): first \(ms(cold)), median of \(runs) \(ms(times[runs / 2])), best \(ms(times[0]))")
if let dir = CommandLine.arguments.dropFirst().first {
    try Plotting.plotROI(mask, bgImg: anat, cmap: .paired).save(to: dir + "/bench_plot_roi.png")
    try Plotting.plotStatMap(weights, bgImg: anat, title: "SVM weights", displayMode: .yx).save(to: dir + "/bench_plot_stat_map.png")
}
