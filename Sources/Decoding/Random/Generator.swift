/// numpy's `numpy.random.default_rng(seed)`: a `Generator` over the PCG64 bit generator seeded
/// through `SeedSequence`, value for value. nilearn draws from it where scikit-learn would use
/// the legacy ``RandomState`` — the `Decoder`'s dummy-classifier predictions come from
/// `default_rng(0).multinomial(1, priors, size=n)` — so both streams are needed to print the
/// same labels.
///
///     var rng = Generator(seed: 0)
///     rng.random()               // 0.6369616873214543, as numpy
///
/// A value type: copying it forks the stream.
public struct Generator: Sendable, UniformSource {
    private var state: UInt128
    private let increment: UInt128

    private static let multiplier = UInt128(2_549_297_995_355_413_924) << 64 | UInt128(4_865_540_595_714_422_341)

    /// `default_rng(seed)` for a non-negative integer seed of up to 64 bits.
    public init(seed: UInt64) {
        let words = seedSequenceState(entropy: seed, words64: 4)
        let initState = UInt128(words[0]) << 64 | UInt128(words[1])
        let initSequence = UInt128(words[2]) << 64 | UInt128(words[3])
        // pcg_setseq_128_srandom_r
        increment = initSequence << 1 | 1
        state = 0
        step()
        state &+= initState
        step()
    }

    private mutating func step() { state = state &* Self.multiplier &+ increment }

    /// The next 64 random bits (PCG64's XSL-RR output of the advanced state).
    public mutating func nextUInt64() -> UInt64 {
        step()
        let folded = UInt64(truncatingIfNeeded: state >> 64) ^ UInt64(truncatingIfNeeded: state)
        let rotation = UInt64(truncatingIfNeeded: state >> 122)
        return folded >> rotation | folded << ((64 &- rotation) & 63)
    }

    /// `random()`: uniform in [0, 1) from the top 53 bits of one draw.
    public mutating func random() -> Double { Double(nextUInt64() >> 11) * (1.0 / 9_007_199_254_740_992.0) }

    /// The uniform draw the discrete distributions build on (numpy's `next_double`).
    public mutating func randomSample() -> Double { random() }
}

/// numpy's `SeedSequence(entropy).generate_state(words64, np.uint64)` for one integer of
/// entropy (no spawn key, pool of four 32-bit words).
func seedSequenceState(entropy: UInt64, words64: Int) -> [UInt64] {
    let multA: UInt32 = 0x931E_8875, multB: UInt32 = 0x58F3_8DED
    var hashConst: UInt32 = 0x43B0_D7E5
    func hashmix(_ value: UInt32) -> UInt32 {
        var v = value ^ hashConst
        hashConst &*= multA
        v &*= hashConst
        return v ^ (v >> 16)
    }
    func mix(_ x: UInt32, _ y: UInt32) -> UInt32 {
        let r = 0xCA01_F9DD &* x &- 0x4973_F715 &* y
        return r ^ (r >> 16)
    }
    // _int_to_uint32_array: 0 is one word, otherwise the 32-bit words from the lowest.
    var entropyWords: [UInt32] = []
    var rest = entropy
    repeat { entropyWords.append(UInt32(truncatingIfNeeded: rest)); rest >>= 32 } while rest > 0
    var pool = (0..<4).map { hashmix($0 < entropyWords.count ? entropyWords[$0] : 0) }
    for source in 0..<4 {
        for target in 0..<4 where source != target { pool[target] = mix(pool[target], hashmix(pool[source])) }
    }
    for source in 4..<max(4, entropyWords.count) {
        for target in 0..<4 { pool[target] = mix(pool[target], hashmix(entropyWords[source])) }
    }
    var outConst: UInt32 = 0x8B51_F9DD
    let words32 = (0..<(2 * words64)).map { i -> UInt32 in
        var v = pool[i % 4] ^ outConst
        outConst &*= multB
        v &*= outConst
        return v ^ (v >> 16)
    }
    return (0..<words64).map { UInt64(words32[2 * $0]) | UInt64(words32[2 * $0 + 1]) << 32 }
}
