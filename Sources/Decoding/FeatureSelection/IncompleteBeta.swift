import Foundation

/// The regularized incomplete beta function and the F distribution's survival function, as
/// Cephes' `incbet` and `fdtrc` compute them (the algorithms behind `scipy.special`): a power
/// series where `b·x` is small, otherwise one of two continued fractions chosen for
/// convergence, with the symmetry Iₓ(a, b) = 1 − I₁₋ₓ(b, a) applied so that the series always
/// converges quickly, and logarithms where the prefactor would under- or overflow.
enum IncompleteBeta {
    static let machineEpsilon = 1.11022302462515654042e-16  // 2⁻⁵³, Cephes' MACHEP
    static let maxLog = 7.09782712893383996843e2  // log(DBL_MAX)
    static let minLog = -7.08396418532264106224e2  // log(2⁻¹⁰²²)
    static let maxGamma = 171.624376956302725
    private static let big = 4.503599627370496e15
    private static let bigInverse = 2.22044604925031308085e-16
    /// Cephes stops at 300; huge a or b (10⁷) converge more slowly.
    private static let maxIterations = 3000

    /// Iₓ(a, b) for a, b > 0 and 0 ≤ x ≤ 1; NaN outside that domain. `complement`, when
    /// given, is 1 − x computed without cancellation by the caller (x near 1 loses it otherwise).
    static func regularized(a aa: Double, b bb: Double, x xx: Double, complement: Double? = nil) -> Double {
        guard aa > 0, bb > 0, xx >= 0, xx <= 1 else { return .nan }
        if xx == 0 { return 0 }
        if xx == 1 { return 1 }
        if bb * xx <= 1, xx <= 0.95 { return powerSeries(aa, bb, xx) }
        var w = complement ?? 1 - xx
        let flipped = xx > aa / (aa + bb)
        let (a, b, x, xc) = flipped ? (bb, aa, w, xx) : (aa, bb, xx, w)
        var t: Double
        if flipped, b * x <= 1, x <= 0.95 {
            t = powerSeries(a, b, x)
        } else {
            let y = x * (a + b - 2) - (a - 1)
            w = y < 0 ? continuedFraction1(a, b, x) : continuedFraction2(a, b, x) / xc
            // Multiply by xᵃ (1 − x)ᵇ Γ(a + b) / (a Γ(a) Γ(b)).
            var ly = a * log(x)
            let lt = b * log(xc)
            if a + b < maxGamma, abs(ly) < maxLog, abs(lt) < maxLog {
                t = pow(xc, b)
                t *= pow(x, a)
                t /= a
                t *= w
                t *= 1 / beta(a, b)
            } else {
                ly += lt - logBeta(a, b)
                ly += log(w / a)
                t = ly < minLog ? 0 : exp(ly)
            }
        }
        if flipped { t = t <= machineEpsilon ? 1 - machineEpsilon : 1 - t }
        return t
    }

    /// Survival function of the F distribution with (`dfn`, `dfd`) degrees of freedom at `f`
    /// (Cephes' `fdtrc`, scipy's `special.fdtrc`): the p-value of an F statistic.
    static func fSurvival(dfn: Double, dfd: Double, f: Double) -> Double {
        guard dfn > 0, dfd > 0, f >= 0 else { return .nan }
        if f == .infinity { return 0 }
        // Both w and 1 − w from the same quotient, as Boost's ibetac (scipy's fdtrc) takes them,
        // so a tiny F keeps its precision.
        let denominator = dfd + dfn * f
        return regularized(a: 0.5 * dfd, b: 0.5 * dfn, x: dfd / denominator, complement: dfn * f / denominator)
    }

    /// Power series, for b·x small and x not too close to 1.
    private static func powerSeries(_ a: Double, _ b: Double, _ x: Double) -> Double {
        let ai = 1 / a
        var u = (1 - b) * x
        var v = u / (a + 1)
        let t1 = v
        var t = u
        var n = 2.0
        var s = 0.0
        let z = machineEpsilon * ai
        while abs(v) > z {
            u = (n - b) * x / n
            t *= u
            v = t / (a + n)
            s += v
            n += 1
        }
        s += t1
        s += ai
        u = a * log(x)
        if a + b < maxGamma, abs(u) < maxLog {
            return 1 / beta(a, b) * pow(x, a) * s
        }
        let l = -logBeta(a, b) + u + log(s)
        return l < minLog ? 0 : exp(l)
    }

    /// Continued fraction #1 (Cephes `incbcf`).
    private static func continuedFraction1(_ a: Double, _ b: Double, _ x: Double) -> Double {
        var k = (a, a + b, a, a + 1, 1.0, b - 1, a + 1, a + 2)
        return continuedFraction(z: x) { k } advance: {
            k.0 += 1; k.1 += 1; k.2 += 2; k.3 += 2; k.4 += 1; k.5 -= 1; k.6 += 2; k.7 += 2
        }
    }

    /// Continued fraction #2 (Cephes `incbd`), in z = x / (1 − x).
    private static func continuedFraction2(_ a: Double, _ b: Double, _ x: Double) -> Double {
        var k = (a, b - 1, a, a + 1, 1.0, a + b, a + 1, a + 2)
        return continuedFraction(z: x / (1 - x)) { k } advance: {
            k.0 += 1; k.1 -= 1; k.2 += 2; k.3 += 2; k.4 += 1; k.5 += 1; k.6 += 2; k.7 += 2
        }
    }

    typealias Coefficients = (Double, Double, Double, Double, Double, Double, Double, Double)

    /// The recurrence both fractions share: two terms per step, −z k₁k₂/(k₃k₄) and
    /// z k₅k₆/(k₇k₈), until successive convergents agree to 3ε (at most 300 steps), rescaling
    /// the numerators and denominators to stay within range.
    private static func continuedFraction(
        z: Double, _ coefficients: () -> Coefficients, advance: () -> Void
    ) -> Double {
        var pkm2 = 0.0, qkm2 = 1.0, pkm1 = 1.0, qkm1 = 1.0
        var answer = 1.0, r = 1.0
        let threshold = 3 * machineEpsilon
        for _ in 0..<maxIterations {
            let k = coefficients()
            var xk = -(z * k.0 * k.1) / (k.2 * k.3)
            var pk = pkm1 + pkm2 * xk
            var qk = qkm1 + qkm2 * xk
            pkm2 = pkm1; pkm1 = pk; qkm2 = qkm1; qkm1 = qk
            xk = (z * k.4 * k.5) / (k.6 * k.7)
            pk = pkm1 + pkm2 * xk
            qk = qkm1 + qkm2 * xk
            pkm2 = pkm1; pkm1 = pk; qkm2 = qkm1; qkm1 = qk
            if qk != 0 { r = pk / qk }
            let t: Double
            if r != 0 {
                t = abs((answer - r) / r)
                answer = r
            } else {
                t = 1
            }
            if t < threshold { return answer }
            advance()
            if abs(qk) + abs(pk) > big {
                pkm2 *= bigInverse; pkm1 *= bigInverse; qkm2 *= bigInverse; qkm1 *= bigInverse
            }
            if abs(qk) < bigInverse || abs(pk) < bigInverse {
                pkm2 *= big; pkm1 *= big; qkm2 *= big; qkm1 *= big
            }
        }
        return answer
    }

    /// B(a, b) for positive arguments, through Γ when it stays finite, else through log Γ.
    static func beta(_ a: Double, _ b: Double) -> Double {
        let (large, small) = a >= b ? (a, b) : (b, a)
        if large > 1e6 * small, large > 1e6 { return exp(logBeta(a, b)) }
        let sum = large + small
        if sum > maxGamma { return exp(logBeta(a, b)) }
        let gs = tgamma(sum), gl = tgamma(large), gm = tgamma(small)
        // Divide first by the factor closer to Γ(a + b), as Cephes does, to avoid overflow.
        return abs(gl - gs) > abs(gm - gs) ? gm / gs * gl : gl / gs * gm
    }

    /// log B(a, b) for positive arguments; for one argument much larger than the other, the
    /// asymptotic expansion avoids the cancellation in log Γ(a + b) − log Γ(a).
    static func logBeta(_ a: Double, _ b: Double) -> Double {
        let (large, small) = a >= b ? (a, b) : (b, a)
        if large > 1e6 * small, large > 1e6 {
            // log B ≈ log Γ(b) − b log a + b(1 − b)/(2a) + b(1 − b)(1 − 2b)/(12a²)  (Cephes lbeta_asymp)
            var r = lgamma(small) - small * log(large)
            r += small * (1 - small) / (2 * large)
            r += small * (1 - small) * (1 - 2 * small) / (12 * large * large)
            r += -small * (1 - small) * (1 - small) * small / (12 * large * large * large)
            return r
        }
        return lgamma(large) + lgamma(small) - lgamma(large + small)
    }
}
