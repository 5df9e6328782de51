import Foundation

/// numpy's `geomspace(start, stop, num)` for positive bounds, value for value: base-10
/// `logspace` between the logarithms (numpy's `linspace` arithmetic), ends pinned to `start`
/// and `stop`. The decoder's default grids are geomspaces, and a grid value differing in its
/// last bit can change which model a fold keeps.
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
