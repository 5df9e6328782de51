/// The generator behind `shuffle: true`. Seeded runs repeat exactly, but the permutations
/// are not numpy's: scikit-learn's shuffled folds are not reproduced bit for bit (unshuffled
/// folds are). SplitMix64 (Steele, Lea & Flood 2014), Fisher–Yates from the last index down.
struct SeededShuffle: RandomNumberGenerator {
    private var state: UInt64

    /// A fixed seed, or a random one when `randomState` is nil (numpy's global state).
    init(randomState: Int?) {
        state = randomState.map { UInt64(bitPattern: Int64($0)) } ?? UInt64.random(in: .min ... .max)
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func shuffle<T>(_ values: inout [T]) {
        guard values.count > 1 else { return }
        for i in stride(from: values.count - 1, to: 0, by: -1) {
            values.swapAt(i, Int.random(in: 0...i, using: &self))
        }
    }
}
