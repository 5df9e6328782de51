import Foundation
import Testing
import TestSupport

@testable import Decoding

/// `NiftiMasker` against nilearn 0.14's `NiftiMasker` on the golden files.
@Suite struct MaskerTests {
    nonisolated(unsafe) static let golden = try! NiftiFixtures.json("masker_expected.json")
    static let cases = golden.keys.filter { $0.contains("|") }.sorted()

    @Test(arguments: cases)
    func maskedMatrixMatchesNilearn(key: String) throws {
        let parts = key.split(separator: "|").map(String.init)
        let standardize: Standardize = switch parts[1] {
        case "True": .zscoreSample
        case "psc": .psc
        default: .none
        }
        let expected = Self.golden[key] as! [String: Any]
        var masker = NiftiMasker(maskImg: NiftiFixtures.path("masker_mask.nii.gz"), standardize: standardize)
        let x = try masker.fitTransform(NiftiFixtures.path(parts[0]))
        expectEqual(x.shape.dimensions, expected["shape"] as! [Int])
        let values = expected["values"] as! [Double]
        // Integer and float32 images are standardized in nilearn's own float32 arithmetic,
        // so every value is nilearn's float32 to the bit (the fixture holds them as decimals).
        let differing = zip(x.storage, values).filter { $0 != Float($1) }.count
        expectEqual(differing, 0, "\(key): \(differing) of \(values.count) values differ from nilearn's")
    }

    @Test func booleanLiteralMeansZscoreSample() {
        let yes: Standardize = true, no: Standardize = false
        #expect(yes == .zscoreSample && no == .none)
    }

    @Test func nonBinaryValuesAreBinarizedAsNilearnDoes() throws {
        var a = NiftiMasker(maskImg: NiftiFixtures.path("masker_mask.nii.gz"), standardize: true)
        var b = NiftiMasker(maskImg: NiftiFixtures.path("masker_mask_float.nii"), standardize: true)
        let bold = NiftiFixtures.path("masker_bold.nii.gz")
        #expect(try a.fitTransform(bold) == b.fitTransform(bold))
    }

    @Test func inverseTransformMatchesNilearn() throws {
        let expected = Self.golden["inverse"] as! [String: Any]
        var masker = NiftiMasker(maskImg: try NiftiImage.load(NiftiFixtures.path("masker_mask.nii.gz")), standardize: true)
        try masker.fit()
        let v = masker.mask!.voxelCount
        let coef = NDArray<Double>(shape: [1, v], storage: (1...v).map { Double($0) / 10 })
        let image = try masker.inverseTransform(coef)
        expectEqual(image.shape.dimensions, expected["shape"] as! [Int])
        expectEqual(image.datatype.description, expected["dtype"] as! String)
        expectEqual(image.affine.matrix, NiftiFixtures.affineRows(expected["affine"]))
        #expect(try image.fdata() == expected["data"] as! [Double])
        let f32 = try masker.inverseTransform(NDArray<Float>(shape: [2, v], storage: [Float](repeating: 1, count: 2 * v)))
        #expect(f32.datatype == .float32 && f32.shape == [6, 5, 4, 2])
        // Masking the unmasked image gives the coefficients back.
        var plain = masker
        plain.standardize = .none
        #expect(try plain.transform(image).storage == coef.storage.map { Float($0) })
    }

    @Test func refusesMismatchedOrBadMasks() throws {
        let dir = try NiftiFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let seed = Affine(rows: [[-3.5, 0, 0, 68.25], [0, 3.75, 0, -118.125], [0, 0, 3.75, -118.125], [0, 0, 0, 1]])
        let empty = try NiftiImage(data: [UInt8](repeating: 0, count: 120), shape: [6, 5, 4], affine: seed)
        var masker = NiftiMasker(maskImg: empty)
        #expect(throws: MaskerError.emptyMask(file: "<memory>")) { try masker.fit() }

        let three = try NiftiImage(data: (0..<120).map { UInt8($0 % 3) }, shape: [6, 5, 4], affine: seed)
        masker = NiftiMasker(maskImg: three)
        #expect { try masker.fit() } throws: { "\($0)".contains("not made of 2 values: [0, 1, 2]") }

        let noZero = try NiftiImage(data: (0..<120).map { UInt8($0 % 2 + 1) }, shape: [6, 5, 4], affine: seed)
        masker = NiftiMasker(maskImg: noZero)
        #expect { try masker.fit() } throws: { "\($0)".contains("background") }

        masker = NiftiMasker(maskImg: NiftiFixtures.path("masker_mask.nii.gz"))
        #expect(throws: MaskerError.notFitted) { try masker.transform(NiftiFixtures.path("masker_bold.nii.gz")) }
        try masker.fit()
        #expect { try masker.transform(NiftiFixtures.path("nibabel_functional.nii")) } throws: {
            "\($0)".contains("nibabel_functional.nii") && "\($0)".contains("masker_mask.nii.gz") && "\($0)".contains("shape")
        }
        var shifted = seed
        shifted[0, 3] += 2
        let moved = try NiftiImage(data: [Float](repeating: 1, count: 120), shape: [6, 5, 4], affine: shifted)
        #expect { try masker.transform(moved) } throws: { "\($0)".contains("affines") }
        #expect(throws: MaskerError.wrongVoxelCount(expected: 24, got: 3)) {
            try masker.inverseTransform(NDArray<Double>(shape: [1, 3], storage: [1, 2, 3]))
        }
    }
}
