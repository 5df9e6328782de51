/// A small deterministic generator (SplitMix64) so simulated data is identical on every
/// machine and run for a given seed.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    mutating func uniform() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// Standard normal (Box–Muller).
    mutating func normal() -> Double {
        let u = max(uniform(), 0x1p-60)
        return (-2 * _log(u)).squareRoot() * _cos(2 * Double.pi * uniform())
    }
}

/// Gaussian noise in bulk: 65 536 precomputed standard-normal values drawn by a xorshift
/// index, an order of magnitude cheaper per sample than Box–Muller, which matters for the
/// 238 million samples of a simulated bold.
struct NormalTable {
    let values: [Float]

    init(seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        values = (0..<65536).map { _ in Float(rng.normal()) }
    }
}

/// xorshift64 state for indexing a `NormalTable`.
struct FastNoise {
    var state: UInt64

    init(seed: UInt64) { state = seed | 1 }

    @inline(__always)
    mutating func index() -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return Int(truncatingIfNeeded: state >> 48)
    }
}

import Foundation

@inline(__always) private func _log(_ x: Double) -> Double { Foundation.log(x) }
@inline(__always) private func _cos(_ x: Double) -> Double { Foundation.cos(x) }
