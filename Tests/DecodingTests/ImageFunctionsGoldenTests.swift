import Foundation
import Testing
import TestSupport
@testable import Decoding

/// nilearn 0.14 on small images, committed by scripts/golden/image_functions.py.
@Suite struct ImageFunctionsGoldenTests {
    struct Result: Decodable {
        let image: String
        let fwhm: FWHMValue?
        let index: IndexValue?
        let copy_header: Bool?
        let shifted: Bool?
        let dtype: String
        let shape: [Int]
        let data: [Double]
        let pixdim: [Double]
        let xyzt_units: Int
        let descrip: String
        let qform_code: Int, sform_code: Int
        let cal_min: Double, cal_max: Double
        let affine: [Double]
    }

    /// A number, or a list of numbers and nulls.
    enum FWHMValue: Decodable {
        case scalar(Double), axes([Double?])
        init(from decoder: any Swift.Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let v = try? c.decode(Double.self) { self = .scalar(v) } else { self = .axes(try c.decode([Double?].self)) }
        }
        var fwhm: FWHM { switch self { case .scalar(let v): FWHM(v); case .axes(let a): .millimetres(a) } }
    }

    enum IndexValue: Decodable {
        case int(Int), ints([Int]), bools([Bool])
        init(from decoder: any Swift.Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let v = try? c.decode(Int.self) { self = .int(v) } else if let v = try? c.decode([Int].self) { self = .ints(v) } else {
                self = .bools(try c.decode([Bool].self))
            }
        }
    }

    struct Golden: Decodable { let smooth: [Result]; let mean: [Result]; let index: [Result]; let new: [Result] }

    static func golden() throws -> Golden {
        try Fixture.decode("images/golden.json")
    }

    static func path(_ name: String) throws -> String {
        try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/images/\(name)").path
    }

    /// Same dtype, shape, affine and header fields; voxels within `tolerance` of the largest |value|.
    func expectSame(_ image: NiftiImage, _ golden: Result, tolerance: Double, _ label: String) throws -> Double {
        expectEqual(image.datatype.description, golden.dtype, "\(label) dtype")
        expectEqual(image.shape.dimensions, golden.shape, "\(label) shape")
        #expect(image.affine.matrix.elementsEqual(golden.affine) { abs($0 - $1) < 1e-6 }, "\(label) affine")
        let h = image.header
        #expect(h.pixdim.map(Double.init).elementsEqual(golden.pixdim) { abs($0 - $1) < 1e-6 }, "\(label) pixdim \(h.pixdim)")
        expectEqual(Int(h.xyztUnits), golden.xyzt_units, "\(label) xyzt_units")
        expectEqual(String(decoding: h.descrip.prefix { $0 != 0 }, as: UTF8.self), golden.descrip, "\(label) descrip")
        #expect(Int(h.qformCode) == golden.qform_code && Int(h.sformCode) == golden.sform_code, "\(label) codes")
        #expect(abs(Double(h.calMin) - golden.cal_min) <= 1e-4 * max(1, abs(golden.cal_min)), "\(label) cal_min \(h.calMin)")
        #expect(abs(Double(h.calMax) - golden.cal_max) <= 1e-4 * max(1, abs(golden.cal_max)), "\(label) cal_max \(h.calMax)")
        let ours = try image.fdata()
        let error = relativeError(ours, golden.data)
        #expect(error <= tolerance, "\(label): max difference \(error) of the largest value")
        return error
    }

    @Test func smoothImgMatchesNilearn() throws {
        var worst = (single: 0.0, double: 0.0)
        for g in try Self.golden().smooth {
            let smoothed = try smoothImg(Self.path(g.image), fwhm: try #require(g.fwhm).fwhm)
            let single = g.dtype == "float32"
            let e = try expectSame(smoothed, g, tolerance: single ? 1e-7 : 1e-13, "smooth \(g.image) \(String(describing: g.fwhm))")
            if single { worst.single = max(worst.single, e) } else { worst.double = max(worst.double, e) }
        }
        print("smoothImg vs nilearn: max difference relative to the largest value: float32 \(worst.single), float64 \(worst.double)")
    }

    @Test func meanImgMatchesNilearn() throws {
        for g in try Self.golden().mean {
            _ = try expectSame(meanImg(Self.path(g.image)), g, tolerance: g.dtype == "float32" ? 1e-7 : 1e-15, "mean \(g.image)")
        }
    }

    @Test func indexImgMatchesNilearn() throws {
        for g in try Self.golden().index {
            let source = try Self.path(g.image)
            let image: NiftiImage = switch try #require(g.index) {
            case .int(let i): try indexImg(source, i)
            case .ints(let i): try indexImg(source, i)
            case .bools(let m): try indexImg(source, m)
            }
            _ = try expectSame(image, g, tolerance: 0, "index \(g.image) \(String(describing: g.index))")
        }
    }

    @Test func newImgLikeMatchesNilearn() throws {
        let data = (0..<(6 * 5 * 4)).map { Float($0) }
        var shifted = HaxbyGeometry.affine
        for r in 0..<3 { shifted[r, 3] += 10 }
        for g in try Self.golden().new {
            let image = try newImgLike(Self.path(g.image), data: data, affine: g.shifted == true ? shifted : nil,
                                       copyHeader: g.copy_header ?? true)
            _ = try expectSame(image, g, tolerance: 0, "new copy_header=\(String(describing: g.copy_header))")
        }
    }
}
