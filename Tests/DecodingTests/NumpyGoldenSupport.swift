import Foundation
import Testing
@testable import Decoding

/// One array of numpy_api.json (scripts/golden/arrays_numpy.py): dtype, shape, C-order
/// values as strings (repr of the float64 value for floats) and numpy's printed form.
struct NumpyGolden: Decodable, Equatable, CustomStringConvertible {
    var dtype: String
    var shape: [Int]
    var values: [String]
    var text: String
    var description: String { "\(dtype) \(shape)\n\(text)" }
}

struct NumpyGoldenFile: Decodable {
    struct Case: Decodable {
        let name: String
        let dtype: String
        let shape: [Int]
        let values: [String]
        let text: String
        var golden: NumpyGolden { NumpyGolden(dtype: dtype, shape: shape, values: values, text: text) }
    }
    let numpy: String
    let inputs: [String: NumpyGolden]
    let cases: [Case]

    static let shared: NumpyGoldenFile? = try? Fixture.decode("arrays/numpy_api.json")

    func f64(_ name: String) -> NDArray<Double> { let g = inputs[name]!; return NDArray(shape: Shape(g.shape), storage: g.values.map { Double($0)! }) }
    func f32(_ name: String) -> NDArray<Float> { NDArray<Float>(f64(name)) }
    func i64(_ name: String) -> NDArray<Int> { let g = inputs[name]!; return NDArray(shape: Shape(g.shape), storage: g.values.map { Int($0)! }) }
    func bool(_ name: String) -> NDArray<Bool> { let g = inputs[name]!; return NDArray(shape: Shape(g.shape), storage: g.values.map { $0 == "True" }) }
    func str(_ name: String) -> NDArray<String> { let g = inputs[name]!; return NDArray(shape: Shape(g.shape), storage: g.values) }
}

/// A Swift result in the fixture's form, so one comparison covers values, shape, dtype, text.
enum Golden {
    static func of(_ x: NDArray<Double>) -> NumpyGolden { .init(dtype: "float64", shape: x.shape.dimensions, values: x.storage.map(repr), text: x.description) }
    static func of(_ x: NDArray<Float>) -> NumpyGolden { .init(dtype: "float32", shape: x.shape.dimensions, values: x.storage.map { repr(Double($0)) }, text: x.description) }
    static func of(_ x: NDArray<Int>) -> NumpyGolden { .init(dtype: "int64", shape: x.shape.dimensions, values: x.storage.map { "\($0)" }, text: x.description) }
    static func of(_ x: NDArray<Bool>) -> NumpyGolden { .init(dtype: "bool", shape: x.shape.dimensions, values: x.storage.map { $0 ? "True" : "False" }, text: x.description) }
    static func of(_ x: NDArray<String>) -> NumpyGolden { .init(dtype: "str", shape: x.shape.dimensions, values: x.storage, text: x.description) }
    static func of(_ x: Double) -> NumpyGolden { of(NDArray(shape: [], storage: [x])) }
    static func of(_ x: Float) -> NumpyGolden { of(NDArray(shape: [], storage: [x])) }
    static func of(_ x: Int) -> NumpyGolden { of(NDArray(shape: [], storage: [x])) }
    static func of(_ x: Bool) -> NumpyGolden { of(NDArray(shape: [], storage: [x])) }

    /// Python's `repr(float)`: like Swift's description, but a NaN has no sign.
    static func repr(_ x: Double) -> String { x.isNaN ? "nan" : "\(x)" }

    /// Values equal as numbers within `relative` (NaN equal to NaN); everything else exact,
    /// the printed text too unless `text` is false.
    static func matches(_ swift: NumpyGolden, _ numpy: NumpyGolden, relative: Double, text: Bool = true) -> Bool {
        guard swift.dtype == numpy.dtype, swift.shape == numpy.shape, !text || swift.text == numpy.text,
              swift.values.count == numpy.values.count else { return false }
        guard relative > 0, swift.dtype.hasPrefix("float") else { return swift.values == numpy.values }
        return zip(swift.values, numpy.values).allSatisfy { s, n in
            let (x, y) = (Double(s)!, Double(n)!)
            return x == y || (x.isNaN && y.isNaN) || Swift.abs(x - y) <= relative * Swift.abs(y)
        }
    }
}
