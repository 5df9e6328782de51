import Foundation

/// Tick positions and labels as matplotlib's default axis ticker (`MaxNLocator` with steps
/// 1, 2, 2.5, 5, 10 and at most 9 intervals; `ScalarFormatter` with a shared number of decimals).
enum Ticks {
    /// "Nice" ticks inside [`lower`, `upper`], at most `maxIntervals + 1` of them.
    static func nice(_ lower: Double, _ upper: Double, maxIntervals: Int = 9) -> [Double] {
        guard upper > lower, lower.isFinite, upper.isFinite else { return [lower] }
        let raw = (upper - lower) / Double(max(1, maxIntervals))
        let scale = pow(10, (log10(raw)).rounded(.down))
        let steps = [1, 2, 2.5, 5, 10].map { $0 * scale }
        for step in steps where step >= raw * (1 - 1e-9) {
            let first = (lower / step - 1e-9).rounded(.up), last = (upper / step + 1e-9).rounded(.down)
            if last - first <= Double(maxIntervals) && last >= first + 1 {
                return stride(from: first, through: last, by: 1).map { $0 * step }
            }
        }
        return [lower, upper]
    }

    /// Labels with as many decimals as the tick spacing needs ("0.0", "2.5", … "20.0").
    static func labels(_ ticks: [Double]) -> [String] {
        guard ticks.count > 1 else { return ticks.map { Format.general($0, digits: 3) } }
        let step = abs(ticks[1] - ticks[0])
        var decimals = 0
        while decimals < 8 && abs((step * pow(10, Double(decimals))).rounded() - step * pow(10, Double(decimals))) > 1e-6 * step * pow(10, Double(decimals)) {
            decimals += 1
        }
        return ticks.map { v in
            let s = String(format: "%.\(decimals)f", v)
            return s.hasPrefix("-") && Double(s) == 0 ? String(s.dropFirst()) : s
        }
    }
}
