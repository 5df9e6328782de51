// Times the seed tutorial's two figures (plot_roi of the mask over the anatomy, plot_stat_map of
// the SVM weights in 'yx' mode), PNG encoding included, on synthetic data of the seed's sizes:
// a 124×256×256 int16 anatomy (1.2×0.9375×0.9375 mm, like Haxby subject 2's) and 40×64×64
// functional grids (3.5×3.75×3.75 mm), first as volumes in memory, then as the tutorial's steps
// are written: paths to .nii.gz files (one gzip member, as nibabel writes them). As in the
// tutorial, step 1 reads an anatomy no figure has read yet (each run gets a fresh link to the
// file, so the process's volume cache misses) and step 2 draws over the one step 1 read.
// Issue 12's target: each plot step ≤ 0.12 s. Build and run with bench/plot/run.
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
let runs = 10
func ms(_ d: Duration) -> String { String(format: "%.1f ms", Double(d.components.attoseconds) / 1e15 + Double(d.components.seconds) * 1000) }
/// CPU time of this thread: what the step costs when the machine's cores are shared (the
/// wall time is also printed; on a loaded machine it is the CPU time times the queue).
func cpuTime() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}
/// First run, then median and best of `runs` more, wall and CPU.
func time(_ label: String, _ body: () throws -> Void) rethrows {
    let cold = try clock.measure(body)
    var times: [Duration] = [], cpu: [Double] = []
    for _ in 0..<runs {
        let c0 = cpuTime()
        times.append(try clock.measure(body))
        cpu.append(cpuTime() - c0)
    }
    times.sort()
    cpu.sort()
    print("\(label): first \(ms(cold)), median of \(runs) \(ms(times[runs / 2])) wall, "
        + String(format: "%.1f ms CPU (best %.1f)", 1000 * cpu[runs / 2], 1000 * cpu[0]))
}

var bytes = 0
try time("both seed figures + PNG, volumes in memory") { bytes = try seedFigures() }
print("  (\(bytes) PNG bytes)")

let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plot-bench-\(getpid())").path
try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: dir) }
let anatPath = dir + "/anat.nii.gz", maskPath = dir + "/mask.nii.gz", weightsPath = dir + "/weights.nii.gz"
// The real anatomy is int16 (Haxby's, and the simulated subject's).
try NiftiImage(data: anat.values.map { Int16($0.rounded()) }, shape: [124, 256, 256], affine: anatomyAffine)
    .write(to: anatPath)
try NiftiImage(volume: mask).write(to: maskPath)
try NiftiImage(volume: weights).write(to: weightsPath)
// One name per run, all made before any is read (a new link changes the file's status time).
let anatomies = (0...runs).map { dir + "/anat-\($0).nii.gz" }
for path in anatomies { try FileManager.default.linkItem(atPath: anatPath, toPath: path) }
var step1: [Double] = [], step2: [Double] = [], wall1: [Duration] = [], wall2: [Duration] = []
for path in anatomies {
    var c0 = cpuTime()
    wall1.append(try clock.measure { _ = try Plotting.plotROI(maskPath, bgImg: path, cmap: .paired).pngData() })
    step1.append(cpuTime() - c0)
    c0 = cpuTime()
    wall2.append(try clock.measure {
        _ = try Plotting.plotStatMap(weightsPath, bgImg: path, title: "SVM weights", displayMode: .yx).pngData()
    })
    step2.append(cpuTime() - c0)
}
/// The first run (fonts loaded, first touch of everything), then the median of the others.
func report(_ label: String, _ cpu: [Double], _ wall: [Duration]) {
    let cpuRest = cpu.dropFirst().sorted(), wallRest = wall.dropFirst().sorted()
    print("\(label): first \(ms(wall[0])) wall, " + String(format: "%.1f ms CPU; ", 1000 * cpu[0])
        + "median of \(runs) \(ms(wallRest[runs / 2])) wall, "
        + String(format: "%.1f ms CPU (best %.1f)", 1000 * cpuRest[runs / 2], 1000 * cpuRest[0]))
}
report("step 1, plotROI(maskPath, bgImg: anatPath) + PNG, anatomy not read before", step1, wall1)
report("step 2, plotStatMap(weightsPath, bgImg: anatPath, displayMode: .yx) + PNG, same anatomy", step2, wall2)
try time("reading the anatomy alone (NiftiImage.load + volume(at: 0))") {
    _ = try NiftiImage.load(anatPath).volume(at: 0)
}
if let out = CommandLine.arguments.dropFirst().first {
    try Plotting.plotROI(mask, bgImg: anat, cmap: .paired).save(to: out + "/bench_plot_roi.png")
    try Plotting.plotStatMap(weights, bgImg: anat, title: "SVM weights", displayMode: .yx).save(to: out + "/bench_plot_stat_map.png")
}
