// NDArray benchmark driver (see bench/ndarray/run): times each operation of ops.txt on
// float64 data, prints "name<TAB>size<TAB>median seconds" lines, as numpy_bench.py does.
import Decoding
import Foundation

/// Normal values by Box–Muller; the data only needs numpy's shape and spread.
var generator = SystemRandomNumberGenerator()
func normal() -> Double {
    let u = Double.random(in: Double.leastNormalMagnitude..<1, using: &generator), v = Double.random(in: 0..<1, using: &generator)
    return (-2 * Foundation.log(u)).squareRoot() * cos(2 * .pi * v)
}

func normals(_ shape: Shape) -> NDArray<Double> {
    NDArray(shape: shape, storage: (0..<shape.elementCount).map { _ in normal() })
}

let repeats = Int(ProcessInfo.processInfo.environment["NDARRAY_BENCH_REPEATS"] ?? "") ?? 7
/// NDARRAY_BENCH_ONLY: a semicolon-separated list of operation names to time (all when unset).
let only = ProcessInfo.processInfo.environment["NDARRAY_BENCH_ONLY"].map { Set($0.split(separator: ";").map(String.init)) }
var sink = 0.0

/// Median wall time of `repeats` runs of `body` (after one warm-up run).
func time(_ name: String, _ size: Int, _ body: () -> Double) {
    if let only, !only.contains(name) { return }
    sink += body()
    var times = [Double]()
    for _ in 0..<repeats {
        let start = DispatchTime.now().uptimeNanoseconds
        sink += body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    times.sort()
    print("\(name)\t\(size)\t\(times[times.count / 2])")
    fflush(stdout)
}

for n in [1_000_000, 10_000_000] {
    let a = normals([n]), b = normals([n])
    let positive = abs(a) + 1e-12
    time("a + b", n) { (a + b).storage[0] }
    time("a * 2.5", n) { (a * 2.5).storage[0] }
    time("a / b", n) { (a / b).storage[0] }
    time("a > 0", n) { (a .> 0).storage[0] ? 1 : 0 }
    time("sum", n) { a.sum() }
    time("mean", n) { a.mean() }
    time("std", n) { a.std() }
    time("max", n) { a.max() }
    time("argmax", n) { Double(a.argmax()) }
    time("cumsum", n) { a.cumsum().storage[0] }
    time("abs", n) { abs(a).storage[0] }
    time("sqrt", n) { sqrt(positive).storage[0] }
    time("exp", n) { exp(a).storage[0] }
    time("log10", n) { log10(positive).storage[0] }
    time("clip", n) { a.clipped(min: -1, max: 1).storage[0] }
    time("round", n) { a.rounded(decimals: 2).storage[0] }
    time("isnan", n) { a.isNaN.storage[0] ? 1 : 0 }
    time("where", n) { NDArray.where(a .> 0, a, 0).storage[0] }
    time("p[p > 1] = 1", n) { var p = a; p[p .> 1] = 1; return p.storage[0] }
    time("nanmean", n) { a.nanmean() }
    let rows = n / 1000
    let m = a.reshaped([rows, 1000])
    time("sum(axis=0) (n/1000, 1000)", n) { m.sum(axis: 0).storage[0] }
    time("sum(axis=1) (n/1000, 1000)", n) { m.sum(axis: 1).storage[0] }
    time("x - x.mean(axis=0)", n) { (m - m.mean(axis: 0)).storage[0] }
    time("std(axis=0)", n) { m.std(axis: 0).storage[0] }
    time("transpose copy (n/1000, 1000)", n) { m.transposed().storage[0] }
    time("concatenate", n) { NDArray.concatenate([a, b]).storage[0] }
    if n == 1_000_000 {
        time("sort (stable)", n) { a.sorted().storage[0] }
        time("argsort (stable)", n) { Double(a.argsort().storage[0]) }
        let labels = NDArray(shape: [n], storage: (0..<n).map { _ in Int.random(in: 0..<1000, using: &generator) })
        time("unique counts (int, 1000 values)", n) { Double(labels.uniqueWithCounts().counts.storage[0]) }
    }
}
let x = normals([1000, 1000]), y = normals([1000, 1000])
time("matmul 1000x1000 @ 1000x1000", 1_000_000) { x.matmul(y).storage[0] }
FileHandle.standardError.write("checksum \(sink)\n".data(using: .utf8)!)
