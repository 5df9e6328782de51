import Foundation

/// The block design of the simulated Haxby subject: 12 runs of 121 volumes (TR 2.5 s), each
/// with the 8 categories in 9-volume blocks separated by rest, as in the real labels.txt.
struct HaxbyDesign {
    static let categories = ["face", "cat", "house", "chair", "scissors", "shoe", "bottle", "scrambledpix"]
    static let runs = 12
    static let volumesPerRun = 121
    static let blockLength = 9
    /// Rest before the first block, between blocks, and after the last (6 + 72 + 37 + 6 = 121).
    static let leadingRest = 6
    static let gaps = [6, 5, 5, 6, 5, 5, 5]
    static let trailingRest = 6
    static let repetitionTime = 2.5

    /// One label per volume and its run (`chunks`).
    let labels: [String]
    let chunks: [Int]

    init(seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        var labels = [String](), chunks = [Int]()
        for run in 0..<Self.runs {
            var order = Array(0..<8).shuffled(using: &rng)
            if run == 0 {  // the seed tutorial's labels start: rest, scissors, rest, face…
                order.removeAll { $0 == 4 || $0 == 0 }
                order = [4, 0] + order
            }
            if run == Self.runs - 1 {  // … and end: cat, rest, scissors, rest.
                order.removeAll { $0 == 1 || $0 == 4 }
                order += [1, 4]
            }
            var sequence = [String](repeating: "rest", count: Self.leadingRest)
            for (b, c) in order.enumerated() {
                sequence += [String](repeating: Self.categories[c], count: Self.blockLength)
                sequence += [String](repeating: "rest", count: b < Self.gaps.count ? Self.gaps[b] : Self.trailingRest)
            }
            labels += sequence
            chunks += [Int](repeating: run, count: sequence.count)
        }
        self.labels = labels
        self.chunks = chunks
    }

    /// The `labels.txt` text: header `labels chunks`, space-separated.
    var labelsText: String {
        "labels chunks\n" + zip(labels, chunks).map { "\($0) \($1)\n" }.joined()
    }

    /// Per category, the block boxcar convolved run by run with SPM's canonical haemodynamic
    /// response (double gamma, peak ≈ 5 s, undershoot ≈ 15 s), sampled at the TR; [category][t].
    var regressors: [[Float]] {
        let hrf = Self.hrf
        return Self.categories.map { category in
            var out = [Float](repeating: 0, count: labels.count)
            for run in 0..<Self.runs {
                let start = run * Self.volumesPerRun
                for t in 0..<Self.volumesPerRun {
                    var s = 0.0
                    for (lag, h) in hrf.enumerated() where lag <= t {
                        if labels[start + t - lag] == category { s += h }
                    }
                    out[start + t] = Float(s)
                }
            }
            return out
        }
    }

    static var hrf: [Double] {
        let t = stride(from: 0.0, to: 32.0, by: repetitionTime).map { $0 }
        let h = t.map { x in pow(x, 5) * exp(-x) / tgamma(6) - pow(x, 15) * exp(-x) / (6 * tgamma(16)) }
        let total = h.reduce(0, +)
        return h.map { $0 / total }
    }
}
