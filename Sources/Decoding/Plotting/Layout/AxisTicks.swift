import Foundation

/// Tick positions and labels as matplotlib's default axis ticker (`MaxNLocator` with steps
/// 1, 2, 2.5, 5, 10 and at most 9 intervals; `ScalarFormatter` with a shared number of decimals).
enum AxisTicks {
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
        guard ticks.count > 1 else { return ticks.map { PlotNumberFormat.general($0, digits: 3) } }
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

extension AxisTicks {
    /// nilearn's colorbar ticks (`get_cbar_ticks` with `%.2g`): five evenly spaced values
    /// rounded to what their labels say, plus 0 on a two-signed bar and ±`threshold` when one
    /// is set (> 1e-6), with ticks between 0 and the threshold dropped and near-duplicates
    /// (closer than a third of a step) thinned out.
    static func colorbar(vmin: Double, vmax: Double, threshold: Double?, count: Int = 5) -> [Double] {
        func formatted(_ v: Double) -> Double { Double(PlotNumberFormat.general(v)) ?? v }
        let fmin = formatted(vmin), fmax = formatted(vmax)
        if fmin == fmax && (threshold == nil || threshold == 0 || fmax == 0) { return [fmin] }
        var ticks = (0..<count).map { formatted(vmin + (vmax - vmin) * Double($0) / Double(count - 1)) }
        let step = zip(ticks, ticks.dropFirst()).map { $1 - $0 }.max() ?? 0
        var cut: Double?
        if let threshold, threshold > 1e-6 {
            var t = formatted(threshold)
            if (0 <= vmin && vmin <= vmax) || (vmin <= vmax && vmax <= 0) {
                if vmax <= 0 { t = -t }
                ticks.append(t)
            } else {
                ticks += [-t, t]
            }
            let keep = [0, fmin, fmax, t, -t]
            ticks = ticks.filter { $0 > abs(t) || $0 < -abs(t) || keep.contains($0) }
            cut = abs(t)
        }
        if vmin < 0 && 0 < vmax { ticks.append(0) }
        ticks = Array(Set(ticks)).sorted()
        // _remove_close_values: decisions on the original neighbours, removals applied after.
        var keepList = [fmin, 0, fmax]
        if let cut { keepList += [-cut, cut] }
        var removed: Set<Double> = []
        for (a, b) in zip(ticks, ticks.dropFirst()) where b - a < step / 3 {
            var victim: Double? = !keepList.contains(a) ? a : (!keepList.contains(b) ? b : nil)
            if victim == nil, let cut, [a, b].contains(where: { abs($0) == cut }), a == 0 || b == 0 {
                if cut <= 1e-5 {
                    victim = a != 0 ? a : b
                } else if fmin != 0 && fmax != 0 {
                    victim = 0
                }
            }
            if let victim { removed.insert(victim) }
        }
        return ticks.filter { !removed.contains($0) }
    }
}
