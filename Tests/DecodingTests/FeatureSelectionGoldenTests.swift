import Foundation
import Testing
import TestSupport
@testable import Decoding

/// A JSON number the golden scripts may write as "nan", "inf" or "-inf".
struct GoldenNumber: Decodable {
    let value: Double
    init(from decoder: any Swift.Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let v = try? c.decode(Double.self) { value = v; return }
        switch try c.decode(String.self) {
        case "nan": value = .nan
        case "inf": value = .infinity
        default: value = -.infinity
        }
    }
}

struct SelectionGolden: Decodable {
    let percentile: [String: [Int]]
    let k: [String: [Int]]
}

struct FClassifCase: Decodable {
    let name: String, dtype: String
    let shape: [Int]
    let x: [GoldenNumber]
    let y: [String]
    let f: [GoldenNumber], p: [GoldenNumber]
    let select: SelectionGolden
}

private func fixture<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
    try Fixture.decode("feature_selection/" + name, as: type)
}

/// |a − b| / |b| with NaN = NaN and ∞ = ∞ counted as equal.
private func relative(_ a: Double, _ b: Double) -> Double {
    if a.isNaN && b.isNaN { return 0 }
    if a == b { return 0 }
    return abs(a - b) / abs(b)
}

/// scikit-learn 1.9 and scipy, committed by scripts/golden/feature_selection.py.
@Suite struct FeatureSelectionGoldenTests {
    struct Special: Decodable { let fdtrc: [[GoldenNumber]]; let betainc: [[GoldenNumber]] }

    /// The F survival function and the incomplete beta against scipy: 1e-10 relative wherever
    /// the value is a normal double (down to 1e-300 in the tails), parameters up to 10⁴.
    @Test func incompleteBetaMatchesScipy() throws {
        let special = try fixture("special.json", as: Special.self)
        var worst = 0.0
        for row in special.fdtrc.map({ $0.map(\.value) }) {
            let ours = IncompleteBeta.fSurvival(dfn: row[0], dfd: row[1], f: row[2])
            let error = relative(ours, row[3])
            worst = max(worst, error)
            #expect(error < 1e-10, "fdtrc(\(row[0]), \(row[1]), \(row[2])) = \(ours), scipy \(row[3])")
        }
        for row in special.betainc.map({ $0.map(\.value) }) {
            let ours = IncompleteBeta.regularized(a: row[0], b: row[1], x: row[2])
            let error = row[3] < 1e-300 ? abs(ours - row[3]) : relative(ours, row[3])
            worst = max(worst, error)
            // Cephes' continued fraction converges slowly for a parameter of 10⁷ (F tests never
            // reach it: that is 2·10⁷ degrees of freedom); there, 1e-9.
            let tolerance = max(row[0], row[1]) >= 1e6 ? 1e-9 : 1e-10
            #expect(error < tolerance, "betainc(\(row[0]), \(row[1]), \(row[2])) = \(ours), scipy \(row[3])")
        }
        print("incomplete beta: max relative difference to scipy \(worst)")
    }

    @Test func fClassifAndSelectorsMatchScikitLearnOnSyntheticData() throws {
        struct File: Decodable { let cases: [FClassifCase] }
        for c in try fixture("synthetic.json", as: File.self).cases {
            let values = c.x.map(\.value)
            let shape = Shape(c.shape)
            let (f, p): (NDArray<Double>, NDArray<Double>)
            if c.dtype == "float32" {
                let x = NDArray(shape: shape, storage: values.map { Float($0) })
                (f, p) = try fClassif(x, c.y)
                try expectSelections(x, c.y, c.select, c.name)
            } else {
                let x = NDArray(shape: shape, storage: values)
                (f, p) = try fClassif(x, c.y)
                try expectSelections(x, c.y, c.select, c.name)
            }
            let fError = zip(f.storage, c.f).map { relative($0, $1.value) }.max()!
            let pError = zip(p.storage, c.p).map { relative($0, $1.value) }.max()!
            print("\(c.name): max relative difference F \(fError), p \(pError)")
            #expect(fError < 1e-12, "\(c.name) F")
            #expect(pError < 1e-10, "\(c.name) p")
        }
    }

    /// The simulated Haxby face/house matrix (216 × 464 float32, nilearn's standardized VT voxels).
    @Test func fClassifMatchesScikitLearnOnHaxbyFaceHouse() throws {
        struct File: Decodable { let shape: [Int]; let y: [String]; let f: [GoldenNumber]; let p: [GoldenNumber]; let select: SelectionGolden }
        let golden = try fixture("haxby.json", as: File.self)
        let url = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/feature_selection/haxby_x.f32")
        let data = try Data(contentsOf: url)
        let values = data.withUnsafeBytes { raw in
            (0..<(data.count / 4)).map { Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self))) }
        }
        let x = NDArray(shape: Shape(golden.shape), storage: values)
        expectEqual(x.shape, [216, 464])
        let (f, p) = try fClassif(x, golden.y)
        let fError = zip(f.storage, golden.f).map { relative($0, $1.value) }.max()!
        let pError = zip(p.storage, golden.p).map { relative($0, $1.value) }.max()!
        print("haxby face/house: max relative difference F \(fError), p \(pError)")
        #expect(fError < 1e-12)
        #expect(pError < 1e-10)
        try expectSelections(x, golden.y, golden.select, "haxby")
    }

    private func expectSelections<T: BinaryFloatingPoint>(_ x: NDArray<T>, _ y: [String], _ golden: SelectionGolden, _ name: String) throws {
        for (key, expected) in golden.percentile {
            var selector = SelectPercentile(percentile: try #require(Double(key)))
            if let x = x as? NDArray<Float> { try selector.fit(x, y) } else if let x = x as? NDArray<Double> { try selector.fit(x, y) }
            #expect(try selector.getSupportIndices() == expected, "\(name) percentile \(key)")
        }
        for (key, expected) in golden.k {
            var selector = SelectKBest(k: key == "all" ? nil : Int(key))
            if let x = x as? NDArray<Float> { try selector.fit(x, y) } else if let x = x as? NDArray<Double> { try selector.fit(x, y) }
            #expect(try selector.getSupportIndices() == expected, "\(name) k \(key)")
        }
    }
}
