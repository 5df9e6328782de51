import Foundation
import Testing
import TestSupport
@testable import Decoding

/// numpy's `default_rng` (Fixtures/linear/generator.json, scripts/golden/generator.py): the
/// stream nilearn's `Decoder.predict` draws the dummy classifier's labels from.
@Suite struct GeneratorTests {
    struct Golden: Decodable {
        var pvals: [String: [Double]]
        var seeds: [String: [String: Value]]
        enum Value: Decodable {
            case strings([String]), doubles([Double]), counts([[Int]])
            init(from decoder: any Swift.Decoder) throws {
                let c = try decoder.singleValueContainer()
                if let v = try? c.decode([String].self) { self = .strings(v) }
                else if let v = try? c.decode([[Int]].self) { self = .counts(v) }
                else { self = .doubles(try c.decode([Double].self)) }
            }
        }
    }

    static func golden() throws -> Golden {
        try Fixture.decode("linear/generator.json")
    }

    @Test func drawsEqualNumpy() throws {
        let golden = try Self.golden()
        expectEqual(golden.seeds.count, 5)
        for (seedText, draws) in golden.seeds {
            let seed = try #require(UInt64(seedText))
            var raw = Generator(seed: seed)
            guard case .strings(let expectedRaw)? = draws["raw"] else { Issue.record("no raw draws"); continue }
            expectEqual(expectedRaw.map { UInt64($0)! }, expectedRaw.map { _ in raw.nextUInt64() }, "seed \(seed)")
            var uniform = Generator(seed: seed)
            guard case .doubles(let expectedRandom)? = draws["random"] else { Issue.record("no random()"); continue }
            expectEqual(expectedRandom, expectedRandom.map { _ in uniform.random() }, "seed \(seed)")
            for (name, p) in golden.pvals {
                guard case .counts(let expected)? = draws["multinomial_" + name] else { Issue.record("no \(name)"); continue }
                var rng = Generator(seed: seed)
                expectEqual(expected, expected.map { _ in rng.multinomial(1, p) }, "seed \(seed), pvals \(name)")
            }
        }
    }
}
