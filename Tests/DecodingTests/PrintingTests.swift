import Foundation
import Testing
import TestSupport
@testable import Decoding

/// One array numpy printed: the elements, and the text `print(x)` gave.
struct PrintingCase: Decodable, CustomStringConvertible {
    enum Value: Decodable {
        case text(String), integer(Int), flag(Bool)
        init(from decoder: any Swift.Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let b = try? c.decode(Bool.self) { self = .flag(b) }
            else if let i = try? c.decode(Int.self) { self = .integer(i) }
            else { self = .text(try c.decode(String.self)) }
        }
    }
    let name: String
    let dtype: String
    let shape: [Int]
    let values: [Value]
    let text: String
    var description: String { name }

    var doubles: [Double] { values.map { if case .text(let t) = $0 { Double(t)! } else { .nan } } }
    var strings: [String] { values.map { if case .text(let t) = $0 { t } else { "" } } }
    var ints: [Int] { values.map { if case .integer(let i) = $0 { i } else { 0 } } }
    var bools: [Bool] { values.map { if case .flag(let b) = $0 { b } else { false } } }

    /// What the Swift array of the same dtype prints.
    var swiftText: String {
        let s = Shape(shape)
        switch dtype {
        case "float32": return NDArray(shape: s, storage: doubles.map { Float($0) }).description
        case "float64": return NDArray(shape: s, storage: doubles).description
        case "int64": return NDArray(shape: s, storage: ints).description
        case "bool": return NDArray(shape: s, storage: bools).description
        default: return NDArray(shape: s, storage: strings).description
        }
    }
}

enum ArrayFixtures {
    static let printingCases: [PrintingCase] = {
        struct File: Decodable { let cases: [PrintingCase] }
        return (try? Fixture.decode("arrays/printing.json", as: File.self))?.cases ?? []
    }()
}

@Suite struct PrintingTests {
    @Test func goldenFileIsPresent() {
        #expect(ArrayFixtures.printingCases.count > 200)
    }

    @Test(arguments: ArrayFixtures.printingCases)
    func printsLikeNumpy(_ golden: PrintingCase) {
        expectEqual(golden.swiftText, golden.text)
    }

    @Test func seedStandardizedRowsPrintInENotation() {
        let x = NDArray<Float>(rows: [[0.76757914, 2.3108709, -0.20519446, 1.0802227e-03]])
        expectEqual(x.description, "[[ 7.6757914e-01  2.3108709e+00 -2.0519446e-01  1.0802227e-03]]")
    }

    @Test func seedFoldScoresPrintPositionally() {
        expectEqual(NDArray([43.0 / 72, 58.0 / 72, 40.0 / 72]).description, "[0.59722222 0.80555556 0.55555556]")
    }
}
