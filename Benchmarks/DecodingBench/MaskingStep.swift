import Decoding
import Foundation

/// The seed tutorial's masking step alone, timed in-process: `NiftiMasker.fitTransform` of the
/// subject's bold with the ventral-temporal mask, standardized, as the tutorial runs it. Its
/// bound is inflating the same file (`igzip -dc`), which bench/harness/tutorial.py times.
struct MaskingStep {
    let subject: String

    func run(repeats: Int, resultPath: String) throws {
        var seconds: [Double] = []
        var shape: [Int] = []
        for _ in 0..<repeats {
            let start = ContinuousClock.now
            var masker = NiftiMasker(maskImg: subject + "/mask4_vt.nii.gz", standardize: true)
            let x = try masker.fitTransform(subject + "/bold.nii.gz")
            seconds.append((ContinuousClock.now - start).seconds)
            shape = x.shape.dimensions
        }
        try writeJSON(["seconds": seconds, "shape": shape], to: resultPath)
    }
}
