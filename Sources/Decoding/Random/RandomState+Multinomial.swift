import Foundation

/// A numpy stream the discrete distributions draw from: both of numpy's generators (the
/// legacy ``RandomState`` and ``Generator``) run the same binomial and multinomial algorithms
/// over their own uniform draws, so one implementation serves both.
public protocol UniformSource {
    /// Uniform in [0, 1) with 53 random bits (numpy's `next_double`).
    mutating func randomSample() -> Double
}

extension RandomState: UniformSource {}

/// The discrete distributions scikit-learn's `DummyClassifier(strategy='stratified')` draws
/// (legacy ``RandomState``) and nilearn's `Decoder.predict` of it (``Generator``).
extension UniformSource {
    /// `binomial(n, p)` as numpy's legacy generator computes it: inversion when n·min(p, 1−p)
    /// ≤ 30 (every draw the dummy classifier makes, with n = 1). Larger products, which take
    /// numpy's BTPE branch, are not needed here and are refused.
    /// - Precondition: 0 ≤ p ≤ 1, n ≥ 0 and n·min(p, 1−p) ≤ 30.
    public mutating func binomial(_ n: Int, _ p: Double) -> Int {
        precondition(p >= 0 && p <= 1 && n >= 0, "binomial needs n >= 0 and p in [0, 1]; got n=\(n), p=\(p)")
        if n == 0 || p == 0 { return 0 }
        if p <= 0.5 {
            precondition(p * Double(n) <= 30, "binomial(\(n), \(p)): numpy's BTPE branch is not implemented")
            return binomialInversion(n, p)
        }
        let q = 1 - p
        precondition(q * Double(n) <= 30, "binomial(\(n), \(p)): numpy's BTPE branch is not implemented")
        return n - binomialInversion(n, q)
    }

    /// numpy's `random_binomial_inversion`.
    private mutating func binomialInversion(_ n: Int, _ p: Double) -> Int {
        let q = 1 - p
        let qn = exp(Double(n) * log(q))
        let np = Double(n) * p
        let bound = Int(min(Double(n), np + 10 * (np * q + 1).squareRoot()))
        var x = 0
        var px = qn
        var u = randomSample()
        while u > px {
            x += 1
            if x > bound {
                x = 0
                px = qn
                u = randomSample()
            } else {
                u -= px
                px = (Double(n - x + 1) * p * px) / (Double(x) * q)
            }
        }
        return x
    }

    /// One `multinomial(n, pvals)` draw: counts per category, drawn as numpy does — a binomial
    /// per category on the probability left, the last category taking the rest.
    /// - Precondition: the probabilities are in [0, 1] and the first d − 1 sum to at most 1 + 1e-12.
    public mutating func multinomial(_ n: Int, _ probabilities: [Double]) -> [Int] {
        let d = probabilities.count
        precondition(d > 0, "multinomial needs at least one probability")
        let headSum: Double = probabilities.dropLast().reduce(0, +)
        precondition(headSum <= 1 + 1e-12, "sum(pvals[:-1]) > 1.0")
        var counts = [Int](repeating: 0, count: d)
        var remainingP = 1.0
        var left = n
        for j in 0..<(d - 1) {
            counts[j] = binomial(left, min(max(probabilities[j] / remainingP, 0), 1))
            left -= counts[j]
            if left <= 0 { break }
            remainingP -= probabilities[j]
        }
        if left > 0 { counts[d - 1] = left }
        return counts
    }
}
