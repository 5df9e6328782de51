/// The generator behind `shuffle: true`. Seeded runs repeat exactly, but the permutations
/// are not numpy's: scikit-learn's shuffled folds are not reproduced bit for bit (unshuffled
/// folds are). SplitMix64 (the simulation's ``SeededRandom``), Fisher–Yates from the last
/// index down.
struct SeededShuffle: RandomNumberGenerator {
    private var generator: SeededRandom

    /// A fixed seed, or a random one when `randomState` is nil (numpy's global state).
    init(randomState: Int?) {
        generator = SeededRandom(seed: randomState.map { UInt64(bitPattern: Int64($0)) } ?? UInt64.random(in: .min ... .max))
    }

    mutating func next() -> UInt64 { generator.next() }

    mutating func shuffle<T>(_ values: inout [T]) {
        guard values.count > 1 else { return }
        for i in stride(from: values.count - 1, to: 0, by: -1) {
            values.swapAt(i, Int.random(in: 0...i, using: &self))
        }
    }
}
