/// One of `count` parts of a gallery build (`--shard 2/4`: `index` 2, 1-based).
public struct Shard: Sendable, Equatable, Codable, CustomStringConvertible {
    public var index: Int
    public var count: Int

    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// Parses `I/N` with 1 ≤ I ≤ N.
    public init(parsing text: String) throws(ShardError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]) else { throw ShardError(text: text, problem: .malformed) }
        guard n >= 1, i >= 1, i <= n else { throw ShardError(text: text, problem: .outOfRange) }
        self.init(index: i, count: n)
    }

    public var description: String { "\(index)/\(count)" }

    /// The tutorials of each of `count` shards (index 0 is shard 1), balanced by greedy
    /// longest-processing-time assignment: the slowest tutorial first goes to the shard with
    /// the least work so far (the lowest-numbered one on a tie). A tutorial without a
    /// recorded time counts as the mean recorded time (1 s when none is known). Equal times
    /// are ordered by a hash of the path, so the split depends only on the tutorial set and
    /// the times given — every shard job computes the same one — and never on file order.
    static func plan(_ tutorials: [String], count: Int, seconds known: [String: Double]) -> [[String]] {
        let recorded = tutorials.compactMap { known[$0] }
        let fallback = recorded.isEmpty ? 1 : recorded.reduce(0, +) / Double(recorded.count)
        let weighted = tutorials.map { (path: $0, seconds: known[$0] ?? fallback, hash: Fingerprint(["shard", $0]).hex) }
            .sorted { ($1.seconds, $0.hash) < ($0.seconds, $1.hash) }
        var shards = [[String]](repeating: [], count: count)
        var load = [Double](repeating: 0, count: count)
        for t in weighted {
            let lightest = load.indices.min { (load[$0], $0) < (load[$1], $1) }!
            shards[lightest].append(t.path)
            load[lightest] += t.seconds
        }
        return shards.map { $0.sorted() }
    }
}

/// A `--shard` value that is not `I/N` with 1 ≤ I ≤ N.
public struct ShardError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Problem: Sendable {
        /// Not two integers around a slash.
        case malformed
        case outOfRange
    }

    /// The value as given.
    public var text: String
    public var problem: Problem

    public var description: String {
        "--shard \(text): " + (problem == .malformed ? "expected I/N, e.g. --shard 2/4" : "need 1 ≤ I ≤ N")
    }
}
