import Foundation

/// numpy's `geomspace(start, stop, num)` for positive bounds: base-10 `logspace` between the
/// logarithms (numpy's `linspace` arithmetic), ends pinned to `start` and `stop`. The powers
/// are libm's (correctly rounded here); numpy's vectorized `power` may differ in the last bit
/// (on AVX-512 machines it gives 0.2 where the exact rounding is 0.20000000000000004 for
/// geomspace(2e-3, 2e4, 8)[2]), too small to change which model a fold keeps on the goldens.
func geomspace(_ start: Double, _ stop: Double, _ num: Int) -> [Double] {
    guard num > 0 else { return [] }
    let logStart = log10(start), logStop = log10(stop)
    let div = num - 1
    let delta = logStop - logStart
    var exponents = (0..<num).map { Double($0) }
    if div > 0 {
        let step = delta / Double(div)
        exponents = exponents.map { $0 * step }
    } else {
        exponents = exponents.map { $0 * delta }
    }
    exponents = exponents.map { $0 + logStart }
    if num > 1 { exponents[num - 1] = logStop }
    var result = exponents.map { pow(10.0, $0) }
    result[0] = start
    if num > 1 { result[num - 1] = stop }
    return result
}
