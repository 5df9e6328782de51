/// numpy's legacy `numpy.random.RandomState`: the MT19937 stream and the draws scikit-learn
/// makes from it, value for value, so that every `randomState:` seed gives the same shuffles,
/// folds and solver orders as `random_state=` does in scikit-learn.
///
///     var rng = RandomState(seed: 42)
///     rng.permutation(10)      // [8, 1, 5, 0, 7, 2, 9, 4, 3, 6], as numpy
///
/// A value type: copying it forks the stream.
public struct RandomState: Sendable {
    private static let stateLength = 624
    private var key: [UInt32]
    private var position: Int

    /// `RandomState(seed)` for an integer seed in [0, 2³²): numpy's `mt19937_seed`
    /// (Matsumoto and Nishimura's `init_genrand`).
    public init(seed: UInt32) {
        key = [UInt32](repeating: 0, count: Self.stateLength)
        var s = seed
        for i in 0..<Self.stateLength {
            key[i] = s
            s = 1_812_433_253 &* (s ^ (s >> 30)) &+ UInt32(i + 1)
        }
        position = Self.stateLength
    }

    /// A generator seeded from the system's entropy, the counterpart of `random_state=None`
    /// (numpy's global state, whose draws cannot be reproduced either).
    public init() { self.init(seed: UInt32.random(in: .min ... .max)) }

    /// scikit-learn's `check_random_state`: a fixed seed, or fresh entropy for nil.
    /// - Precondition: the seed lies in [0, 2³²), as numpy requires.
    init(randomState: Int?) {
        if let seed = randomState {
            precondition(seed >= 0 && seed <= Int(UInt32.max), "Seed must be between 0 and 2**32 - 1, got \(seed)")
            self.init(seed: UInt32(seed))
        } else {
            self.init()
        }
    }

    /// The next 32 random bits (`mt19937_next`).
    public mutating func nextUInt32() -> UInt32 {
        if position == Self.stateLength { regenerate() }
        var y = key[position]
        position += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    /// 64 bits as numpy draws them: the first 32-bit draw is the high half.
    public mutating func nextUInt64() -> UInt64 {
        let high = UInt64(nextUInt32())
        return high << 32 | UInt64(nextUInt32())
    }

    private mutating func regenerate() {
        let n = Self.stateLength, m = 397
        func twist(_ a: UInt32, _ b: UInt32, _ c: UInt32) -> UInt32 {
            let y = (a & 0x8000_0000) | (b & 0x7FFF_FFFF)
            return c ^ (y >> 1) ^ ((y & 1) == 0 ? 0 : 0x9908_B0DF)
        }
        for i in 0..<(n - m) { key[i] = twist(key[i], key[i + 1], key[i + m]) }
        for i in (n - m)..<(n - 1) { key[i] = twist(key[i], key[i + 1], key[i + m - n]) }
        key[n - 1] = twist(key[n - 1], key[0], key[m - 1])
        position = 0
    }

    /// `random_sample()`: uniform in [0, 1) with 53 random bits.
    public mutating func randomSample() -> Double {
        let a = Double(nextUInt32() >> 5), b = Double(nextUInt32() >> 6)
        return (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
    }

    /// `random_sample(size)`, also spelled `rand(n)`.
    public mutating func randomSample(_ count: Int) -> [Double] { (0..<count).map { _ in randomSample() } }

    /// `randint(low, high)`: uniform in [low, high) by numpy's masked rejection sampling.
    /// - Precondition: low < high.
    public mutating func randint(_ low: Int, _ high: Int) -> Int {
        precondition(low < high, "low >= high (low=\(low), high=\(high))")
        let range = UInt64(bitPattern: Int64(high &- low &- 1))
        return low &+ Int(truncatingIfNeeded: bounded(range))
    }

    /// `randint(high)`: uniform in [0, high).
    public mutating func randint(_ high: Int) -> Int { randint(0, high) }

    /// `randint(low, high, size)`.
    public mutating func randint(_ low: Int, _ high: Int, count: Int) -> [Int] { (0..<count).map { _ in randint(low, high) } }

    /// A value in [0, range] by masked rejection: 32-bit draws when the range fits in 32 bits.
    private mutating func bounded(_ range: UInt64) -> UInt64 {
        if range == 0 { return 0 }
        if range == 0xFFFF_FFFF { return UInt64(nextUInt32()) }
        if range == .max { return nextUInt64() }
        let mask = Self.mask(range)
        if range <= 0xFFFF_FFFF {
            while true {
                let value = UInt64(nextUInt32()) & mask
                if value <= range { return value }
            }
        }
        while true {
            let value = nextUInt64() & mask
            if value <= range { return value }
        }
    }

    /// `random_interval(max)`: a value in [0, max], the draw behind `shuffle`.
    mutating func interval(_ max: Int) -> Int {
        if max == 0 { return 0 }
        let range = UInt64(max), mask = Self.mask(range)
        if range <= 0xFFFF_FFFF {
            while true {
                let value = UInt64(nextUInt32()) & mask
                if value <= range { return Int(value) }
            }
        }
        while true {
            let value = nextUInt64() & mask
            if value <= range { return Int(value) }
        }
    }

    /// The smallest all-ones bit pattern ≥ `value`.
    private static func mask(_ value: UInt64) -> UInt64 {
        var m = value
        m |= m >> 1; m |= m >> 2; m |= m >> 4; m |= m >> 8; m |= m >> 16; m |= m >> 32
        return m
    }
}
